package xlsx_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// open reads a rendered workbook back.
func open(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("reading the workbook back: %v", err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// zipParts returns the workbook's parts by name.
func zipParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the workbook is not a zip: %v", err)
	}
	parts := make(map[string]string)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatalf("part %s: %v", zf.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("part %s: %v", zf.Name, err)
		}
		parts[zf.Name] = string(b)
	}
	return parts
}

// sheetPart returns the zip part name of a sheet.
func sheetPart(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	idx, err := f.GetSheetIndex(sheet)
	if err != nil || idx < 0 {
		t.Fatalf("no sheet %s", sheet)
	}
	return "xl/worksheets/sheet" + strconv.Itoa(idx+1) + ".xml"
}

// numberFormat returns the custom number format of a cell, or its built-in id as "#n".
func numberFormat(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	return "#" + strconv.Itoa(st.NumFmt)
}
