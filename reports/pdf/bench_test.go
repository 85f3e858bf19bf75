package pdf

import (
	"context"
	"io"
	"testing"
	"time"

	"attache/internal/floor"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/reportstest"
	"attache/reports/selection"
)

// benchRecords is the size of the synthetic appendix benchmarks.
const benchRecords = 10_000

// appendixBriefing builds a synthetic briefing of n records and keeps only what the
// appendix reads, so that the benchmark measures the appendix against the floor.
func appendixBriefing(b *testing.B, n int) *reports.Briefing {
	b.Helper()
	d := synthetic.Generate(n, 1)
	br, err := reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
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
	rows := floor.Rows(br)
	fonts, err := floor.Fonts()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := floor.FpdfTable(io.Discard, rows, fonts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBundledBriefing renders the briefing of the whole bundled dataset.
func BenchmarkBundledBriefing(b *testing.B) {
	d := reportstest.Bundled(b)
	br, err := reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
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
