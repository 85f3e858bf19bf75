package perf

import (
	"context"
	"io"
	"sync"
	"testing"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/pdf"
	"attache/reports/selection"
)

// The benchmarks here are for profiling one stage at a time
// (go test -tags migrated_fynedo -run '^$' -bench Build -cpuprofile cpu.out ./internal/perf);
// the figures that count come from perfreport, which runs every stage in one process.

// profileRecords is the size of the profiled dataset: large enough for per-record costs to
// dominate, small enough to generate in a second.
const profileRecords = 100_000

var profileData = sync.OnceValues(func() (*dataset.Dataset, *reports.Briefing) {
	d := synthetic.Generate(profileRecords, 1)
	// Validated as a load validates, so that Build reads the references validation resolved
	// instead of resolving them again on every run.
	if err := dataset.Validate(d, "synthetic"); err != nil {
		panic(err)
	}
	b, err := reports.Build(context.Background(), d, wholeSelection(d), buildOptions)
	if err != nil {
		panic(err)
	}
	return d, b
})

func BenchmarkSelectWhole(b *testing.B) {
	d, _ := profileData()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := selection.Select(d, wholeSelection(d)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	d, _ := profileData()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := reports.Build(context.Background(), d, wholeSelection(d), buildOptions); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDFBriefing(b *testing.B) {
	_, br := profileData()
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.Render(context.Background(), io.Discard, br, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
