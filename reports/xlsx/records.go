package xlsx

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/words"
)

// ctxCheckRows is how often, in rows, a stream checks for cancellation.
const ctxCheckRows = 256

// progressRows is how often, in rows, the Records sheet reports progress.
const progressRows = 1000

// recordField writes one column of a record's row; row is the sheet row, for cut notes.
type recordField func(r *dataset.Record, row int) (any, error)

// writeRecords streams every record of the briefing, one row each, under a header of
// exactly dataset.SheetColumns (the table's columns and each date's precision), as an Excel
// table (with its autofilter) and a frozen header that prints on every page, with drop-down
// lists on the columns a person edits and the defined name RecordsName.
func (w *workbook) writeRecords() error {
	cols := dataset.SheetColumns
	sheet := w.sheet(SheetRecords)
	fail := func(err error) error { return fmt.Errorf("workbook: sheet %s: %w", sheet, err) }
	fields := make([]recordField, len(cols))
	for i, name := range cols {
		if fields[i] = w.recordField(name, i+1); fields[i] == nil {
			return fail(fmt.Errorf("unknown flat-table column %q: teach reports/xlsx to write it", name))
		}
	}
	n := len(w.b.Records)
	if n+1 > excelize.TotalRows {
		return fail(fmt.Errorf("the selection has %s records and a sheet holds at most %s rows under its header: "+
			"narrow the selection (sectors, dates or kinds)", words.Number(float64(n)), words.Number(excelize.TotalRows-1)))
	}
	lastCol, err := excelize.ColumnNumberToName(len(cols))
	if err != nil {
		return fail(err)
	}
	widths := make([]float64, len(cols))
	for i, name := range cols {
		widths[i] = recordWidths[name]
	}
	if err := w.addValidations(sheet, cols); err != nil { // the stream writer writes them at Flush
		return fail(err)
	}
	if err := w.defineName(RecordsName, sheet, absolute(1, 1, len(cols), max(n+1, 2))); err != nil {
		return err
	}
	sw, err := w.startStream(sheet, "A1:"+lastCol+strconv.Itoa(n+1),
		layout{widths: widths, freezeHeader: true, fitWidth: true, wrapped: true})
	if err != nil {
		return fail(err)
	}
	header := make([]any, len(cols))
	for i, name := range cols {
		header[i] = excelize.Cell{StyleID: w.st.tallHead, Value: w.recordsHeader(name)}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: w.headerHeight(cols, widths)}); err != nil {
		return fail(err)
	}
	values := make([]any, len(cols)) // SetRow copies the values out, so one slice serves every row
	for i, r := range w.b.Records {
		if i%ctxCheckRows == 0 {
			if err := w.ctx.Err(); err != nil {
				return fail(err)
			}
		}
		if i > 0 && i%progressRows == 0 {
			w.advance(progressRows)
		}
		row := i + 2
		for j, field := range fields {
			if values[j], err = field(r, row); err != nil {
				return fail(fmt.Errorf("record %q: field %q: %w", r.ID, cols[j], err))
			}
		}
		// A row grows for its wrapped text, so that a printed page shows every cell whole.
		if err := sw.SetRow("A"+strconv.Itoa(row), values, excelize.RowOpts{Height: w.rowHeight(values, widths)}); err != nil {
			return fail(err)
		}
	}
	if n > 0 {
		w.advance(n - (n-1)/progressRows*progressRows)
	}
	// A table needs a data row; an empty selection gets one empty row under its header.
	table := &excelize.Table{
		Range: "A1:" + lastCol + strconv.Itoa(max(n+1, 2)), Name: RecordsTable, StyleName: "TableStyleMedium2",
	}
	if err := sw.AddTable(table); err != nil {
		return fail(err)
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// headerHeight is the height of the Records header row: as many lines as the longest
// header needs in its column (a name with no space breaks anywhere).
func (w *workbook) headerHeight(cols []string, widths []float64) float64 {
	lines := 1
	for i, name := range cols {
		perLine := max(1, int(widths[i]*charsPerWidth))
		lines = max(lines, (len([]rune(w.recordsHeader(name)))+perLine-1)/perLine)
	}
	return float64(lines) * lineHeight
}

// precisionText names a date's precision as the import reads it ("year"), "" for no date.
func precisionText(d *dataset.Date) string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.Precision.String()
}

