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
// arrays (which sources each cites, which selected sectors it is in, whether a note may
// concern it); numbers the sources from those; and then makes the items in date order from
// the arrays, touching a record again only for its figure. The numbering is the one citing
// record by record in date order gives: a source's number is fixed by its first citation,
// the least (position in the timeline, position in the record's list).

// plainTimeline makes buildTimeline take the plain way always; tests compare the two.
var plainTimeline = false

// recordFacts is what the first pass learns about one selected record.
type recordFacts struct {
	sources  [2]int32 // the first two cited sources, as indexes into d.Sources
	more     int32    // with more than two: where the rest start in timelineFacts.extra
	count    int32    // how many sources the record cites
	figure   int32    // with measure: its figure in timelineFacts.figures
	sectors  uint64   // a bit per selected sector (see timelineFacts.sectorBit)
	measure  bool     // an indicator record with a value: its item carries a figure
	noteable bool     // see mayNeedNote
	odd      bool     // its sectors cannot be told by bits: file it the slow way
}

// timelineFacts is the first pass's result.
type timelineFacts struct {
	facts []recordFacts // by position in the timeline
	extra []int32       // the sources beyond the first two of each record
	// groups holds the positions of the indicator records with a value, by indicator and
	// reporter (in the dataset's order), oddValued those of other records with a value.
	groups    map[seriesKey][]int32
	oddValued []int32
	// conflicts holds the ids the records name as conflicts.
	conflicts []string
	// figures holds the figure of each indicator record with a value, all but its citation
	// numbers, made while the record is at hand; in blocks, so that none is copied as the
	// list grows (see figureAt).
	figures [][]Figure
	// sectorBit gives each selected sector, in the dataset's order, its bit; sectors holds
	// the ids by bit.
	sectorBit map[string]uint
	sectors   []string
}

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
	for pos := range n {
		f := &tf.facts[pos]
		r := b.Records[pos]
		it := Item{Record: r, Sources: b.numbers(f, tf.extra, numberOf)}
		if f.measure {
			it.Figure = tf.figureAt(f.figure)
			it.Figure.Sources = it.Sources
		}
		b.Timeline[pos] = it
		if f.odd {
			b.fileBySectorIDs(r, pos)
		} else {
			for m := f.sectors; m != 0; m &= m - 1 {
				id := tf.sectors[bits.TrailingZeros64(m)]
				b.sectorItems[id] = append(b.sectorItems[id], int32(pos))
			}
		}
		if f.noteable {
			b.noteCandidates = append(b.noteCandidates, int32(pos))
		}
	}
}

// timelineFacts returns what readFacts learns, reading the records on the first call. The
// key figures, the series and the notes use it too.
func (b *builder) timelineFacts() (*timelineFacts, bool) {
	if !b.factsRead {
		b.factsRead = true
		if !plainTimeline {
			b.facts, b.factsOK = b.readFacts()
		}
	}
	return b.facts, b.factsOK
}

// readFacts reads every selected record once, in the dataset's order. It reports false when
// the compact form cannot hold a record: a source id the dataset does not list, or more
// than 64 selected sectors.
func (b *builder) readFacts() (*timelineFacts, bool) {
	tf := &timelineFacts{facts: make([]recordFacts, len(b.Records)), sectorBit: make(map[string]uint),
		groups: make(map[seriesKey][]int32)}
	for _, sec := range b.d.Sectors {
		if b.selected[sec.ID] {
			if _, dup := tf.sectorBit[sec.ID]; !dup {
				tf.sectorBit[sec.ID] = uint(len(tf.sectors))
				tf.sectors = append(tf.sectors, sec.ID)
			}
		}
	}
	if len(tf.sectors) > 64 {
		return nil, false
	}
	sourceIndex := make(map[string]int32, len(b.d.Sources))
	for i := range b.d.Sources {
		if _, dup := sourceIndex[b.d.Sources[i].ID]; !dup {
			sourceIndex[b.d.Sources[i].ID] = int32(i)
		}
	}
	// Positions by index in the dataset, so that the records' memory is read front to back.
	posOf := make([]int32, len(b.d.Records))
	for i := range posOf {
		posOf[i] = -1
	}
	for pos, i := range b.datasetIndexes {
		posOf[i] = int32(pos)
	}
	for i, pos := range posOf {
		if pos < 0 {
			continue
		}
		r := &b.d.Records[i]
		f := &tf.facts[pos]
		f.count = int32(len(r.Sources))
		f.more = int32(len(tf.extra))
		for j, id := range r.Sources {
			src, known := sourceIndex[id]
			if !known {
				return nil, false
			}
			if j < len(f.sources) {
				f.sources[j] = src
			} else {
				tf.extra = append(tf.extra, src)
			}
		}
		for _, id := range r.Sectors {
			if bit, sel := tf.sectorBit[id]; sel {
				if f.sectors&(1<<bit) != 0 {
					f.odd = true // listed twice: filed twice, as the plain way does
				}
				f.sectors |= 1 << bit
			}
		}
		f.measure = r.Kind == dataset.Measure && r.Value != nil
		f.noteable = b.mayNeedNote(r)
		switch {
		case f.measure:
			k := seriesKey{r.Indicator, r.Reporter}
			tf.groups[k] = append(tf.groups[k], pos)
			f.figure = tf.addFigure(b.figureCiting(r, nil))
		case r.Value != nil:
			tf.oddValued = append(tf.oddValued, pos)
		}
		tf.conflicts = append(tf.conflicts, r.Conflicts...)
	}
	return tf, true
}

// sourceAt returns the index in d.Sources of the j-th source a record cites.
func sourceAt(f *recordFacts, extra []int32, j int) int32 {
	if j < len(f.sources) {
		return f.sources[j]
	}
	return extra[int(f.more)+j-len(f.sources)]
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
			src := sourceAt(f, tf.extra, j)
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
		if r.Kind == dataset.Measure && r.Value != nil {
			if len(figures) == cap(figures) {
				figures = make([]Figure, 0, min(4096, len(b.Records)-i))
			}
			figures = append(figures, b.figure(r))
			it.Figure = &figures[len(figures)-1]
		}
		b.Timeline[i] = it
		b.fileBySectorIDs(r, i)
		if b.mayNeedNote(r) {
			b.noteCandidates = append(b.noteCandidates, int32(i))
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

// figureBlock is the number of figures in each block of timelineFacts.figures.
const figureBlock = 4096

func (tf *timelineFacts) addFigure(f Figure) int32 {
	last := len(tf.figures) - 1
	if last < 0 || len(tf.figures[last]) == figureBlock {
		tf.figures = append(tf.figures, make([]Figure, 0, figureBlock))
		last++
	}
	tf.figures[last] = append(tf.figures[last], f)
	return int32(last*figureBlock + len(tf.figures[last]) - 1)
}

func (tf *timelineFacts) figureAt(i int32) *Figure {
	return &tf.figures[i/figureBlock][i%figureBlock]
}
