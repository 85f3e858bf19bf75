package chart_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"attache/assets"
	"attache/reports"
	"attache/reports/chart"
	"attache/reports/dataset"
	"attache/reports/selection"
)

func ptr(v float64) *float64 { return &v }

// tradeDataset holds two reporters' yearly figures with a gap, and one figure that is not
// a headline.
func tradeDataset(headline bool) *dataset.Dataset {
	rec := func(id, year, ind, reporter string, v float64) dataset.Record {
		return dataset.Record{ID: id, Kind: dataset.Measure, Date: dataset.MustParseDate(year), Sectors: []string{"trade"},
			Title: id, Sources: []string{"s"}, Indicator: ind, Value: ptr(v), Reporter: reporter}
	}
	return &dataset.Dataset{
		Format: dataset.FormatID, ID: "t", Version: "1",
		Countries:  []dataset.Country{{Code: "AZE", Name: "Azerbaijan"}, {Code: "KOR", Name: "Republic of Korea"}},
		Sectors:    []dataset.Sector{{ID: "trade", Name: "Trade"}},
		Indicators: []dataset.Indicator{{ID: "total", Name: "Trade total", Unit: "USD million", Kind: dataset.Flow, Headline: headline}},
		Sources:    []dataset.Source{{ID: "s", Title: "Statistics"}},
		Records: []dataset.Record{
			rec("A1", "2015", "total", "AZE", 120), rec("A2", "2016", "total", "AZE", 150), rec("A4", "2018", "total", "AZE", 227),
			rec("K1", "2015", "total", "KOR", 300), rec("K2", "2016", "total", "KOR", 280), rec("K3", "2017", "total", "KOR", 85.6),
		},
	}
}

func briefing(t *testing.T, d *dataset.Dataset) *reports.Briefing {
	t.Helper()
	b, err := reports.Build(context.Background(), d, selection.Selection{Sectors: []string{"trade"}},
		reports.Options{Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTrade(t *testing.T) {
	tests := []struct {
		name      string
		headline  bool
		wantChart bool
	}{
		{"headline series", true, true},
		{"no headline series", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := chart.Trade(briefing(t, tradeDataset(tc.headline)), 6*vg.Inch, 3*vg.Inch)
			if err != nil {
				t.Fatal(err)
			}
			if (c != nil) != tc.wantChart {
				t.Fatalf("Trade returned chart %v, want one: %v", c != nil, tc.wantChart)
			}
			if c == nil {
				return
			}
			if c.Plot.X.Min > 2015 || c.Plot.X.Max < 2018 || c.Plot.Y.Min != 0 || c.Plot.Y.Max < 300 {
				t.Errorf("axes %v–%v × %v–%v do not hold the data", c.Plot.X.Min, c.Plot.X.Max, c.Plot.Y.Min, c.Plot.Y.Max)
			}
		})
	}
}

func TestImage(t *testing.T) {
	c, err := chart.Trade(briefing(t, tradeDataset(true)), 4*vg.Inch, 2*vg.Inch)
	if err != nil || c == nil {
		t.Fatalf("Trade: %v, %v", c, err)
	}
	img, err := c.Image(100)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got.X != 400 || got.Y != 200 {
		t.Errorf("image is %v pixels, want 400×200", got)
	}
}

// TestDrawPDF draws the chart as vector graphics into a page and reads its labels back.
func TestDrawPDF(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed (poppler-utils); skipping the check of the drawn chart")
	}
	c, err := chart.Trade(briefing(t, tradeDataset(true)), 6*vg.Inch, 3*vg.Inch)
	if err != nil || c == nil {
		t.Fatalf("Trade: %v, %v", c, err)
	}
	doc := fpdf.New("P", "mm", "A4", "")
	regular, err := assets.Font(assets.FontSansRegular)
	if err != nil {
		t.Fatal(err)
	}
	doc.AddUTF8FontFromBytes("sans", "", regular)
	doc.AddPage()
	text := func(doc *fpdf.Fpdf, f font.Face, s string) {
		doc.SetFont("sans", "", f.Font.Size.Points())
		doc.Text(0, 0, s)
	}
	if err := c.DrawPDF(doc, 20, 30, text); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "chart.pdf")
	if err := doc.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Trade total, as reported by Azerbaijan", "Trade total, as reported by Republic of Korea", "USD million", "2016"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the drawn chart lacks %q:\n%s", want, out)
		}
	}
	if info, err := os.Stat(path); err != nil || info.Size() < 1000 {
		t.Errorf("chart PDF too small: %v %v", info, err)
	}
}
