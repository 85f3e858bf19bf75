package reports

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"attache/reports/dataset"
)

// Selection says which records a briefing covers.
type Selection struct {
	// Sectors holds sector ids; a record matches when any of its sectors is here. An empty
	// list selects nothing (AllSectors lists every sector of a dataset).
	Sectors []string
	// From and To bound the range at any precision ("2017" is 2017-01-01 … 2017-12-31); a
	// zero Date leaves that end open. A record matches when its period overlaps the range.
	From, To dataset.Date
	// Kinds restricts the kinds of record; empty means every kind.
	Kinds []dataset.Kind
	// Text, when set, keeps records whose id, title or summary contain it (any case).
	Text string
}

// AllSectors returns the ids of every sector of d, in the dataset's order.
func AllSectors(d *dataset.Dataset) []string {
	ids := make([]string, len(d.Sectors))
	for i, s := range d.Sectors {
		ids[i] = s.ID
	}
	return ids
}

// Check reports a selection that cannot apply to d: an unknown sector or kind, or a range
// that ends before it starts. An empty selection is valid.
func (s Selection) Check(d *dataset.Dataset) error {
	known := make(map[string]bool, len(d.Sectors))
	for _, sec := range d.Sectors {
		known[sec.ID] = true
	}
	for _, id := range s.Sectors {
		if !known[id] {
			return fmt.Errorf("unknown sector %q; the dataset has: %s", id, strings.Join(AllSectors(d), ", "))
		}
	}
	for _, k := range s.Kinds {
		if !slices.Contains(dataset.Kinds, k) {
			return fmt.Errorf("unknown kind %q; kinds are: %s", k, joinKinds(dataset.Kinds))
		}
	}
	if !s.From.IsZero() && !s.To.IsZero() {
		first, _ := s.From.Span()
		_, last := s.To.Span()
		if last < first {
			return fmt.Errorf("the range ends (%s) before it starts (%s)", s.To, s.From)
		}
	}
	return nil
}

func joinKinds(ks []dataset.Kind) string {
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// bounds returns the first and last day of the range; open ends give 0 and a far future.
func (s Selection) bounds() (first, last dataset.Day) {
	first, last = 0, dataset.DayOf(9999, 12, 31)
	if !s.From.IsZero() {
		first, _ = s.From.Span()
	}
	if !s.To.IsZero() {
		_, last = s.To.Span()
	}
	return first, last
}

// matcher decides record by record whether a selection keeps it.
type matcher struct {
	sectors     map[string]bool
	kinds       map[dataset.Kind]bool
	first, last dataset.Day
	text        string
}

func newMatcher(s Selection) *matcher {
	m := &matcher{sectors: make(map[string]bool, len(s.Sectors)), text: strings.ToLower(strings.TrimSpace(s.Text))}
	for _, id := range s.Sectors {
		m.sectors[id] = true
	}
	if len(s.Kinds) > 0 {
		m.kinds = make(map[dataset.Kind]bool, len(s.Kinds))
		for _, k := range s.Kinds {
			m.kinds[k] = true
		}
	}
	m.first, m.last = s.bounds()
	return m
}

func (m *matcher) match(r *dataset.Record) bool {
	first, last := r.Period()
	return m.matchPeriod(r, first, last)
}

// matchPeriod is match for a record whose period the caller already has.
func (m *matcher) matchPeriod(r *dataset.Record, first, last dataset.Day) bool {
	if m.kinds != nil && !m.kinds[r.Kind] {
		return false
	}
	if last < m.first || first > m.last {
		return false
	}
	if !m.anySector(r) {
		return false
	}
	return m.text == "" || containsFold(r.ID, m.text) || containsFold(r.Title, m.text) || containsFold(r.Summary, m.text)
}

func (m *matcher) anySector(r *dataset.Record) bool {
	for _, id := range r.Sectors {
		if m.sectors[id] {
			return true
		}
	}
	return false
}

func containsFold(s, lowerSub string) bool {
	return strings.Contains(strings.ToLower(s), lowerSub)
}

// Select returns the records of d that s keeps, oldest first (by period start, then end,
// then id). It fails only on a selection that cannot apply to d (see Selection.Check).
func Select(d *dataset.Dataset, s Selection) ([]*dataset.Record, error) {
	records, _, err := selectIndexed(d, s)
	return records, err
}

// selectIndexed is Select that also returns, for each record, its index in d.Records, so
// that Build can visit the selected records in the dataset's (memory) order.
func selectIndexed(d *dataset.Dataset, s Selection) ([]*dataset.Record, []int32, error) {
	if err := s.Check(d); err != nil {
		return nil, nil, err
	}
	m := newMatcher(s)
	var matched []sortKey
	for i := range d.Records {
		r := &d.Records[i]
		first, last := r.Period()
		if m.matchPeriod(r, first, last) {
			matched = append(matched, sortKey{period: uint64(first)<<32 | uint64(last), idPrefix: idPrefix(r.ID), index: i})
		}
	}
	records, indexes := sortRecords(d.Records, matched)
	return records, indexes, nil
}

// sortKey is what orders a matched record, computed once: its period packed as first day
// (high half) and last day (low half), the first bytes of its id, and its place in the
// dataset. Sorting a million records by calling Period and comparing ids in every
// comparison cost most of a selection; integers compare in a few instructions, and a
// slice without pointers costs the garbage collector nothing to scan.
type sortKey struct {
	period   uint64
	idPrefix uint64
	index    int
}

// idPrefix packs the first eight bytes of an id, zero-padded, big-endian: ids whose prefixes
// differ compare as their prefixes do; equal prefixes need the whole ids.
func idPrefix(id string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(id) {
			p |= uint64(id[i])
		}
	}
	return p
}

