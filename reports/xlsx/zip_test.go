package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSortedZip(t *testing.T) {
	parts := map[string]string{
		"xl/worksheets/sheet2.xml": strings.Repeat("<row/>", 1000),
		"xl/workbook.xml":          "<workbook/>",
		"[Content_Types].xml":      "<Types/>",
		"_rels/.rels":              "<Relationships/>",
		"docProps/core.xml":        "",
	}
	orders := [][]string{
		{"xl/worksheets/sheet2.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels", "docProps/core.xml"},
		{"docProps/core.xml", "_rels/.rels", "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"},
	}
	cases := []struct {
		name      string
		generated time.Time
		want      time.Time
	}{
		{"generation time", time.Date(2026, 1, 31, 9, 30, 1, 0, time.FixedZone("AZT", 4*3600)), time.Date(2026, 1, 31, 5, 30, 0, 0, time.UTC)},
		{"zero time", time.Time{}, time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var outputs [][]byte
			for _, order := range orders {
				var buf bytes.Buffer
				z := newSortedZip(&buf, tc.generated)
				for _, name := range order {
					w, err := z.Create(name)
					if err != nil {
						t.Fatal(err)
					}
					if _, err := io.WriteString(w, parts[name]); err != nil {
						t.Fatal(err)
					}
				}
				if err := z.Close(); err != nil {
					t.Fatal(err)
				}
				outputs = append(outputs, buf.Bytes())
			}
			if !bytes.Equal(outputs[0], outputs[1]) {
				t.Error("the same parts added in another order give other bytes")
			}
			zr, err := zip.NewReader(bytes.NewReader(outputs[0]), int64(len(outputs[0])))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, f := range zr.File {
				names = append(names, f.Name)
				if !f.Modified.Equal(tc.want) {
					t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, tc.want)
				}
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				body, err := io.ReadAll(rc) // checks the CRC too
				rc.Close()
				if err != nil || string(body) != parts[f.Name] {
					t.Errorf("%s: read %q, %v", f.Name, body, err)
				}
			}
			want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"}
			if !slices.Equal(names, want) {
				t.Errorf("parts in order %q, want %q", names, want)
			}
		})
	}
	t.Run("a part twice", func(t *testing.T) {
		z := newSortedZip(io.Discard, time.Time{})
		for range 2 {
			if _, err := z.Create("a.xml"); err != nil {
				t.Fatal(err)
			}
		}
		if err := z.Close(); err == nil {
			t.Error("a part written twice was accepted")
		}
	})
}
