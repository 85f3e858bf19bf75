package reports

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"attache/reports/dataset"
)

// TestSelectInHalves compares the selection read and sorted in two halves with a plain sort
// of the records, on datasets with many equal periods (the ids then decide, and some ids
// share their first eight bytes), below and above the size where it splits and where it
// sorts by radix, with periods from single days to spans of years.
func TestSelectInHalves(t *testing.T) {
	cases := []struct {
		name   string
		n      int
		months int
		days   bool // day dates, some with an end years later
	}{
		{"short", 1000, 50, false},
		{"just below the radix sort", 2*radixSortMin - 1, 50, false},
		{"just below the split", parallelSortMin - 1, 300, false},
		{"long", 3*parallelSortMin + 7, 300, false},
		{"long, one period", 2 * parallelSortMin, 1, false},
		{"long, days and spans", 3 * parallelSortMin, 1200, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(c.n)))
			d := &dataset.Dataset{Sectors: []dataset.Sector{{ID: "trade"}, {ID: "energy"}}}
			d.Records = make([]dataset.Record, c.n)
			for i := range d.Records {
				m := rng.IntN(c.months)
				d.Records[i] = dataset.Record{
					ID:      fmt.Sprintf("REC%07d", rng.IntN(c.n)),
					Kind:    dataset.Event,
					Date:    dataset.MustParseDate(fmt.Sprintf("%d-%02d", 1900+m/12, m%12+1)),
					Sectors: []string{d.Sectors[i%2].ID},
				}
				if c.days {
					d.Records[i].Date = dataset.MustParseDate(fmt.Sprintf("%d-%02d-%02d", 1900+m/12, m%12+1, 1+rng.IntN(28)))
					if rng.IntN(3) == 0 {
						end := dataset.MustParseDate(fmt.Sprintf("%d", 1900+m/12+rng.IntN(40)))
						d.Records[i].End = &end
					}
				}
			}
			want := make([]int, 0, c.n)
			for i := range d.Records {
				if i%2 == 0 { // the trade records
					want = append(want, i)
				}
			}
			slices.SortFunc(want, func(a, b int) int {
				af, al := d.Records[a].Period()
				bf, bl := d.Records[b].Period()
				return cmp.Or(cmp.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(d.Records[a].ID, d.Records[b].ID), cmp.Compare(a, b))
			})
			sel, err := selectIndexed(d, Selection{Sectors: []string{"trade"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(sel.indexes) != len(want) {
				t.Fatalf("selected %d records, want %d", len(sel.indexes), len(want))
			}
			for i, at := range sel.indexes {
				if int(at) != want[i] || sel.records[i] != &d.Records[at] {
					t.Fatalf("record %d of the selection is the dataset's %d, want %d", i, at, want[i])
				}
			}
			if first, last := DatasetSpan(d); sel.first != first || sel.last != last {
				t.Errorf("span %v – %v, want DatasetSpan's %v – %v", sel.first, sel.last, first, last)
			}
		})
	}
}
