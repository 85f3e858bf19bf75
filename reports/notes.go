package reports

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"attache/reports/dataset"
)

// noteReasons says which notes a record needs. buildTimeline learns them while it has the
// record at hand, so that buildNotes reads only the records it writes about: reading a
// million records in date order reads memory at random (see timeline.go).
type noteReasons uint8

const (
	needsDerived  noteReasons = 1 << iota // its value is derived
	needsConflict                         // it names records that state its fact differently
	needsInferred                         // its date is inferred
	needsPartial                          // its figure is a flow over less than a whole year
)

// noteCandidate is a record that needs a note: its position in Records, and why.
type noteCandidate struct {
	pos     int32
	reasons noteReasons
}

// noteCounts is how many candidates need each kind of note.
type noteCounts struct{ conflict, inferred, partial int }

// countNotes counts the candidates by the notes they need, so that the lists of notes are
// made at their size once (a quarter of a million notes copied as they grow is much garbage).
func (b *builder) countNotes() noteCounts {
	var n noteCounts
	for _, c := range b.noteCandidates {
		if c.reasons&needsConflict != 0 {
			n.conflict++
		}
		if c.reasons&needsInferred != 0 {
			n.inferred++
		}
		if c.reasons&needsPartial != 0 {
			n.partial++
		}
	}
	return n
}

// noteReasonsOf returns the notes r needs; partial is its figure's Partial (false for a
// record without a figure).
func noteReasonsOf(r *dataset.Record, partial bool) noteReasons {
	var why noteReasons
	if r.Derived != nil {
		why |= needsDerived
	}
	if len(r.Conflicts) > 0 {
		why |= needsConflict
	}
	if r.DateInferred {
		why |= needsInferred
	}
	if partial {
		why |= needsPartial
	}
	return why
}

func (b *builder) buildNotes() {
	// The notes on derived values, inferred dates and part-year figures only read (the
	// numbers they cite are their records' own), so they are written on the second core
	// while the conflicts, which may number sources of records outside the selection, are
	// written here in order.
	counts := b.countNotes()
	var derived, inferred, partial []Note
	var wg sync.WaitGroup
	wg.Go(func() {
		derived = b.derivedNotes()
		inferred, partial = b.recordNotes(counts)
	})
	conflicts := make([]Note, 0, counts.conflict/2) // most conflicts are pairs: one note for two
	// A bit per record of d.Records, not a set of ids, so that a record already described
	// is passed over without reading it: the bits of a million records fit in the cache.
	seenConflict := make(bitSet, (len(b.d.Records)+63)/64)
	var text []byte // reused for every note's text
	for _, c := range b.noteCandidates {
		if c.reasons&needsConflict == 0 {
			continue
		}
		var n Note
		var ok bool
		if n, text, ok = b.conflictNote(c.pos, seenConflict, text); ok {
			conflicts = append(withRoom(conflicts), n)
		}
	}
	wg.Wait()
	b.series.Wait()
	b.Notes = slices.Concat(derived, conflicts, inferred, partial, b.gapNotes())
}

// recordNotes writes the notes on inferred dates and on part-year figures, in record order.
// It reads the builder and changes nothing.
func (b *builder) recordNotes(counts noteCounts) (inferred, partial []Note) {
	inferred = make([]Note, 0, counts.inferred)
	partial = make([]Note, 0, counts.partial)
	var buf []byte // reused for every text written here
	var ids idBlock
	for _, c := range b.noteCandidates {
		if c.reasons&(needsInferred|needsPartial) == 0 {
			continue
		}
		t := b.textsAt(c.pos, c.reasons, &buf)
		cited := b.Timeline[c.pos].Sources // the record's numbers: citing it again gives the same
		if c.reasons&needsInferred != 0 {
			inferred = append(inferred, Note{Kind: NoteInferred, Records: ids.of(t.id), Text: t.inferred, Sources: cited})
		}
		if c.reasons&needsPartial != 0 {
			partial = append(partial, Note{Kind: NotePartial, Records: ids.of(t.id), Text: t.partial, Sources: cited})
		}
	}
	return inferred, partial
}

// recordTexts is what the notes say of one record.
type recordTexts struct {
	id       string
	inferred string // on its inferred date (needsInferred)
	partial  string // on its part-year figure (needsPartial)
	says     string // what it states, as a note on conflicts quotes it (needsConflict)
}

// textReasons are the notes whose texts recordTexts writes.
const textReasons = needsInferred | needsPartial | needsConflict

