package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestPrintWorkbook(t *testing.T) {
	tests := []struct {
		name  string
		cells map[string]any // "Sheet!A1" → value; "Sheet1" exists already
		props excelize.DocProperties
		want  []string // lines that must appear, in this order
		never []string // lines that must not appear
	}{
		{
			name:  "numbers unformatted, text quoted",
			cells: map[string]any{"Sheet1!A1": "Trade", "Sheet1!B1": 474.5, "Sheet1!C1": 3},
			want:  []string{`Sheet1!A1	"Trade"`, `Sheet1!B1	"474.5"`, `Sheet1!C1	"3"`},
		},
		{
			name:  "line breaks stay on one line, scripts kept",
			cells: map[string]any{"Sheet1!A2": "Azərbaycan\n대한민국"},
			want:  []string{`Sheet1!A2	"Azərbaycan\n대한민국"`},
		},
		{
			name:  "empty cells skipped, sheets in workbook order",
			cells: map[string]any{"Sheet1!A1": "first", "Sheet1!C3": "", "Sources!B2": "S1"},
			want:  []string{`Sheet1!A1	"first"`, `Sources!B2	"S1"`},
			never: []string{`Sheet1!C3`},
		},
		{
			name:  "document properties first",
			cells: map[string]any{"Sheet1!A1": "x"},
			props: excelize.DocProperties{Title: "Briefing", Creator: "Attaché 0.1.0"},
			want:  []string{"property\tTitle\tBriefing", "property\tCreator\tAttaché 0.1.0", `Sheet1!A1	"x"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeWorkbook(t, tt.cells, tt.props)
			var out bytes.Buffer
			if err := printWorkbook(&out, path); err != nil {
				t.Fatalf("printWorkbook: %v", err)
			}
			lines := strings.Split(out.String(), "\n")
			at := 0
			for _, want := range tt.want {
				for at < len(lines) && lines[at] != want {
					at++
				}
				if at == len(lines) {
					t.Fatalf("missing or out of order: %q\noutput:\n%s", want, out.String())
				}
			}
			for _, never := range tt.never {
				if strings.Contains(out.String(), never) {
					t.Errorf("output holds %q, which should have been skipped:\n%s", never, out.String())
				}
			}
		})
	}
}

func TestPrintWorkbookNotAWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.xlsx")
	err := printWorkbook(&bytes.Buffer{}, path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("want an error naming %s, got %v", path, err)
	}
}

// writeWorkbook saves a workbook with the given cells and properties under t.TempDir().
func writeWorkbook(t *testing.T, cells map[string]any, props excelize.DocProperties) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for ref, value := range cells {
		sheet, cell, _ := strings.Cut(ref, "!")
		if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
			if _, err := f.NewSheet(sheet); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.SetCellValue(sheet, cell, value); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetDocProps(&props); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}
