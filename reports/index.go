package reports

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"attache/reports/dataset"
)

// Index answers, within a frame, the two questions an interactive front end asks at every
// change of the selection: which records match (in the briefing's order) and how many match
// each sector. It is built once per dataset and gives exactly what Select and CountBySector
// give (TestIndexAgreesWithSelect checks it on random selections); exports still go through
// Build.
//
// Select works out each record's period from its dates and sorts the matches on every call;
// the index does both once, and keeps each record's sectors as bits.
type Index struct {
	order       []*dataset.Record // every record, in the order reports sorts a briefing's
	first, last []dataset.Day     // each record's period, by position in order
	kinds       []uint8           // each record's kind as a bit of kindBit
	sectorIDs   []string          // the dataset's sectors, in its order
	sectorBit   map[string]int    // a sector id's bit
	words       int               // uint64 words of sector bits per record
	sectorBits  []uint64          // each record's sectors: words at position*words

	textOnce sync.Once
	text     [][3]string // each record's id, title and summary in lower case, for search
}

// NewIndex indexes every record of d.
func NewIndex(d *dataset.Dataset) *Index {
	n := len(d.Records)
	x := &Index{
		order:     make([]*dataset.Record, n),
		first:     make([]dataset.Day, n),
		last:      make([]dataset.Day, n),
		kinds:     make([]uint8, n),
		sectorIDs: AllSectors(d),
		sectorBit: make(map[string]int, len(d.Sectors)),
	}
	for i, id := range x.sectorIDs {
		x.sectorBit[id] = i
	}
	x.words = max(1, (len(x.sectorIDs)+63)/64)
	x.sectorBits = make([]uint64, n*x.words)

	type keyed struct {
		r           *dataset.Record
		first, last dataset.Day
	}
	sorted := make([]keyed, n)
	for i := range d.Records {
		r := &d.Records[i]
		first, last := r.Period()
		sorted[i] = keyed{r, first, last}
	}
	slices.SortStableFunc(sorted, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.last, b.last), cmp.Compare(a.r.ID, b.r.ID))
	})
	for i, k := range sorted {
		x.order[i], x.first[i], x.last[i] = k.r, k.first, k.last
		x.kinds[i] = kindBit(k.r.Kind)
		for _, id := range k.r.Sectors {
			if b, ok := x.sectorBit[id]; ok {
				x.sectorBits[i*x.words+b/64] |= 1 << (b % 64)
			}
		}
	}
	return x
}

// kindBit is a kind's bit in a mask of kinds; an unknown kind has none.
func kindBit(k dataset.Kind) uint8 {
	if i := slices.Index(dataset.Kinds, k); i >= 0 {
		return 1 << i
	}
	return 0
}

// lowered returns the records' texts in lower case, made on the first search.
func (x *Index) lowered() [][3]string {
	x.textOnce.Do(func() {
		x.text = make([][3]string, len(x.order))
		for i, r := range x.order {
			x.text[i] = [3]string{strings.ToLower(r.ID), strings.ToLower(r.Title), strings.ToLower(r.Summary)}
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
	kinds := uint8(0xff)
	if len(s.Kinds) > 0 {
		kinds = 0
		for _, k := range s.Kinds {
			kinds |= kindBit(k)
		}
	}
	from, to := dataset.Day(0), dataset.DayOf(9999, 12, 31)
	if !s.From.IsZero() {
		from, _ = s.From.Span()
	}
	if !s.To.IsZero() {
		_, to = s.To.Span()
	}
	wanted := make([]uint64, x.words)
	for _, id := range s.Sectors {
		if b, ok := x.sectorBit[id]; ok {
			wanted[b/64] |= 1 << (b % 64)
		}
	}
	query := strings.ToLower(strings.TrimSpace(s.Text))
	var text [][3]string
	if query != "" {
		text = x.lowered()
	}

	perSector := make([]int, len(x.sectorIDs))
	records = Matches{order: x.order, pos: make([]int32, 0, len(x.order))}
	for i := range x.order {
		if x.kinds[i]&kinds == 0 || x.last[i] < from || x.first[i] > to {
			continue
		}
		if query != "" && !strings.Contains(text[i][0], query) && !strings.Contains(text[i][1], query) &&
			!strings.Contains(text[i][2], query) {
			continue
		}
		selected := false
		for w, word := range x.sectorBits[i*x.words : (i+1)*x.words] {
			selected = selected || word&wanted[w] != 0
			for ; word != 0; word &= word - 1 {
				perSector[w*64+bits.TrailingZeros64(word)]++
			}
		}
		if selected {
			records.pos = append(records.pos, int32(i))
		}
	}
	counts = make(map[string]int, len(x.sectorIDs))
	for b, n := range perSector {
		if n > 0 {
			counts[x.sectorIDs[b]] = n
		}
	}
	return records, counts
}
