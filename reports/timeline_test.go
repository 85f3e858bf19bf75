package reports

import (
	"context"
	"reflect"
	"testing"
	"time"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// TestTimelineWaysAgree builds synthetic briefings both ways buildTimeline knows, the
// compact pass in the dataset's order and the plain pass record by record, and requires the
// same briefing: items, sections, citation numbers, notes, sources.
func TestTimelineWaysAgree(t *testing.T) {
	d := synthetic.Generate(3000, 5)
	if err := dataset.Validate(d, "synthetic"); err != nil {
		t.Fatal(err)
	}
	// Records with more sources than the compact form holds inline, a source cited twice, a
	// sector listed twice: what valid data seldom or never has, but Build must not mind.
	odd := synthetic.Generate(3000, 6)
	for i := range odd.Records {
		r := &odd.Records[i]
		if i%7 == 0 {
			r.Sources = append(r.Sources, odd.Sources[i%len(odd.Sources)].ID, r.Sources[0], odd.Sources[(i*31)%len(odd.Sources)].ID)
		}
		if i%11 == 0 {
			r.Sectors = append(r.Sectors, r.Sectors[0])
		}
	}
	cases := []struct {
		name string
		d    *dataset.Dataset
		sel  Selection
	}{
		{"odd records", odd, Selection{Sectors: AllSectors(odd)}},
		{"everything", d, Selection{Sectors: AllSectors(d)}},
		{"some sectors and years", d, Selection{Sectors: []string{"trade", "energy", "health"},
			From: dataset.MustParseDate("2001"), To: dataset.MustParseDate("2012-06")}},
		{"one sector, indicators only", d, Selection{Sectors: []string{"investment"}, Kinds: []dataset.Kind{dataset.Measure}}},
		{"nothing matches", d, Selection{Sectors: []string{"trade"}, From: dataset.MustParseDate("1900"), To: dataset.MustParseDate("1901")}},
	}
	opts := Options{Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			compact, err := Build(context.Background(), c.d, c.sel, opts)
			if err != nil {
				t.Fatal(err)
			}
			plainTimeline = true
			defer func() { plainTimeline = false }()
			plain, err := Build(context.Background(), c.d, c.sel, opts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(compact, plain) {
				t.Error("the compact timeline gave another briefing than the plain one")
				for i := range min(len(compact.Timeline), len(plain.Timeline)) {
					if !reflect.DeepEqual(compact.Timeline[i], plain.Timeline[i]) {
						t.Fatalf("first difference at item %d: %+v, plain %+v", i, compact.Timeline[i], plain.Timeline[i])
					}
				}
			}
		})
	}
}
