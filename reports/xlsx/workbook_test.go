package xlsx_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

func TestDimensions(t *testing.T) {
	b := fixtureBriefing(t)
	data := render(t, b)
	f := open(t, data)
	parts := zipParts(t, data)
	dimension := regexp.MustCompile(`<dimension ref="([^"]+)"`)
	for _, sheet := range xlsx.SheetNames {
		t.Run(sheet, func(t *testing.T) {
			m := dimension.FindStringSubmatch(parts[sheetPart(t, f, sheet)])
			if m == nil {
				t.Fatal("no dimension element")
			}
			rows, _ := f.GetRows(sheet)
			cols := 0
			for _, row := range rows {
				cols = max(cols, len(row))
			}
			last, _ := excelize.CoordinatesToCellName(cols, len(rows))
			if want := "A1:" + last; m[1] != want {
				t.Errorf("dimension %s, want %s", m[1], want)
			}
		})
	}
	t.Run("records", func(t *testing.T) {
		want := `<dimension ref="A1:X` + strconv.Itoa(len(b.Records)+1) + `">`
		if !strings.Contains(parts[sheetPart(t, f, xlsx.SheetRecords)], want) {
			t.Errorf("Records does not carry %s", want)
		}
	})
}

func TestRecordsTable(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	tables, err := f.GetTables(xlsx.SheetRecords)
	if err != nil || len(tables) != 1 {
		t.Fatalf("tables = %v, %v; want one", tables, err)
	}
	if want := "A1:X" + strconv.Itoa(len(b.Records)+1); tables[0].Range != want || tables[0].Name != xlsx.RecordsTable {
		t.Errorf("table %s over %s, want %s over %s", tables[0].Name, tables[0].Range, xlsx.RecordsTable, want)
	}
	panes, err := f.GetPanes(xlsx.SheetRecords)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes = %+v, %v; want the header row frozen", panes, err)
	}
	for _, col := range []string{"A", "I", "J"} { // id, title, summary
		if w, _ := f.GetColWidth(xlsx.SheetRecords, col); w < 10 {
			t.Errorf("column %s is %v wide", col, w)
		}
	}
}

func TestSeriesAndCharts(t *testing.T) {
	b := fixtureBriefing(t)
	data := render(t, b)
	f := open(t, data)
	rows, _ := f.GetRows(xlsx.SheetSeries, excelize.Options{RawCellValue: true})
	if len(rows) < 2 || rows[0][0] != "Year" {
		t.Fatalf("Series = %q", rows)
	}
	seen := map[string]bool{}
	for _, h := range rows[0] {
		if seen[strings.ToLower(h)] {
			t.Errorf("header %q repeats, ignoring case", h)
		}
		seen[strings.ToLower(h)] = true
	}
	for i, row := range rows[1:] {
		if len(row) == 0 {
			break // the table of years ends; the marks' legend follows
		}
		for j, v := range row {
			if v == "" {
				continue
			}
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				t.Errorf("row %d column %d: %q is not a number", i+2, j+1, v)
			}
		}
	}
	parts := zipParts(t, data)
	var charts []string
	for name := range parts {
		if ok, _ := filepath.Match("xl/charts/chart*.xml", name); ok {
			charts = append(charts, name)
		}
	}
	slices.Sort(charts)
	// Only the headline's imports have three years or more: one chart, of them. The other
	// series (exports, companies, investment) stay on Series, uncharted.
	if len(charts) != 1 {
		t.Fatalf("chart parts = %q, want 1", charts)
	}
	chart := parts[charts[0]]
	for i, sr := range b.Series {
		col, _ := excelize.ColumnNumberToName(i + 2)
		bound := strings.Contains(chart, "Series!$"+col+"$2:$"+col+"$")
		if want := len(sr.Points) >= 3; bound != want {
			t.Errorf("series %s %s (%d points) charted: %v, want %v", sr.Indicator.ID, sr.Reporter, len(sr.Points), bound, want)
		}
	}
	if !strings.Contains(chart, "<a:t>Imports by year</a:t>") {
		t.Errorf("the chart is not the headline chart, imports by year: %.400s", chart)
	}
	if !strings.Contains(chart, "<a:t>USD million</a:t>") {
		t.Error("the value axis's title is not the unit, USD million")
	}
	if strings.Contains(chart, "D9D9D9") || !strings.Contains(chart, `<a:srgbClr val="404040">`) {
		t.Error("the chart's text is not dark grey (404040)")
	}
	drawing := parts["xl/drawings/drawing1.xml"]
	if !strings.Contains(drawing, "<xdr:row>2</xdr:row>") { // zero-based: row 3 of Charts
		t.Errorf("the chart is not anchored on Charts at row 3: %.300s", drawing)
	}
}

