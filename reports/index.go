package reports

import (
	"sync"

	"attache/reports/dataset"
)

// Index answers the two questions an interactive front end asks at every change of the
// selection: which records match (in the briefing's order) and how many match each sector.
// It matches through the same matcher as Select and CountBySector and sorts in the same
// order, but once per dataset: sorting 100,000 records at every tick of a checkbox was most
// of the preview's reaction. Exports still go through Build.
type Index struct {
	order       []*dataset.Record // every record, in the order of a briefing
	first, last []dataset.Day     // each record's period, by position in order

	textOnce sync.Once
	text     [][]string // each record's searchTexts, made on the first search
}

// NewIndex indexes every record of d.
func NewIndex(d *dataset.Dataset) *Index {
	keys := make([]sortKey, len(d.Records))
	for i := range d.Records {
		first, last := d.Records[i].Period()
		keys[i] = newSortKey(&d.Records[i], first, last, i)
	}
	sortRecords(keys, d.Records)
	x := &Index{
		order: make([]*dataset.Record, len(keys)),
		first: make([]dataset.Day, len(keys)),
		last:  make([]dataset.Day, len(keys)),
	}
	for i, k := range keys {
		x.order[i] = &d.Records[k.index]
		x.first[i], x.last[i] = dataset.Day(k.period>>32), dataset.Day(k.period&(1<<32-1))
	}
	return x
}

// lowered returns the records' search texts, made on the first search.
func (x *Index) lowered() [][]string {
	x.textOnce.Do(func() {
		x.text = make([][]string, len(x.order))
		for i, r := range x.order {
			x.text[i] = searchTexts(r)
		}
	})
	return x.text
}

// Matches is a list of records held as positions in an index's order: a list of integers
// costs the garbage collector nothing to scan, a list of 100,000 pointers does.
type Matches struct {
	order []*dataset.Record
	pos   []int32
}

// Len is the number of records in the list.
func (l Matches) Len() int { return len(l.pos) }

// At returns the i-th record of the list.
func (l Matches) At(i int) *dataset.Record { return l.order[l.pos[i]] }

// Match returns what Select(d, s) and CountBySector(d, s) return for a selection s that
// applies to the dataset (see Selection.Check).
func (x *Index) Match(s Selection) (records Matches, counts map[string]int) {
	m := newMatcher(s)
	var text [][]string
	if m.text != "" {
		text = x.lowered()
	}
	counts = make(map[string]int)
	records = Matches{order: x.order}
	for i, r := range x.order {
		if !m.matchRest(r, x.first[i], x.last[i], func() []string { return text[i] }) {
			continue
		}
		for _, id := range r.Sectors {
			counts[id]++
		}
		if m.anySector(r) {
			records.pos = append(records.pos, int32(i))
		}
	}
	return records, counts
}
