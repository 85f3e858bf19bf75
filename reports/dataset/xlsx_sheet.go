package dataset

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheetMaxRows and sheetMaxColumns are the workbook format's own bounds.
const (
	sheetMaxRows    = 1 << 20
	sheetMaxColumns = 1 << 14
)

// sheetReader reads a worksheet's rows one at a time, each as the text of its cells: shared
// and inline text as written, numbers and booleans as stored (so that no number format
// rounds or groups a value), and, in the columns marked as dates, a date cell as the
// YYYY, YYYY-MM or YYYY-MM-DD its number format shows.
type sheetReader struct {
	sc   *xmlScanner
	pkg  *xlsxPackage
	row  int      // the number of the row read last
	cell []string // its cells, by column
	// dates marks the columns whose date cells are read as dates.
	dates   []bool
	started bool
	done    bool
	text    []byte // scratch for a cell's text
}

func newSheetReader(sc *xmlScanner, pkg *xlsxPackage) *sheetReader {
	return &sheetReader{sc: sc, pkg: pkg}
}

// fail is a problem of the sheet at the row read last.
func (r *sheetReader) fail(format string, args ...any) error {
	return fmt.Errorf("row %d: %s", max(r.row, 1), fmt.Sprintf(format, args...))
}

// next reads the next row; it returns false at the end of the sheet's data.
func (r *sheetReader) next() (bool, error) {
	if r.done {
		return false, nil
	}
	for {
		t, err := r.sc.next()
		if err != nil {
			return false, r.fail("%v", err)
		}
		switch {
		case t.kind == xmlEOF:
			r.done = true
			if r.started {
				return false, r.fail("the sheet's data never ends: the part is cut short")
			}
			return false, nil // a sheet without data, like a chart sheet
		case !r.started:
			if t.kind == xmlStart && string(t.name) == "sheetData" {
				r.started, r.done = true, t.closed
				if t.closed {
					return false, nil
				}
			}
		case t.kind == xmlEnd && string(t.name) == "sheetData":
			r.done = true
			return false, nil
		case t.kind == xmlStart && string(t.name) == "row":
			return true, r.readRow(t)
		case t.kind == xmlStart:
			if err := r.skip(t); err != nil {
				return false, err
			}
		case t.kind == xmlEnd:
			return false, r.fail("malformed XML at byte %d: an unexpected </%s>", t.offset, t.name)
		}
	}
}

func (r *sheetReader) readRow(start xmlToken) error {
	number := r.row + 1
	if v, ok := attr(start.attrs, "r"); ok {
		n, err := strconv.Atoi(string(v))
		switch {
		case err != nil || n < 1:
			return r.fail("malformed XML at byte %d: row number %q", start.offset, v)
		case n > sheetMaxRows:
			r.row = n
			return r.fail("beyond the %d rows a sheet can have", sheetMaxRows)
		case n <= r.row:
			return r.fail("malformed XML at byte %d: row %d comes after row %d", start.offset, n, r.row)
		}
		number = n
	}
	r.row, r.cell = number, r.cell[:0]
	if start.closed {
		return nil
	}
	col := -1
	for {
		t, err := r.sc.next()
		if err != nil {
			return r.fail("%v", err)
		}
		switch {
		case t.kind == xmlEOF:
			return r.fail("the row never ends: the part is cut short")
		case t.kind == xmlEnd && string(t.name) == "row":
			return nil
		case t.kind == xmlStart && string(t.name) == "c":
			if col, err = r.readCell(t, col); err != nil {
				return err
			}
		case t.kind == xmlStart:
			if err := r.skip(t); err != nil {
				return err
			}
		case t.kind == xmlEnd:
			return r.fail("malformed XML at byte %d: an unexpected </%s>", t.offset, t.name)
		}
	}
}