func TestSourcesLinks(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	rows, _ := f.GetRows(xlsx.SheetSources)
	if len(rows)-1 != len(b.Sources) {
		t.Fatalf("Sources has %d rows, want %d", len(rows)-1, len(b.Sources))
	}
	addressCol := slices.Index(rows[0], "Address") + 1
	for i, src := range b.Sources {
		ref, _ := excelize.CoordinatesToCellName(addressCol, i+2)
		ok, target, err := f.GetCellHyperLink(xlsx.SheetSources, ref)
		if err != nil {
			t.Fatal(err)
		}
		wantLink := strings.HasPrefix(src.Address, "https://")
		if ok != wantLink || (ok && target != src.Address) {
			t.Errorf("%s (%s): link %v %q, want %v %q", ref, src.ID, ok, target, wantLink, src.Address)
		}
	}
}

func TestReproducibleBytes(t *testing.T) {
	b := fixtureBriefing(t)
	first := render(t, b)
	for i := range 4 {
		if again := render(t, b); !bytes.Equal(first, again) {
			t.Fatalf("render %d differs from the first (%d and %d bytes)", i+2, len(first), len(again))
		}
	}
	parts := zipParts(t, first)
	if _, ok := parts["[Content_Types].xml"]; !ok {
		t.Error("no [Content_Types].xml")
	}
}

func TestProgressAndCancel(t *testing.T) {
	d := synthetic.Generate(5000, 1)
	b := build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
	t.Run("progress reaches total", func(t *testing.T) {
		last, calls := -1, 0
		var total int
		err := xlsx.Render(context.Background(), io.Discard, b, xlsx.Options{Progress: func(done, n int) {
			if done < last {
				t.Errorf("progress went back from %d to %d", last, done)
			}
			last, total, calls = done, n, calls+1
		}})
		if err != nil {
			t.Fatal(err)
		}
		if last != total || calls < 5 {
			t.Errorf("progress ended at %d of %d after %d calls", last, total, calls)
		}
	})
	t.Run("cancel while streaming", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var out bytes.Buffer
		err := xlsx.Render(ctx, &out, b, xlsx.Options{Progress: func(done, _ int) {
			if done >= 1000 {
				cancel()
			}
		}})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if out.Len() != 0 {
			t.Errorf("a cancelled render wrote %d bytes", out.Len())
		}
	})
}

func TestWriteFile(t *testing.T) {
	b := fixtureBriefing(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "briefing.xlsx")
	t.Run("writes", func(t *testing.T) {
		if err := xlsx.WriteFile(context.Background(), path, b, xlsx.Options{}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		open(t, data)
	})
	t.Run("a cancelled export leaves the old file", func(t *testing.T) {
		before, _ := os.ReadFile(path)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := xlsx.WriteFile(ctx, path, b, xlsx.Options{})
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), path) {
			t.Errorf("err = %v, want context.Canceled naming %s", err, path)
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(before, after) {
			t.Error("the existing file changed")
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("the folder holds %d entries, want only the workbook", len(entries))
		}
	})
}

func TestEmptyBriefing(t *testing.T) {
	b := build(t, fixtureDataset(), nothingSelected)
	if !b.Empty() {
		t.Fatal("the empty selection matched records")
	}
	f := open(t, render(t, b))
	rows, _ := f.GetRows(xlsx.SheetRecords)
	if len(rows) != 1 || !slices.Equal(rows[0], dataset.SheetColumns) {
		t.Errorf("Records = %q, want the header alone", rows)
	}
	briefing, _ := f.GetRows(xlsx.SheetBriefing)
	if !strings.Contains(strings.Join(slices.Concat(briefing...), "\n"), "Nothing matched the selection.") {
		t.Error("the Briefing sheet does not say that nothing matched")
	}
}

func TestNilBriefing(t *testing.T) {
	if err := xlsx.Render(context.Background(), io.Discard, nil, xlsx.Options{}); err == nil {
		t.Error("rendering no briefing succeeded")
	}
}

// TestLongNoteIsCut gives a note a text over the cell limit: the Notes sheet cuts it and
// lists that cut too, within the range it announced.
func TestLongNoteIsCut(t *testing.T) {
	b := fixtureBriefing(t)
	b.Notes = append(b.Notes, reports.Note{Kind: reports.NoteGap, Text: longSummary})
	f := open(t, render(t, b))
	rows, _ := f.GetRows(xlsx.SheetNotes)
	last := rows[len(rows)-1]
	if len(last) < 3 || last[0] != "cut cell" || !strings.HasPrefix(last[2], "Notes!C") {
		t.Errorf("the last note is %q, want the cut of the long note", last)
	}
	if dim, _ := f.GetSheetDimension(xlsx.SheetNotes); dim != "A1:D"+strconv.Itoa(len(rows)) {
		t.Errorf("Notes dimension %s, want A1:D%d", dim, len(rows))
	}
}
