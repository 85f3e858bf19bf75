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
	sel, err := selectIndexed(d, s)
	return sel.records, err
}

// selected is what selectIndexed learns in its one pass over a dataset.
type selected struct {
	records []*dataset.Record // as Select returns them
	// indexes holds the index in d.Records of each of records, so that Build can visit
	// them in the dataset's (memory) order.
	indexes []int32
	// first and last are DatasetSpan's, learnt on the way: a pass over a million records
	// costs tens of milliseconds.
	first, last dataset.Day
}

// selectIndexed is Select that also returns what Build needs to know besides the records.
// A large dataset is read and sorted in two halves at once, then merged: reading a million
// records and sorting them is most of a selection, and the machine has a second core.
func selectIndexed(d *dataset.Dataset, s Selection) (selected, error) {
	if err := s.Check(d); err != nil {
		return selected{}, err
	}
	m := newMatcher(s)
	compare := keyOrder(d.Records)
	var left, right scanned
	if mid := len(d.Records) / 2; len(d.Records) < parallelSortMin {
		left = scan(d.Records, 0, len(d.Records), m, compare)
	} else {
		var wg sync.WaitGroup
		wg.Go(func() { right = scan(d.Records, mid, len(d.Records), m, compare) })
		left = scan(d.Records, 0, mid, m, compare)
		wg.Wait()
	}
	sel := selected{first: left.first, last: max(left.last, right.last)}
	if sel.first == 0 || (right.first != 0 && right.first < sel.first) {
		sel.first = right.first
	}
	n := len(left.keys) + len(right.keys)
	sel.records = make([]*dataset.Record, 0, n)
	sel.indexes = make([]int32, 0, n)
	mergeSorted(left.keys, right.keys, compare, func(k sortKey) {
		sel.records = append(sel.records, &d.Records[k.index])
		sel.indexes = append(sel.indexes, int32(k.index))
	})
	return sel, nil
}

// scanned is what scan learns of a run of records.
type scanned struct {
	keys        []sortKey   // of the matching records, sorted
	first, last dataset.Day // the first and last day any record of the run covers
}

// scan matches the records from index from to index to and sorts the keys of those kept.
func scan(records []dataset.Record, from, to int, m *matcher, compare func(a, b sortKey) int) scanned {
	var sc scanned
	for i := from; i < to; i++ {
		r := &records[i]
		first, last := r.Period()
		if sc.first == 0 || first < sc.first {
			sc.first = first
		}
		sc.last = max(sc.last, last)
		if m.matchPeriod(r, first, last) {
			sc.keys = append(withRoom(sc.keys), sortKey{period: uint64(first)<<32 | uint64(last), idPrefix: idPrefix(r.ID), index: i})
		}
	}
	sortKeys(sc.keys, compare)
	return sc
}

// radixSortMin is the number of keys from which sortKeys sorts by radix.
const radixSortMin = 1 << 12

// sortKeys sorts keys in compare's order. Comparing keys cost most of a large selection, so
// a long list is sorted by period with a radix sort, which is stable and compares nothing,
// and then each run of keys with the same period (a few records long) by comparison.
func sortKeys(keys []sortKey, compare func(a, b sortKey) int) {
	if len(keys) < radixSortMin {
		slices.SortFunc(keys, compare)
		return
	}
	radixSortByPeriod(keys)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].period == keys[i].period {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], compare)
		}
		i = j
	}
}

// radixSortByPeriod sorts keys by period, least significant digit first, skipping the
// digits in which no key differs (most of a period's bits are the same for every record).
func radixSortByPeriod(keys []sortKey) {
	const bits, mask = 11, 1<<11 - 1
	var varying uint64
	for _, k := range keys {
		varying |= k.period ^ keys[0].period
	}
	src, dst := keys, make([]sortKey, len(keys))
	var counts [1 << bits]int
	for shift := 0; shift < 64; shift += bits {
		if (varying>>shift)&mask == 0 {
			continue
		}
		clear(counts[:])
		for _, k := range src {
			counts[(k.period>>shift)&mask]++
		}
		sum := 0
		for digit, c := range counts {
			counts[digit], sum = sum, sum+c
		}
		for _, k := range src {
			digit := (k.period >> shift) & mask
			dst[counts[digit]] = k
			counts[digit]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
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

// keyOrder is the order of the selected records: oldest first, by period start, then period
// end, then id (then place in the dataset, so the order is the stable one even if two
// records share an id).
func keyOrder(records []dataset.Record) func(a, b sortKey) int {
	return func(a, b sortKey) int {
		if a.period != b.period {
			return cmp.Compare(a.period, b.period)
		}
		if a.idPrefix != b.idPrefix {
			return cmp.Compare(a.idPrefix, b.idPrefix)
		}
		return cmp.Or(strings.Compare(records[a.index].ID, records[b.index].ID), cmp.Compare(a.index, b.index))
	}
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

// parallelSortMin is the number of records from which selectIndexed reads and sorts on two
// cores.
const parallelSortMin = 1 << 16

// mergeSorted merges two sorted lists, passing the keys to emit in order.
func mergeSorted(left, right []sortKey, compare func(a, b sortKey) int, emit func(sortKey)) {
	for len(left) > 0 && len(right) > 0 {
		if compare(right[0], left[0]) < 0 {
			emit(right[0])
			right = right[1:]
		} else {
			emit(left[0])
			left = left[1:]
		}
	}
	for _, k := range left {
		emit(k)
	}
	for _, k := range right {
		emit(k)
	}
}
