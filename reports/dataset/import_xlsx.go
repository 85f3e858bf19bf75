package dataset

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Limits for reading an untrusted workbook: its file and all of its unzipped parts. The
// workbook Attaché exports for a full sheet of 1,048,576 rows is about 90 MB and unzips to
// about 820 MB, its Records sheet 700 MB of it: it must import back. A sheet is read as a
// stream, a row at a time, so its size costs time, not memory.
const (
	XLSXMaxFileBytes   int64 = 256 << 20
	XLSXUnzipSizeLimit int64 = 1 << 30
)

// RecordsSheet is the name of the workbook sheet that holds the records table.
const RecordsSheet = "Records"

// ImportXLSX reads records from one sheet of an XLSX workbook: sheet, or when sheet is "",
// the sheet named RecordsSheet if there is one, else the first sheet. The sheet's first
// non-empty row names exactly TableColumns, in that order, in any case; each later row is a
// record, as ImportCSV reads it.
//
// Dates may be date cells (their precision is what their number format shows: yyyy a year,
// yyyy-mm or mmm yyyy a month, yyyy-mm-dd or d/m/yy a day) or text; values may be number
// cells or text, read as stored, whatever their number format. Text cells are read as they
// are.
// Problems name the sheet, the row and the column. The workbook is read with explicit size
// limits (XLSXMaxFileBytes, XLSXUnzipSizeLimit, XLSXMaxSharedStringsBytes).
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
	pkg, err := openXLSXPackage(data)
	if err != nil {
		return fail("cannot be read as an XLSX workbook: %v", err)
	}
	sheets := pkg.sheets
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
	part, err := pkg.open(pkg.parts[sheet])
	if err != nil {
		return fail("cannot read the sheet: %v", err)
	}
	defer part.Close()
	// One pass over the sheet's part, a row at a time (see xlsx_xml.go for what it replaced).
	rows := newSheetReader(newXMLScanner(part), pkg)
	t := newTableReader(name, sheet)
	for {
		more, err := rows.next()
		if err != nil {
			return fail("cannot read the sheet: %v", err)
		}
		if !more {
			break
		}
		cells, row := rows.cell, rows.row
		lineOf := func(int) int { return row }
		if !t.header {
			if allBlank(cells) {
				continue
			}
			if !t.readHeader(cells, row) {
				return nil, t.err()
			}
			rows.dates = t.dateColumns()
			continue
		}
		cells = t.tableCells(cells)
		fitRow(t, row, &cells)
		t.readRow(cells, lineOf)
	}
	if !t.header {
		return fail("the sheet is empty: its first row must name the columns %s", strings.Join(TableColumns, ", "))
	}
	if err := t.err(); err != nil {
		return nil, err
	}
	return t.records, nil
}

// dateColumns marks the sheet's columns that hold the date and the end of a period.
func (t *tableReader) dateColumns() []bool {
	var dates []bool
	for _, name := range []string{ColDate, ColEnd} {
		if at := t.sheetColumn(columnIndex(name)); at >= 0 {
			for len(dates) <= at {
				dates = append(dates, false)
			}
			dates[at] = true
		}
	}
	return dates
}

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