// readCell reads one cell after the cell in column prev and returns its column.
func (r *sheetReader) readCell(start xmlToken, prev int) (int, error) {
	col := prev + 1
	if ref, ok := attr(start.attrs, "r"); ok {
		c, ok := refColumn(ref)
		if !ok {
			return col, r.fail("malformed XML at byte %d: cell reference %q", start.offset, ref)
		}
		col = c
	}
	switch {
	case col >= sheetMaxColumns:
		return col, r.fail("a cell beyond the %d columns a sheet can have", sheetMaxColumns)
	case col <= prev:
		return col, r.fail("malformed XML at byte %d: cells out of order", start.offset)
	}
	kind, _ := attr(start.attrs, "t")
	kindText := cellKinds[string(kind)] // start's bytes do not outlive the next token
	style := 0
	if s, ok := attr(start.attrs, "s"); ok {
		style, _ = strconv.Atoi(string(s))
	}
	var value []byte
	var hasValue bool
	if !start.closed {
		for done := false; !done; {
			t, err := r.sc.next()
			if err != nil {
				return col, r.fail("%v", err)
			}
			switch {
			case t.kind == xmlEOF:
				return col, r.fail("the cell never ends: the part is cut short")
			case t.kind == xmlEnd:
				done = true // </c>
			case t.kind == xmlStart && (string(t.name) == "v" || string(t.name) == "is"):
				if r.text, err = readRichText(r.sc, t, r.text[:0], string(t.name) == "v"); err != nil {
					return col, r.fail("%v", err)
				}
				value, hasValue = r.text, true
			case t.kind == xmlStart:
				if err := r.skip(t); err != nil {
					return col, err
				}
			}
		}
	}
	if !hasValue {
		return col, nil
	}
	text, err := r.cellText(kindText, style, value, col)
	if err != nil {
		letter, _ := excelize.ColumnNumberToName(col + 1) // as table problems name columns
		return col, r.fail("column %s: %v", letter, err)
	}
	if text != "" {
		for len(r.cell) < col {
			r.cell = append(r.cell, "")
		}
		r.cell = append(r.cell, text)
	}
	return col, nil
}

// cellKinds are the cell types a sheet writes in a cell's t attribute, as constant strings.
var cellKinds = map[string]string{"": "", "n": "n", "s": "s", "str": "str", "inlineStr": "inlineStr", "b": "b", "e": "e", "d": "d"}

// cellText is the text of a cell of type kind ("s", "inlineStr", "b", "n"…) and style whose
// value (or inline text) is value.
func (r *sheetReader) cellText(kind string, style int, value []byte, col int) (string, error) {
	switch kind {
	case "s":
		i, err := strconv.Atoi(string(bytes.TrimSpace(value)))
		if err != nil || i < 0 || i >= len(r.pkg.strings) {
			return "", fmt.Errorf("the cell names shared text %q, which the workbook lacks", value)
		}
		return r.pkg.strings[i], nil
	case "inlineStr":
		return string(bstrDecode(value)), nil
	case "b":
		switch string(value) {
		case "1":
			return "TRUE", nil
		case "0":
			return "FALSE", nil
		}
	case "", "n":
		if col < len(r.dates) && r.dates[col] {
			if p := r.pkg.stylePrecision(style); p != 0 {
				if text, ok := serialDate(string(value), p, r.pkg.date1904); ok {
					return text, nil
				}
			}
		}
	case "d": // an ISO 8601 date, rare
		if col < len(r.dates) && r.dates[col] {
			if day, err := time.Parse("2006-01-02", string(value[:min(len(value), 10)])); err == nil {
				return dayAt(day, cmp.Or(r.pkg.stylePrecision(style), DayPrecision)), nil
			}
		}
	}
	return string(value), nil
}

// skip reads past an element the reader has no use for.
func (r *sheetReader) skip(start xmlToken) error {
	if start.closed {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := r.sc.next()
		if err != nil {
			return r.fail("%v", err)
		}
		switch t.kind {
		case xmlEOF:
			return r.fail("the element at byte %d never ends: the part is cut short", start.offset)
		case xmlStart:
			if !t.closed {
				depth++
			}
		case xmlEnd:
			depth--
		}
	}
	return nil
}

// refColumn is the column (0-based) of a cell reference such as "AB12".
func refColumn(ref []byte) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref) && i < 4; i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
	}
	if i == 0 || i == len(ref) || ref[i] < '0' || ref[i] > '9' {
		return 0, false
	}
	return col - 1, true
}

// serialDate is the date a spreadsheet's day number shows, at precision p, and whether the
// number is a day of the years 1900 to 9999 (1904 to 9999 in a workbook that counts from
// 1904). The time of day is dropped. In the 1900 system the numbers below 61 count from 31
// December 1899, as the format inherited a leap day 29 February 1900 that never was.
func serialDate(v string, p Precision, date1904 bool) (string, bool) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 1 || f >= 2958466 {
		return "", false
	}
	days := int(math.Floor(f))
	var day time.Time
	switch {
	case date1904:
		day = time.Date(1904, 1, 1+days, 0, 0, 0, 0, time.UTC)
	case days == 60:
		return "", false
	case days < 60:
		day = time.Date(1899, 12, 31+days, 0, 0, 0, 0, time.UTC)
	default:
		day = time.Date(1899, 12, 30+days, 0, 0, 0, 0, time.UTC)
	}
	return dayAt(day, p), true
}

// dayAt writes a day at a precision as the format writes dates: 2006, 2006-03 or 2006-03-01.
func dayAt(day time.Time, p Precision) string {
	return formatDate(day.Year(), int(day.Month()), day.Day(), p)
}
