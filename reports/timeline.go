package reports

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"

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
	if !ok { // more than 64 selected sectors
		b.buildTimelineByRecord()
		return
	}
	numberOf := b.numberTimelineSources(tf)
	// The items of the two halves of the timeline are made on the two cores at once: each
	// item is its record's alone, and each half gathers its filings and candidates apart.
	mid := n / 2
	var right itemsMade
	var wg sync.WaitGroup
	wg.Go(func() { right = b.makeItems(tf, numberOf, mid, n) })
	left := b.makeItems(tf, numberOf, 0, mid)
	wg.Wait()
	for bit, id := range tf.sectors {
		if positions := slices.Concat(left.byBit[bit], right.byBit[bit]); len(positions) > 0 {
			b.sectorItems[id] = positions
		}
	}
	b.noteCandidates = slices.Concat(left.candidates, right.candidates)
}

// itemsMade is what makeItems gathers besides the items.
type itemsMade struct {
	// byBit holds the positions of the items to file under each selected sector, by its
	// bit: a map lookup by id for each of two million filings cost more than making the
	// items.
	byBit      [][]int32
	candidates []noteCandidate
}

// makeItems makes the items at positions from to to-1 of the timeline from the facts,
// numbering the sources by numberOf.
func (b *builder) makeItems(tf *timelineFacts, numberOf []int, from, to int) itemsMade {
	made := itemsMade{byBit: make([][]int32, len(tf.sectors))}
	var block []int // the items' numbers are carved from it, as cite's are
	for pos := from; pos < to; pos++ {
		f := &tf.facts[pos]
		r := b.Records[pos]
		it := Item{Record: r, Sources: numbers(&block, f, tf.parts[f.part].extra, numberOf)}
		if f.measure {
			it.Figure = tf.parts[f.part].figureAt(f.figure)
			it.Figure.Sources = it.Sources
		}
		b.Timeline[pos] = it
		if f.odd { // a sector listed twice: filed twice, as the plain way does
			for _, id := range r.Sectors {
				if bit, sel := tf.sectorBit[id]; sel {
					made.byBit[bit] = append(withRoom(made.byBit[bit]), int32(pos))
				}
			}
		} else {
			for m := f.sectors; m != 0; m &= m - 1 {
				bit := bits.TrailingZeros64(m)
				made.byBit[bit] = append(withRoom(made.byBit[bit]), int32(pos))
			}
		}
		if f.notes != 0 {
			made.candidates = append(withRoom(made.candidates), noteCandidate{int32(pos), f.notes})
		}
	}
	return made
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
// carved from block like cite's from the builder's.
func numbers(block *[]int, f *recordFacts, extra []int32, numberOf []int) []int {
	count := int(f.count)
	if cap(*block)-len(*block) < count {
		*block = make([]int, 0, max(1024, count))
	}
	start := len(*block)
	nums := (*block)[start : start : start+count]
	for j := range count {
		if n := numberOf[sourceAt(f, extra, j)]; !slices.Contains(nums, n) {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	*block = (*block)[:start+len(nums)]
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
