package pdf_test

import (
	"context"
	"testing"
	"time"

	"attache/assets"
	"attache/reports"
	"attache/reports/dataset"
)

// generated is the fixed generation date of every test briefing.
var generated = time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)

// selection is a named selection of the bundled dataset.
type selection struct {
	name     string
	sectors  []string // nil: every sector
	from, to string
}

// goldenSelections are the selections whose PDF text is kept as golden files.
var goldenSelections = []selection{
	{name: "whole-range"},
	{name: "trade-2017-2019", sectors: []string{"trade"}, from: "2017", to: "2019"},
	{name: "energy-petrochemicals-2011-2019", sectors: []string{"energy", "petrochemicals"}, from: "2011", to: "2019"},
	{name: "no-matches", sectors: []string{"defence"}, from: "1993", to: "1994"},
}

func loadBundled(t testing.TB) *dataset.Dataset {
	t.Helper()
	d, err := assets.LoadBundled()
	if err != nil {
		t.Fatalf("load the bundled dataset: %v", err)
	}
	return d
}

// build makes the briefing of a selection of d.
func build(t testing.TB, d *dataset.Dataset, s selection) *reports.Briefing {
	t.Helper()
	sel := reports.Selection{Sectors: s.sectors}
	if sel.Sectors == nil {
		sel.Sectors = reports.AllSectors(d)
	}
	if s.from != "" {
		sel.From = dataset.MustParseDate(s.from)
	}
	if s.to != "" {
		sel.To = dataset.MustParseDate(s.to)
	}
	b, err := reports.Build(context.Background(), d, sel, reports.Options{
		Generated: generated, AppVersion: "test", PreparedBy: "Desk officer, Embassy", Classification: "FOR OFFICIAL USE ONLY",
	})
	if err != nil {
		t.Fatalf("build briefing %q: %v", s.name, err)
	}
	return b
}
