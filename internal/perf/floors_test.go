package perf

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"testing"

	"attache/internal/floor"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/selection"
)

// TestFloorsWriteTheSameRows runs each floor on a small synthetic dataset and checks that it
// does the work it stands for: the decode reads every record, the fpdf table is a PDF with
// every record's id, the stream writer's workbook has a row per record.
func TestFloorsWriteTheSameRows(t *testing.T) {
	const n = 300
	d := synthetic.Generate(n, 2)
	var doc bytes.Buffer
	if err := synthetic.Write(&doc, d); err != nil {
		t.Fatal(err)
	}
	b, err := reports.Build(context.Background(), d, wholeSelection(d), buildOptions)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("decode", func(t *testing.T) {
		if err := decodeFloor(doc.Bytes()); err != nil {
			t.Fatal(err)
		}
		if err := decodeFloor([]byte(`{"records": 7}`)); err == nil {
			t.Error("the decode floor took a wrong document")
		}
	})
	t.Run("fpdf table", func(t *testing.T) {
		rows := floor.Rows(recordsOnly(b))
		if len(rows) != n || rows[0][0] != b.Records[0].ID || !strings.Contains(rows[0][3], b.Sectors[b.Records[0].Sectors[0]].Name) {
			t.Fatalf("%d rows, the first %q", len(rows), rows[0])
		}
		fonts, err := floor.Fonts()
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := floor.FpdfTable(&out, rows, fonts); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) || out.Len() < 10_000 {
			t.Errorf("not a PDF of %d rows: %d bytes starting %q", n, out.Len(), out.Bytes()[:min(8, out.Len())])
		}
	})
	t.Run("stream writer", func(t *testing.T) {
		var out bytes.Buffer
		if err := streamWriterFloor(&out, b); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range zr.File {
			if f.Name != "xl/worksheets/sheet1.xml" {
				continue
			}
			found = true
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			var sheet bytes.Buffer
			_, err = sheet.ReadFrom(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			if rows := strings.Count(sheet.String(), "<row "); rows != n+1 {
				t.Errorf("%d rows, want %d and the header", rows, n)
			}
		}
		if !found {
			t.Error("no first sheet in the workbook")
		}
	})
}

func TestSelectionsApply(t *testing.T) {
	d := synthetic.Generate(500, 3)
	for name, sel := range map[string]selection.Selection{"whole": wholeSelection(d), "narrow": narrowSelection(d)} {
		t.Run(name, func(t *testing.T) {
			if err := sel.Check(d); err != nil {
				t.Fatal(err)
			}
			rs, err := selection.Select(d, sel)
			if err != nil || len(rs) == 0 {
				t.Fatalf("%d records, %v", len(rs), err)
			}
		})
	}
}
