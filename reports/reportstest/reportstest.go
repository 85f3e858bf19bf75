// Package reportstest holds what the tests of reports and of its renderers share: the
// bundled dataset, loaded for a test, and the named selections of it whose documents are
// kept as golden files.
package reportstest

import (
	"testing"

	"attache/assets"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// Named is a named selection of a dataset, written as a test reads it.
type Named struct {
	Name     string
	Sectors  []string // nil: every sector
	From, To string   // dates at any precision; empty: open
}

// Selection turns n into a selection of d.
func (n Named) Selection(d *dataset.Dataset) selection.Selection {
	sel := selection.Selection{Sectors: n.Sectors}
	if sel.Sectors == nil {
		sel.Sectors = selection.AllSectors(d)
	}
	if n.From != "" {
		sel.From = dataset.MustParseDate(n.From)
	}
	if n.To != "" {
		sel.To = dataset.MustParseDate(n.To)
	}
	return sel
}

// Golden are the selections of the bundled dataset whose briefing model and PDF text are
// kept as golden files: the whole range, one sector over three years, two sectors over nine
// (twice), and a range with no matches.
var Golden = []Named{
	{Name: "whole-range"},
	{Name: "trade-energy-2015-2024", Sectors: []string{"trade", "energy"}, From: "2015", To: "2024"},
	{Name: "trade-2017-2019", Sectors: []string{"trade"}, From: "2017", To: "2019"},
	{Name: "energy-petrochemicals-2011-2019", Sectors: []string{"energy", "petrochemicals"}, From: "2011", To: "2019"},
	{Name: "no-matches", Sectors: []string{"defence"}, From: "1993", To: "1994"},
}

// Bundled loads the bundled dataset or fails the test.
func Bundled(tb testing.TB) *dataset.Dataset {
	tb.Helper()
	d, err := assets.LoadBundled()
	if err != nil {
		tb.Fatalf("load the bundled dataset: %v", err)
	}
	return d
}
