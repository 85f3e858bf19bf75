package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits for reading an untrusted workbook: its file, all of its unzipped parts, and the
// part of a worksheet held in memory (a larger one spills to a temporary file). The
// workbook Attaché exports for a full sheet of 1,048,576 rows is about 70 MB and unzips to
// about 700 MB, its Records sheet 570 MB of it: it must import back.
const (
	XLSXMaxFileBytes      int64 = 256 << 20
	XLSXUnzipSizeLimit    int64 = 1 << 30
	XLSXUnzipXMLSizeLimit int64 = 64 << 20
)

// RecordsSheet is the name of the workbook sheet that holds the records table.
const RecordsSheet = "Records"

// ImportXLSX reads records from one sheet of an XLSX workbook: sheet, or when sheet is "",
// the sheet named RecordsSheet if there is one, else the first sheet. The sheet's first
// non-empty row names exactly TableColumns, in that order, in any case; each later row is a
// record, as ImportCSV reads it.
//
// Dates may be date cells formatted yyyy, yyyy-mm or yyyy-mm-dd (their precision is the
// format's) or text; values may be number cells or text. Text cells are read as they are.
// Problems name the sheet, the row and the column. The workbook is read with explicit size
// limits (XLSXMaxFileBytes, XLSXUnzipSizeLimit, XLSXUnzipXMLSizeLimit).
func ImportXLSX(r io.Reader, name, sheet string) (recs []Record, err error) {
	fail := func(format string, args ...any) ([]Record, error) {
		return nil, &ValidationError{Problems: []Problem{{File: name, Sheet: sheet, Message: fmt.Sprintf(format, args...)}}}
	}
	data, err := readLimited(r, XLSXMaxFileBytes)
	if errors.Is(err, errTooLarge) {
		return fail("the workbook is larger than the limit of %s: split it", byteSize(XLSXMaxFileBytes))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading the workbook: %w", name, err)
	}
	// The workbook is untrusted input: whatever it holds, the reader must not bring the
	// program down.
	defer func() {
		if p := recover(); p != nil {
			recs, err = fail("the workbook could not be read: %v", p)
		}
	}()
	if err := checkZip(data); err != nil { // see import_xlsx_zip.go
		return fail("%v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    XLSXUnzipSizeLimit,
		UnzipXMLSizeLimit: XLSXUnzipXMLSizeLimit,
	})
	if err != nil {
		return fail("cannot be read as an XLSX workbook: %v", err)
	}
	defer f.Close()

	sheets := f.GetSheetList()
	switch {
	case sheet != "" && !slices.Contains(sheets, sheet):
		return fail("the workbook has no such sheet; its sheets are: %s", strings.Join(sheets, ", "))
	case sheet != "":
	case recordsSheetIn(sheets) != "": // RecordsSheet in any language (header_names.go)
		sheet = recordsSheetIn(sheets)
	case len(sheets) > 0:
		sheet = sheets[0]
	default:
		return fail("the workbook has no sheets")
	}
	// Formatted text, so that a date cell reads as its format shows it ("2006-03"); raw
	// values for numbers, so that no number format rounds or groups them. Two readers walk
	// the sheet side by side, a row at a time: holding the sheet's rows whole, twice, took
	// 3.7 GB for a full sheet of 1,048,576 rows.
	shown, err := f.Rows(sheet)
	if err != nil {
		return fail("cannot read the sheet: %v", err)
	}
	defer shown.Close()
	raw, err := f.Rows(sheet)
	if err != nil {
		return fail("cannot read the sheet: %v", err)
	}
	defer raw.Close()
	t := newTableReader(name, sheet)
	for row := 1; shown.Next(); row++ {
		cells, err := shown.Columns()
		if err != nil {
			return fail("row %d: cannot read the sheet: %v", row, err)
		}
		var rawCells []string
		if raw.Next() {
			if rawCells, err = raw.Columns(excelize.Options{RawCellValue: true}); err != nil {
				return fail("row %d: cannot read the sheet: %v", row, err)
			}
		}
		lineOf := func(int) int { return row }
		if !t.header {
			if allBlank(cells) {
				continue
			}
			if !t.readHeader(cells, row) {
				return nil, t.err()
			}
			continue
		}
		cells = t.tableCells(cells)
		fitRow(t, row, &cells)
		if at := t.sheetColumn(valueColumn); len(rawCells) > at {
			cells[valueColumn] = rawCells[at]
		}
		t.readRow(cells, lineOf)
	}
	if err := shown.Error(); err != nil {
		return fail("cannot read the sheet: %v", err)
	}
	if !t.header {
		return fail("the sheet is empty: its first row must name the columns %s", strings.Join(TableColumns, ", "))
	}
	if err := t.err(); err != nil {
		return nil, err
	}
	return t.records, nil
}

// valueColumn is the index of ColValue in TableColumns.
var valueColumn = columnIndex(ColValue)

// fitRow gives a sheet row exactly the table's width (then readRow fills the columns a
// legacy table lacks): a sheet leaves out empty cells at the
// end of a row, and a cell beyond the table is a problem.
func fitRow(t *tableReader, row int, cells *[]string) {
	c := *cells
	for i := t.width; i < len(c); i++ {
		if !blank(c[i]) {
			t.columnProblem(row, i, "", "", "a cell beyond the table's %d columns: move it into the table or delete it", t.width)
		}
	}
	if len(c) > t.width {
		c = c[:t.width]
	}
	for len(c) < len(TableColumns) {
		c = append(c, "")
	}
	*cells = c
}

func allBlank(cells []string) bool {
	for _, c := range cells {
		if !blank(c) {
			return false
		}
	}
	return true
}
