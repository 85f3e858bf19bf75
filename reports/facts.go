package reports

import (
	"sync"

	"attache/reports/dataset"
)

// The first pass of Build reads every selected record once, in the dataset's order, into
// compact facts (see timeline.go for why). Reading a million records is waiting on memory
// more than computing, so the pass reads the two halves of the dataset on the two cores at
// once; each half gathers its lists apart, and the facts of a record say which half holds
// its part of them.

// recordFacts is what the first pass learns about one selected record.
type recordFacts struct {
	sources [2]int32    // the first two cited sources, as indexes into d.Sources
	more    int32       // with more than two: where the rest start in its part's extra
	count   int32       // how many sources the record cites
	figure  int32       // with measure: its figure in its part's figures
	sectors uint64      // a bit per selected sector (see timelineFacts.sectorBit)
	part    uint8       // the index in timelineFacts.parts of the half that read it
	measure bool        // an indicator record with a value: its item carries a figure
	notes   noteReasons // which notes it needs (see noteReasonsOf)
	odd     bool        // a sector listed twice: file it by its ids
	texts   int32       // with notes: its texts in its part's texts
}

// timelineFacts is the first pass's result.
type timelineFacts struct {
	facts []recordFacts // by position in the timeline
	parts [2]factsPart  // by recordFacts.part
	// groups holds the positions of the indicator records with a value, by indicator and
	// reporter, oddValued those of other records with a value; in no order.
	groups    map[seriesKey][]int32
	oddValued []int32
	// sectorBit gives each selected sector, in the dataset's order, its bit; sectors holds
	// the ids by bit.
	sectorBit map[string]uint
	sectors   []string
	// bitAt gives the bit of each sector by its index in d.Sectors, -1 when not selected.
	bitAt []int
	// posOf gives the position in the timeline of each record of d.Records, -1 for those
	// not selected.
	posOf []int32
}

// factsPart is what one half of the pass gathers besides the records' own facts.
type factsPart struct {
	extra []int32 // the sources beyond the first two of each record
	// figures holds the figure of each indicator record with a value, all but its citation
	// numbers, made while the record is at hand; in blocks, so that none is copied as the
	// list grows (see figureAt).
	figures   [][]Figure
	groups    map[seriesKey][]int32
	oddValued []int32
	// texts holds what the notes say of each record that needs one, written while the
	// record is at hand: writing them later, in date order, read the records at random
	// (see timeline.go).
	texts []recordTexts
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
// the compact form cannot hold the selection: more than 64 selected sectors.
func (b *builder) readFacts() (*timelineFacts, bool) {
	tf := &timelineFacts{facts: make([]recordFacts, len(b.Records)), sectorBit: make(map[string]uint)}
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
	tf.bitAt = make([]int, len(b.d.Sectors))
	for i, sec := range b.d.Sectors {
		if bit, sel := tf.sectorBit[sec.ID]; sel {
			tf.bitAt[i] = int(bit)
		} else {
			tf.bitAt[i] = -1
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
	tf.posOf = posOf
	mid := len(posOf) / 2
	var wg sync.WaitGroup
	wg.Go(func() { b.readPart(tf, 1, posOf[mid:], mid) })
	b.readPart(tf, 0, posOf[:mid], 0)
	wg.Wait()
	tf.groups = make(map[seriesKey][]int32)
	for i := range tf.parts {
		p := &tf.parts[i]
		for k, positions := range p.groups {
			tf.groups[k] = append(tf.groups[k], positions...)
		}
		tf.oddValued = append(tf.oddValued, p.oddValued...)
	}
	return tf, true
}

// readPart reads the selected records among d.Records[first:first+len(posOf)] into the
// facts and into tf.parts[part]. posOf holds their positions in the timeline, -1 for the
// records not selected.
func (b *builder) readPart(tf *timelineFacts, part uint8, posOf []int32, first int) {
	p := &tf.parts[part]
	p.groups = make(map[seriesKey][]int32)
	var buf []byte // reused for every text
	for at, pos := range posOf {
		if pos < 0 {
			continue
		}
		i := first + at
		r := &b.d.Records[i]
		f := &tf.facts[pos]
		f.part = part
		sources := b.refs.Sources(i)
		f.count = int32(len(sources))
		f.more = int32(len(p.extra))
		for j, src := range sources {
			if j < len(f.sources) {
				f.sources[j] = src
			} else {
				p.extra = append(p.extra, src)
			}
		}
		for _, sec := range b.refs.Sectors(i) {
			if bit := tf.bitAt[sec]; bit >= 0 {
				if f.sectors&(1<<bit) != 0 {
					f.odd = true // listed twice: filed twice, as the plain way does
				}
				f.sectors |= 1 << bit
			}
		}
		f.measure = r.Kind == dataset.Measure && r.Value != nil
		partial := false
		switch {
		case f.measure:
			k := seriesKey{r.Indicator, r.Reporter}
			p.groups[k] = append(withRoom(p.groups[k]), pos)
			fig := b.figureCiting(r, nil)
			partial = fig.Partial
			f.figure = p.addFigure(fig)
		case r.Value != nil:
			p.oddValued = append(p.oddValued, pos)
		}
		f.notes = noteReasonsOf(r, partial)
		if f.notes&textReasons != 0 {
			f.texts = int32(len(p.texts))
			p.texts = append(p.texts, b.recordTexts(r, f.notes, &buf))
		}
	}
}

// sourceAt returns the index in d.Sources of the j-th source a record cites; extra is its
// part's.
func sourceAt(f *recordFacts, extra []int32, j int) int32 {
	if j < len(f.sources) {
		return f.sources[j]
	}
	return extra[int(f.more)+j-len(f.sources)]
}

// figureBlock is the number of figures in each block of factsPart.figures.
const figureBlock = 4096

func (p *factsPart) addFigure(f Figure) int32 {
	last := len(p.figures) - 1
	if last < 0 || len(p.figures[last]) == figureBlock {
		p.figures = append(p.figures, make([]Figure, 0, figureBlock))
		last++
	}
	p.figures[last] = append(p.figures[last], f)
	return int32(last*figureBlock + len(p.figures[last]) - 1)
}

func (p *factsPart) figureAt(i int32) *Figure {
	return &p.figures[i/figureBlock][i%figureBlock]
}