// sortRecords returns the records that keys point to, oldest first: by period start, then
// period end, then id (then place in the dataset, so the order is the stable one even if
// two records share an id).
func sortRecords(records []dataset.Record, keys []sortKey) ([]*dataset.Record, []int32) {
	compare := func(a, b sortKey) int {
		if a.period != b.period {
			return cmp.Compare(a.period, b.period)
		}
		if a.idPrefix != b.idPrefix {
			return cmp.Compare(a.idPrefix, b.idPrefix)
		}
		return cmp.Or(strings.Compare(records[a.index].ID, records[b.index].ID), cmp.Compare(a.index, b.index))
	}
	keys = sortInHalves(keys, compare)
	out := make([]*dataset.Record, len(keys))
	indexes := make([]int32, len(keys))
	for i, k := range keys {
		out[i] = &records[k.index]
		indexes[i] = int32(k.index)
	}
	return out, indexes
}

// CountBySector returns, for every sector of d, how many records match s when that sector
// is considered alone with the rest of s (its range, kinds and text). The GUI shows these
// beside the sector checklist.
func CountBySector(d *dataset.Dataset, s Selection) map[string]int {
	all := s
	all.Sectors = AllSectors(d)
	m := newMatcher(all)
	counts := make(map[string]int, len(d.Sectors))
	for i := range d.Records {
		r := &d.Records[i]
		if !m.match(r) {
			continue
		}
		for _, id := range r.Sectors {
			counts[id]++
		}
	}
	return counts
}

// parallelSortMin is the length from which sortInHalves sorts on two cores.
const parallelSortMin = 1 << 16

// sortInHalves sorts keys, a long list in two halves at once and then merged: the sort is
// most of a large selection, and the machine has a second core. It returns the sorted list,
// which may not be keys.
func sortInHalves(keys []sortKey, compare func(a, b sortKey) int) []sortKey {
	if len(keys) < parallelSortMin {
		slices.SortFunc(keys, compare)
		return keys
	}
	mid := len(keys) / 2
	var wg sync.WaitGroup
	wg.Go(func() { slices.SortFunc(keys[:mid], compare) })
	slices.SortFunc(keys[mid:], compare)
	wg.Wait()
	merged := make([]sortKey, 0, len(keys))
	left, right := keys[:mid], keys[mid:]
	for len(left) > 0 && len(right) > 0 {
		if compare(right[0], left[0]) < 0 {
			merged, right = append(merged, right[0]), right[1:]
		} else {
			merged, left = append(merged, left[0]), left[1:]
		}
	}
	merged = append(merged, left...)
	return append(merged, right...)
}