// recordTexts writes the texts of the notes r needs; buf is reused from call to call.
func (b *builder) recordTexts(r *dataset.Record, why noteReasons, buf *[]byte) recordTexts {
	t := recordTexts{id: r.ID}
	text := *buf
	if why&needsInferred != 0 {
		text = append(text[:0], r.ID...)
		text = append(text, ": the date "...)
		text = append(text, r.Date.String()...)
		text = append(text, " is inferred; the sources do not state it."...)
		t.inferred = string(text)
	}
	if why&needsPartial != 0 {
		first, last := r.Period()
		text = append(text[:0], r.ID...)
		text = append(text, ": "...)
		text = b.appendValueText(text, r)
		text = append(text, " covers "...)
		text = append(text, first.String()...)
		text = append(text, " to "...)
		text = append(text, last.String()...)
		text = append(text, " only, not a whole year; it is left out of the yearly series."...)
		t.partial = string(text)
	}
	if why&needsConflict != 0 {
		t.says = string(b.appendSays(text[:0], r))
	}
	*buf = text
	return t
}

// textsAt returns the texts of the notes that the record at pos in Records needs: those
// readFacts wrote, or written now when it could not.
func (b *builder) textsAt(pos int32, why noteReasons, buf *[]byte) recordTexts {
	if tf, ok := b.timelineFacts(); ok {
		f := &tf.facts[pos]
		return tf.parts[f.part].texts[f.texts]
	}
	return b.recordTexts(b.Records[pos], why, buf)
}

// idBlock carves the one-id lists of many notes from shared arrays, so that a hundred
// thousand notes do not make a hundred thousand small allocations.
type idBlock struct{ free []string }

// of returns a list holding only id; its capacity is full, so an append copies it.
func (blk *idBlock) of(id string) []string {
	if len(blk.free) == 0 {
		blk.free = make([]string, 1024)
	}
	list := blk.free[:1:1]
	list[0] = id
	blk.free = blk.free[1:]
	return list
}

// derivedNotes explains every derived value. Values derived by the same method for the
// same indicator share one note (a series of computed totals is one caveat, not fifty).
// Their numbers are their items' (citing them again gives the same, at the cost of a lookup
// per source). It reads the builder and changes nothing.
func (b *builder) derivedNotes() []Note {
	var positions []int32 // in Records
	for _, c := range b.noteCandidates {
		if c.reasons&needsDerived != 0 {
			positions = append(positions, c.pos)
		}
	}
	type group struct{ indicator, method string }
	var order []group
	members := make(map[group][]int32)
	for _, pos := range positions {
		r := b.Records[pos]
		g := group{r.Indicator, r.Derived.Method}
		if _, ok := members[g]; !ok {
			order = append(order, g)
		}
		members[g] = append(members[g], pos)
	}
	notes := make([]Note, 0, len(order))
	for _, g := range order {
		rs := make([]*dataset.Record, len(members[g]))
		n := Note{Kind: NoteDerived}
		for i, pos := range members[g] {
			rs[i] = b.Records[pos]
			n.Records = append(n.Records, rs[i].ID)
			n.Sources = append(n.Sources, b.Timeline[pos].Sources...)
		}
		// Sorted and each once, as mergeNumbers gives, without its cost per number: a
		// group of a million records' derivations cites thousands of sources.
		slices.Sort(n.Sources)
		n.Sources = slices.Compact(n.Sources)
		if len(rs) == 1 {
			r := rs[0]
			n.Records = append(n.Records, r.Derived.From...)
			n.Text = fmt.Sprintf("%s: %s is derived, not stated by a source: %s (from %s).",
				r.ID, b.valueText(r), r.Derived.Method, strings.Join(r.Derived.From, ", "))
		} else {
			name := g.indicator
			if ind := b.Indicators[g.indicator]; ind != nil {
				name = ind.Name
			}
			n.Text = fmt.Sprintf("%s: %d values (%s) are derived, not stated by a source: %s Each record names the records it was computed from.",
				name, len(rs), idRange(rs), strings.TrimSpace(g.method))
		}
		notes = append(notes, n)
	}
	return notes
}

// idRange names a list of records briefly: all of them when few, else the first and last.
func idRange(rs []*dataset.Record) string {
	if len(rs) <= 4 {
		ids := make([]string, len(rs))
		for i, r := range rs {
			ids[i] = r.ID
		}
		return strings.Join(ids, ", ")
	}
	return rs[0].ID + " … " + rs[len(rs)-1].ID
}

