package dataset

import (
	"fmt"
	"strings"
)

// A table may have a precision column right after date and after end (ColDatePrecision,
// ColEndPrecision). The reader takes them out of each row before reading it, so that the
// rest of the table reads as TableColumns, and reads each date at its stated precision.

// precisionColumn is a precision column found in the header.
type precisionColumn struct {
	at   int // its position in the row
	date int // the index in TableColumns of the date it states the precision of
	name string
}

// takePrecisionColumns finds the precision columns of a header row, each of which must
// come right after its date, and returns the header without them.
func (t *tableReader) takePrecisionColumns(cells []string, line int) []string {
	var out []string
	for i, cell := range cells {
		col := canonicalColumn(cell)
		date := ""
		for d, p := range precisionColumns {
			if strings.EqualFold(col, p) {
				date = d
			}
		}
		if date == "" {
			out = append(out, cell)
			continue
		}
		if i == 0 || !strings.EqualFold(canonicalColumn(cells[i-1]), date) {
			t.problems = append(t.problems, Problem{File: t.file, Sheet: t.sheet, Line: line, Column: cell,
				ColumnLetter: columnLetter(t.sheet, i), Message: fmt.Sprintf("column %q must come right after column %q", cell, date)})
			continue
		}
		t.precisions = append(t.precisions, precisionColumn{at: i, date: columnIndex(date), name: cell})
	}
	return out
}

// tableCells returns a row without its precision cells, which it keeps for readRow.
func (t *tableReader) tableCells(cells []string) []string {
	if len(t.precisions) == 0 {
		return cells
	}
	t.rowPrecision = t.rowPrecision[:0]
	out := make([]string, 0, len(cells))
	next := 0
	for i, c := range cells {
		if next < len(t.precisions) && t.precisions[next].at == i {
			t.rowPrecision = append(t.rowPrecision, c)
			next++
			continue
		}
		out = append(out, c)
	}
	for len(t.rowPrecision) < len(t.precisions) {
		t.rowPrecision = append(t.rowPrecision, "")
	}
	return out
}

// sheetColumn returns the position in the row of column col of TableColumns, counting the
// precision columns before it; -1 stays -1.
func (t *tableReader) sheetColumn(col int) int {
	if col < 0 {
		return col
	}
	at := col
	for _, p := range t.precisions {
		if p.date < col {
			at++
		}
	}
	return at
}

// atPrecision reads the date of column col at the precision the row states for it, if it
// states one; line is the row's line. It returns false after reporting a problem.
func (t *tableReader) atPrecision(d Date, col, line int, record string) (Date, bool) {
	for i, p := range t.precisions {
		if p.date != col || i >= len(t.rowPrecision) {
			continue
		}
		stated := strings.ToLower(strings.TrimSpace(t.rowPrecision[i]))
		problem := func(format string, args ...any) (Date, bool) {
			t.problems = append(t.problems, Problem{File: t.file, Sheet: t.sheet, Line: line, Record: record,
				Column: p.name, ColumnLetter: columnLetter(t.sheet, p.at), Message: fmt.Sprintf(format, args...)})
			return d, false
		}
		var want Precision
		switch stated {
		case "":
			return d, true
		case Year.String():
			want = Year
		case Month.String():
			want = Month
		case DayPrecision.String():
			want = DayPrecision
		default:
			return problem("must be year, month or day (or empty), got %s", quoteValue(t.rowPrecision[i]))
		}
		switch {
		case d.Precision == want:
		case d.Precision < want:
			return problem("the date %s is known to the %s only, but the precision says %s", d, d.Precision, want)
		case want == Year && d.M == 1 && d.D <= 1:
			d = Date{Y: d.Y, Precision: Year}
		case want == Month && d.D <= 1:
			d = Date{Y: d.Y, M: d.M, Precision: Month}
		default:
			return problem("the date %s does not start a %s, as the precision %s says: write the date as the %s or correct the precision",
				d, want, want, want)
		}
		return d, true
	}
	return d, true
}