// recordsHeader is the header of a Records column in the workbook's language: the column's
// own name in English ("date_inferred"), which the import reads in every language. A column
// without a translation keeps its name.
func (w *workbook) recordsHeader(column string) string {
	key := dataset.ColumnHeaderKey(column) // the key the import reads it back with
	if !i18n.En.Has(key) {
		return column
	}
	return w.t(key)
}

// recordField returns the writer of one flat-table column, at sheet column col, or nil for
// a column it does not know.
func (w *workbook) recordField(name string, col int) recordField {
	style := 0
	switch {
	case recordWrapped[name]:
		style = w.st.wrap
	case name == dataset.ColDatePrecision || name == dataset.ColEndPrecision:
		style = w.st.indented // kept apart from the date, a number on its left
	}
	text := func(get func(r *dataset.Record) string) recordField {
		return func(r *dataset.Record, row int) (any, error) {
			return w.text(w.sheet(SheetRecords), col, row, r.ID, name, get(r), style), nil
		}
	}
	switch name {
	case dataset.ColID:
		return text(func(r *dataset.Record) string { return r.ID })
	case dataset.ColKind:
		return text(func(r *dataset.Record) string { return string(r.Kind) })
	case dataset.ColDate:
		return func(r *dataset.Record, _ int) (any, error) { return w.dateCell(r.Date), nil }
	case dataset.ColEnd:
		return func(r *dataset.Record, _ int) (any, error) {
			if r.End == nil {
				return nil, nil
			}
			return w.dateCell(*r.End), nil
		}
	case dataset.ColDatePrecision:
		return text(func(r *dataset.Record) string { return precisionText(&r.Date) })
	case dataset.ColEndPrecision:
		return text(func(r *dataset.Record) string { return precisionText(r.End) })
	case dataset.ColDateInferred:
		return func(r *dataset.Record, _ int) (any, error) {
			if !r.DateInferred {
				return nil, nil
			}
			return true, nil
		}
	case dataset.ColSectors:
		return text(func(r *dataset.Record) string { return joinIDs(r.Sectors) })
	case dataset.ColTitle:
		return text(func(r *dataset.Record) string { return r.Title })
	case dataset.ColSummary:
		return text(func(r *dataset.Record) string { return r.Summary })
	case dataset.ColIndicator:
		return text(func(r *dataset.Record) string { return r.Indicator })
	case dataset.ColValue:
		return func(r *dataset.Record, _ int) (any, error) {
			if r.Value == nil {
				return nil, nil
			}
			return w.numberCell(w.b.Indicators[r.Indicator], *r.Value, true)
		}
	case dataset.ColUnit:
		return text(func(r *dataset.Record) string {
			if r.Indicator == "" {
				return ""
			}
			return unitOf(w.b, r)
		})
	case dataset.ColQualifier:
		return text(func(r *dataset.Record) string { return string(r.Qualifier) })
	case dataset.ColReporter:
		return text(func(r *dataset.Record) string { return r.Reporter })
	case dataset.ColPartner:
		return text(func(r *dataset.Record) string { return r.Partner })
	case dataset.ColDerivedFrom:
		return text(func(r *dataset.Record) string {
			if r.Derived == nil {
				return ""
			}
			return joinIDs(r.Derived.From)
		})
	case dataset.ColDerivedHow:
		return text(func(r *dataset.Record) string {
			if r.Derived == nil {
				return ""
			}
			return r.Derived.Method
		})
	case dataset.ColConflicts:
		return text(func(r *dataset.Record) string { return joinIDs(r.Conflicts) })
	case dataset.ColSources:
		return text(func(r *dataset.Record) string { return joinIDs(r.Sources) })
	case dataset.ColCaveat:
		return text(func(r *dataset.Record) string { return r.Caveat })
	case dataset.ColAliases:
		return text(func(r *dataset.Record) string { return joinIDs(r.Aliases) })
	case dataset.ColDerivedOp:
		return text(func(r *dataset.Record) string {
			if r.Derived == nil {
				return ""
			}
			return r.Derived.Operation
		})
	case dataset.ColMilestone:
		return text(func(r *dataset.Record) string { return r.Milestone })
	}
	return nil
}
