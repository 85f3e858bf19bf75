package reports

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortInHalves compares the two-core sort with a plain one, on lists with many equal
// periods (the ids then decide) and below and above the length where it splits.
func TestSortInHalves(t *testing.T) {
	compare := func(a, b sortKey) int {
		return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(a.idPrefix, b.idPrefix), cmp.Compare(a.index, b.index))
	}
	cases := []struct {
		name    string
		n       int
		periods int
	}{
		{"short", 1000, 50},
		{"just below the split", parallelSortMin - 1, 300},
		{"long", 3*parallelSortMin + 7, 300},
		{"long, one period", 2 * parallelSortMin, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(c.n)))
			keys := make([]sortKey, c.n)
			for i := range keys {
				keys[i] = sortKey{period: uint64(rng.IntN(c.periods)), idPrefix: rng.Uint64N(1000), index: i}
			}
			want := slices.Clone(keys)
			slices.SortFunc(want, compare)
			if got := sortInHalves(keys, compare); !slices.Equal(got, want) {
				t.Error("the sort in halves gave another order")
			}
		})
	}
}
