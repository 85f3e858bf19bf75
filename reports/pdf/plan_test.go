package pdf

import (
	"context"
	"testing"
	"time"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/selection"
)

// TestPlanBoundsLargeBriefings lays out a synthetic briefing whose lists the options cut
// short, and checks that every footnote number the layout writes points to a source the
// document lists, that the lists are bounded, and that the notices say what is left out.
func TestPlanBoundsLargeBriefings(t *testing.T) {
	d := synthetic.Generate(20000, 3)
	b, err := reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
		reports.Options{Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		o    Options
		// allSources says whether every source of the briefing must be listed ("yes"), must
		// not be ("no"), or may be either.
		allSources string
	}{
		{"cut short", Options{MaxItemsPerSection: 3, MaxTimelineRows: 5, MaxNotesPerKind: 2}, "no"},
		{"defaults", Options{}, ""},
		{"with the appendix", Options{MaxItemsPerSection: 3, MaxTimelineRows: 5, MaxNotesPerKind: 2, All: true}, "yes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var drawn [][]int
			refsDrawn = func(nums []int) { drawn = append(drawn, append([]int(nil), nums...)) }
			defer func() { refsDrawn = nil }()
			r, err := newRenderer(context.Background(), b, c.o.withDefaults(), briefFits[0].keyFigures, briefFits[0].recent)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.document(); err != nil {
				t.Fatal(err)
			}
			if len(drawn) == 0 {
				t.Fatal("the layout wrote no footnote numbers")
			}
			for _, nums := range drawn {
				for _, n := range nums {
					if n < 1 || n >= len(r.plan.cited) || !r.plan.cited[n] {
						t.Fatalf("footnote %d is drawn but its source is not listed", n)
					}
				}
			}
			if all := r.plan.citedCount == len(b.Sources); c.allSources != "" && all != (c.allSources == "yes") {
				t.Errorf("%d of %d sources listed; want all: %s", r.plan.citedCount, len(b.Sources), c.allSources)
			}
			o := c.o.withDefaults()
			for kind, l := range r.plan.notes {
				if len(l.shown) > o.MaxNotesPerKind {
					t.Errorf("%d notes of kind %s shown, more than %d", len(l.shown), kind, o.MaxNotesPerKind)
				}
			}
			if got := len(r.plan.timeline.shown); got > o.MaxTimelineRows {
				t.Errorf("%d timeline rows, more than %d", got, o.MaxTimelineRows)
			}
		})
	}
}
