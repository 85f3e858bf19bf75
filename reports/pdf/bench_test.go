package pdf

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"

	"attache/assets"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
)

// benchRecords is the size of the synthetic appendix benchmarks.
const benchRecords = 10_000

// appendixBriefing builds a synthetic briefing of n records and keeps only what the
// appendix reads, so that the benchmark measures the appendix against the floor.
func appendixBriefing(b *testing.B, n int) *reports.Briefing {
	b.Helper()
	d := synthetic.Generate(n, 1)
	br, err := reports.Build(context.Background(), d, reports.Selection{Sectors: reports.AllSectors(d)},
		reports.Options{Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), AppVersion: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	if len(br.Records) != n {
		b.Fatalf("synthetic briefing holds %d records, want %d", len(br.Records), n)
	}
	br.KeyFigures, br.Sections, br.Series, br.Timeline, br.Notes, br.Sources = nil, nil, nil, nil, nil, nil
	return br
}

// BenchmarkAppendix10k renders the All appendix of 10,000 synthetic records.
func BenchmarkAppendix10k(b *testing.B) {
	br := appendixBriefing(b, benchRecords)
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(context.Background(), io.Discard, br, Options{All: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFloorFpdfTable10k is the floor of BenchmarkAppendix10k: the same rows as a plain
// fpdf table (SplitText, CellFormat, a header per page, zebra rows) with the same fonts
// embedded, a cell drawn in the Hangul font when it holds Hangul. No rune checks, no
// fallback run by run, no bookmarks, no header or footer.
func BenchmarkFloorFpdfTable10k(b *testing.B) {
	br := appendixBriefing(b, benchRecords)
	r := &renderer{b: br}
	rows := make([][6]string, len(br.Records))
	for i, rec := range br.Records {
		title := rec.Title
		if rec.Kind == dataset.Measure && rec.Value != nil {
			unit := ""
			if ind := br.Indicators[rec.Indicator]; ind != nil {
				unit = ind.Unit
			}
			title += "\n" + reports.ValueText(*rec.Value, rec.Qualifier, unit)
			if rec.Reporter != "" {
				title += ", " + br.ReporterText(rec.Reporter)
			}
		}
		rows[i] = [6]string{rec.ID, isoDate(rec), reports.KindName(rec.Kind), r.sectorNames(rec.Sectors), title, r.citationList(rec)}
	}
	fonts := make([][]byte, faceCount)
	for fc := range faceCount {
		data, err := assets.Font(faceFiles[fc].file)
		if err != nil {
			b.Fatal(err)
		}
		fonts[fc] = data
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := floorTable(io.Discard, rows, fonts); err != nil {
			b.Fatal(err)
		}
	}
}

func floorTable(w io.Writer, rows [][6]string, fonts [][]byte) error {
	f := fpdf.New("P", "pt", "A4", "")
	for fc := range faceCount {
		f.AddUTF8FontFromBytes(faceFiles[fc].family, faceFiles[fc].style, fonts[fc])
	}
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginSide, marginTop, marginSide)
	widths := []float64{62, 64, 46, 80, 0, 40}
	widths[4] = 595.28 - 2*marginSide - 292
	titles := []string{"ID", "Date", "Kind", "Sectors", "Title and figure", "Sources"}
	const lh = smallLeading
	bottom := 841.89 - marginBottom
	header := func() {
		f.SetFont("LiberationSans", "B", 7.5)
		f.SetFillColor(226, 233, 243)
		x := float64(marginSide)
		f.SetXY(x, f.GetY())
		for i, t := range titles {
			f.CellFormat(widths[i], 16, t, "", 0, "L", true, 0, "")
		}
		f.Ln(16)
	}
	f.AddPage()
	header()
	for n, row := range rows {
		lines := make([][]string, len(row))
		fontOf := make([]string, len(row))
		h := 0.0
		for i, text := range row {
			fontOf[i] = "LiberationSans"
			if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
				fontOf[i] = "NanumGothic"
			}
			f.SetFont(fontOf[i], "", 8)
			lines[i] = f.SplitText(text, widths[i]-8)
			h = max(h, float64(len(lines[i]))*lh+6)
		}
		if f.GetY()+h > bottom {
			f.AddPage()
			header()
		}
		y := f.GetY()
		if n%2 == 1 {
			f.SetFillColor(244, 246, 249)
			f.Rect(marginSide, y, 595.28-2*marginSide, h, "F")
		}
		x := float64(marginSide)
		for i := range row {
			f.SetFont(fontOf[i], "", 8)
			for j, l := range lines[i] {
				f.SetXY(x+4, y+3+float64(j)*lh)
				f.CellFormat(widths[i]-8, lh, l, "", 0, "L", false, 0, "")
			}
			x += widths[i]
		}
		f.SetXY(marginSide, y+h)
	}
	return f.Output(w)
}

// BenchmarkBundledBriefing renders the briefing of the whole bundled dataset.
func BenchmarkBundledBriefing(b *testing.B) {
	d, err := dataset.Load(bytes.NewReader(assets.BundledDataset()), assets.BundledDatasetName)
	if err != nil {
		b.Fatal(err)
	}
	br, err := reports.Build(context.Background(), d, reports.Selection{Sectors: reports.AllSectors(d)},
		reports.Options{Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(context.Background(), io.Discard, br, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