// mergeNumbers adds the numbers of add to nums, keeping them sorted and unique.
func mergeNumbers(nums, add []int) []int {
	for _, n := range add {
		if !slices.Contains(nums, n) {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	return nums
}

// conflictNote describes the record at pos in Records, which names conflicts, and the
// records it names, once per group. It writes the text in buf and returns buf for the next
// note.
func (b *builder) conflictNote(pos int32, seen bitSet, buf []byte) (Note, []byte, bool) {
	at := b.datasetIndexes[pos]
	if seen.has(at) {
		return Note{}, buf, false
	}
	named := b.refs.Conflicts(int(at))
	ids := make([]string, 1+len(named))
	var sources []int
	buf = append(buf[:0], "Sources disagree: "...)
	for i := range ids {
		if i > 0 {
			buf = append(buf, "; "...)
			at = named[i-1]
			pos = b.positionOf(at)
		}
		seen.set(at)
		if t, ok := b.conflictTexts(pos); ok {
			ids[i] = t.id
			buf = append(buf, t.says...)
		} else {
			c := &b.d.Records[at]
			ids[i] = c.ID
			buf = b.appendSays(buf, c)
		}
		sources = mergeNumbers(sources, b.citedAt(at, pos))
	}
	buf = append(buf, ". Both are shown; neither is preferred."...)
	return Note{
		Kind:    NoteConflict,
		Records: ids,
		Text:    string(buf),
		Sources: sources,
	}, buf, true
}

// bitSet holds a bit per index.
type bitSet []uint64

func (s bitSet) has(i int32) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s bitSet) set(i int32)      { s[i/64] |= 1 << (i % 64) }

// positionOf returns the position in Records of d.Records[at], or -1 when it is not
// selected or readFacts could not tell.
func (b *builder) positionOf(at int32) int32 {
	if tf, ok := b.timelineFacts(); ok {
		return tf.posOf[at]
	}
	return -1
}

// citedAt returns the citation numbers of d.Records[at], whose position in Records is pos
// (see positionOf): its timeline item's when it is selected (citing it again gives the
// same, at the cost of a lookup per source), else those cite gives.
func (b *builder) citedAt(at, pos int32) []int {
	if pos >= 0 {
		return b.Timeline[pos].Sources
	}
	return b.cite(&b.d.Records[at])
}

// conflictTexts returns the texts readFacts wrote for the record at pos in Records (-1 for
// none) when it names conflicts.
func (b *builder) conflictTexts(pos int32) (recordTexts, bool) {
	tf, ok := b.timelineFacts()
	if !ok || pos < 0 {
		return recordTexts{}, false
	}
	f := &tf.facts[pos]
	if f.notes&needsConflict == 0 {
		return recordTexts{}, false
	}
	return tf.parts[f.part].texts[f.texts], true
}

// appendSays appends what a record states, as a note on conflicts quotes it.
func (b *builder) appendSays(dst []byte, r *dataset.Record) []byte {
	dst = append(dst, r.ID...)
	dst = append(dst, " ("...)
	dst = append(dst, r.Date.String()...)
	dst = append(dst, ") says "...)
	return b.appendStatementText(dst, r)
}

// appendStatementText appends what a record states, for a note: its value when it has one,
// else its title.
func (b *builder) appendStatementText(dst []byte, r *dataset.Record) []byte {
	if r.Value != nil {
		return b.appendValueText(dst, r)
	}
	dst = append(dst, "“"...)
	dst = append(dst, r.Title...)
	return append(dst, "”"...)
}

func (b *builder) valueText(r *dataset.Record) string {
	return string(b.appendValueText(nil, r))
}

// appendValueText appends a record's qualified value with its unit, or its title when it
// has no value.
func (b *builder) appendValueText(dst []byte, r *dataset.Record) []byte {
	if r.Value == nil {
		return append(dst, r.Title...)
	}
	unit := ""
	if ind := b.Indicators[r.Indicator]; ind != nil {
		unit = ind.Unit
	}
	return appendValueText(dst, *r.Value, r.Qualifier, unit)
}

// gapNotes lists, per flow series, the years inside its first and last year in range for
// which no whole-year value exists.
func (b *builder) gapNotes() []Note {
	var notes []Note
	for _, s := range b.Series {
		if s.Indicator.Kind != dataset.Flow || len(s.Points) < 2 {
			continue
		}
		var missing []string
		for i := 1; i < len(s.Points); i++ {
			for y := s.Points[i-1].Year + 1; y < s.Points[i].Year; y++ {
				missing = append(missing, fmt.Sprint(y))
			}
		}
		if len(missing) > 0 {
			notes = append(notes, Note{
				Kind: NoteGap,
				Text: fmt.Sprintf("%s: no whole-year value for %s.", s.Label(), strings.Join(missing, ", ")),
			})
		}
	}
	return notes
}
