package reports

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

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
	if m.kinds != nil && !m.kinds[r.Kind] {
		return false
	}
	first, last := r.Period()
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
	if err := s.Check(d); err != nil {
		return nil, err
	}
	m := newMatcher(s)
	var out []*dataset.Record
	for i := range d.Records {
		if r := &d.Records[i]; m.match(r) {
			out = append(out, r)
		}
	}
	sortRecords(out)
	return out, nil
}

// sortRecords orders records oldest first: by period start, then period end, then id.
func sortRecords(rs []*dataset.Record) {
	slices.SortStableFunc(rs, compareRecords)
}

func compareRecords(a, b *dataset.Record) int {
	af, al := a.Period()
	bf, bl := b.Period()
	return cmp.Or(cmp.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(a.ID, b.ID))
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
