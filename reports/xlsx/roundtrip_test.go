package xlsx_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// sameRecord compares the fields a record is made of (a record read from a table also
// remembers where it came from, which is no part of it).
func sameRecord(t *testing.T, got, want *dataset.Record) {
	t.Helper()
	fields := []struct {
		name      string
		got, want any
	}{
		{"kind", got.Kind, want.Kind},
		{"date", got.Date, want.Date},
		{"end", got.End, want.End},
		{"date_inferred", got.DateInferred, want.DateInferred},
		{"sectors", got.Sectors, want.Sectors},
		{"title", got.Title, want.Title},
		{"summary", got.Summary, want.Summary},
		{"indicator", got.Indicator, want.Indicator},
		{"value", got.Value, want.Value},
		{"qualifier", got.Qualifier, want.Qualifier},
		{"reporter", got.Reporter, want.Reporter},
		{"partner", got.Partner, want.Partner},
		{"derived", got.Derived, want.Derived},
		{"conflicts", got.Conflicts, want.Conflicts},
		{"sources", got.Sources, want.Sources},
	}
	for _, f := range fields {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("record %s: %s = %#v, want %#v", want.ID, f.name, f.got, f.want)
		}
	}
}

// TestRoundTrip exports briefings and imports their Records sheet again: the same records
// come back, except a text over the cell limit, which comes back cut.
func TestRoundTrip(t *testing.T) {
	synth := synthetic.Generate(2000, 7)
	cases := []struct {
		name string
		b    *reports.Briefing
	}{
		{"fixture", fixtureBriefing(t)},
		{"synthetic", build(t, synth, selection.Selection{Sectors: selection.AllSectors(synth)})},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := dataset.ImportXLSX(bytes.NewReader(render(t, tc.b)), "export.xlsx", "")
			if err != nil {
				t.Fatalf("ImportXLSX: %v", err)
			}
			if len(got) != len(tc.b.Records) {
				t.Fatalf("imported %d records, want %d", len(got), len(tc.b.Records))
			}
			for i, want := range tc.b.Records {
				if got[i].ID != want.ID {
					t.Fatalf("record %d: id %q, want %q", i, got[i].ID, want.ID)
				}
				if want.Summary == longSummary {
					if !strings.Contains(got[i].Summary, "[cut: ") {
						t.Errorf("record %s: the long summary came back without its cut marker", want.ID)
					}
					w := *want
					w.Summary = got[i].Summary
					want = &w
				}
				sameRecord(t, &got[i], want)
			}
		})
	}
}
