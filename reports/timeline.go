package reports

import (
	"cmp"
	"math/bits"
	"slices"

	"attache/reports/dataset"
)

// The timeline holds an item for every selected record, so on a large dataset it is most of
// the work of Build. Its records are in date order, but they sit in memory in the dataset's
// order: visiting them in date order reads memory at random, and each record, its lists and
// their strings cost a cache miss or several (a third of a second per pass over a million
// records). So buildTimeline reads the records once, in the dataset's order, into compact
// arrays (facts.go: which sources each cites, which selected sectors it is in, which notes
// it needs); numbers the sources from those; and then makes the items in date order from
// the arrays, touching a record again only for its figure. The numbering is the one citing
// record by record in date order gives: a source's number is fixed by its first citation,
// the least (position in the timeline, position in the record's list).

// plainTimeline makes buildTimeline take the plain way always; tests compare the two.
var plainTimeline = false

// buildTimeline makes the item of every selected record, citing its sources, files the
// items under their selected sectors for buildSections, and notes which records buildNotes
// must look at.
func (b *builder) buildTimeline() {
	n := len(b.Records)
	b.Timeline = make([]Item, n)
	b.sectorItems = make(map[string][]int32, len(b.selected))
	if n == 0 {
		return
	}
	tf, ok := b.timelineFacts()
	if !ok { // a source id the dataset does not list, or too many sectors
		b.buildTimelineByRecord()
		return
	}
	numberOf := b.numberTimelineSources(tf)
	// Filed by sector bit, not by id: a map lookup for each of two million filings cost
	// more than making the items.
	byBit := make([][]int32, len(tf.sectors))
	for pos := range n {
		f := &tf.facts[pos]
		r := b.Records[pos]
		it := Item{Record: r, Sources: b.numbers(f, tf.parts[f.part].extra, numberOf)}
		if f.measure {
			it.Figure = tf.parts[f.part].figureAt(f.figure)
			it.Figure.Sources = it.Sources
		}
		b.Timeline[pos] = it
		if f.odd { // a sector listed twice: filed twice, as the plain way does
			for _, id := range r.Sectors {
				if bit, sel := tf.sectorBit[id]; sel {
					byBit[bit] = append(withRoom(byBit[bit]), int32(pos))
				}
			}
		} else {
			for m := f.sectors; m != 0; m &= m - 1 {
				bit := bits.TrailingZeros64(m)
				byBit[bit] = append(withRoom(byBit[bit]), int32(pos))
			}
		}
		if f.notes != 0 {
			b.noteCandidates = append(withRoom(b.noteCandidates), noteCandidate{int32(pos), f.notes})
		}
	}
	for bit, positions := range byBit {
		if len(positions) > 0 {
			b.sectorItems[tf.sectors[bit]] = positions
		}
	}
}

// numberTimelineSources gives every source the timeline cites its number, continuing the
// numbers the key figures gave, and returns the numbers by index in d.Sources.
func (b *builder) numberTimelineSources(tf *timelineFacts) []int {
	const unseen = int64(-1)
	first := make([]int64, len(b.d.Sources)) // least (position, place in the list) citing it
	for i := range first {
		first[i] = unseen
	}
	for pos := range tf.facts {
		f := &tf.facts[pos]
		for j := range int(f.count) {
			src := sourceAt(f, tf.parts[f.part].extra, j)
			if key := int64(pos)<<32 | int64(j); first[src] == unseen || key < first[src] {
				first[src] = key
			}
		}
	}
	var order []int32
	for src, key := range first {
		if key != unseen {
			order = append(order, int32(src))
		}
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(first[x], first[y]) })
	numberOf := make([]int, len(b.d.Sources))
	for _, src := range order {
		id := b.d.Sources[src].ID
		n, ok := b.Citations[id]
		if !ok {
			n = len(b.Citations) + 1
			b.Citations[id] = n
		}
		numberOf[src] = n
	}
	return numberOf
}

// numbers returns the citation numbers of a record from its facts: sorted, each once,
// carved from the builder's block like cite's.
func (b *builder) numbers(f *recordFacts, extra []int32, numberOf []int) []int {
	count := int(f.count)
	if cap(b.citeBlock)-len(b.citeBlock) < count {
		b.citeBlock = make([]int, 0, max(1024, count))
	}
	start := len(b.citeBlock)
	nums := b.citeBlock[start : start : start+count]
	for j := range count {
		if n := numberOf[sourceAt(f, extra, j)]; !slices.Contains(nums, n) {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	b.citeBlock = b.citeBlock[:start+len(nums)]
	return nums[:len(nums):len(nums)]
}

// buildTimelineByRecord is the plain way: cite and file each record in date order.
func (b *builder) buildTimelineByRecord() {
	var figures []Figure
	for i, r := range b.Records {
		it := Item{Record: r, Sources: b.cite(r)}
		partial := false
		if r.Kind == dataset.Measure && r.Value != nil {
			if len(figures) == cap(figures) {
				figures = make([]Figure, 0, min(4096, len(b.Records)-i))
			}
			figures = append(figures, b.figure(r))
			it.Figure = &figures[len(figures)-1]
			partial = it.Figure.Partial
		}
		b.Timeline[i] = it
		b.fileBySectorIDs(r, i)
		if why := noteReasonsOf(r, partial); why != 0 {
			b.noteCandidates = append(b.noteCandidates, noteCandidate{int32(i), why})
		}
	}
}

// fileBySectorIDs files the item at pos under each selected sector its record lists.
func (b *builder) fileBySectorIDs(r *dataset.Record, pos int) {
	for _, id := range r.Sectors {
		if b.selected[id] {
			b.sectorItems[id] = append(b.sectorItems[id], int32(pos))
		}
	}
}
