package pdf_test

import (
	"context"
	"testing"
	"time"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/reportstest"
)

// generated is the fixed generation date of every test briefing.
var generated = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)

// build makes the briefing of a selection of d.
func build(t testing.TB, d *dataset.Dataset, s reportstest.Named) *reports.Briefing {
	t.Helper()
	sel := s.Selection(d)
	b, err := reports.Build(context.Background(), d, sel, reports.Options{
		Generated: generated, AppVersion: "test", PreparedBy: "Desk officer, Embassy", Classification: "FOR OFFICIAL USE ONLY",
	})
	if err != nil {
		t.Fatalf("build briefing %q: %v", s.Name, err)
	}
	return b
}
