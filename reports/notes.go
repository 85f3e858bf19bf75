package reports

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"attache/reports/dataset"
	"attache/reports/words"
)

// noteDrafts is what the timeline's pass finds to note, as positions in Records. The notes
// are written after the pass: those on conflicts may cite records outside the selection,
// whose sources are numbered after the timeline's.
type noteDrafts struct {
	derived, conflicts, inferred, partial []int
}

// noteRecord notes what the record at pos in Records needs a note on, while the timeline's
// pass has it at hand.
func (b *builder) noteRecord(pos int) {
	r, it := b.Records[pos], &b.Timeline[pos]
	if r.Derived != nil {
		b.notes.derived = append(b.notes.derived, pos)
	}
	if len(r.Conflicts) > 0 {
		b.notes.conflicts = append(b.notes.conflicts, pos)
	}
	if r.DateInferred {
		b.notes.inferred = append(b.notes.inferred, pos)
	}
	if it.Figure != nil && it.Figure.Partial {
		b.notes.partial = append(b.notes.partial, pos)
	}
}

// buildNotes writes the caveats a reader must see, in this order: derived values, conflicts,
// inferred dates, part-year figures, years without data. The notes are cited in that order
// first, then their texts are written (see writeTexts).
func (b *builder) buildNotes() {
	n := b.notes
	b.Notes = make([]Note, 0, len(n.derived)+len(n.conflicts)+len(n.inferred)+len(n.partial)+len(b.Series))
	b.Notes = append(b.Notes, b.derivedNotes()...)
	var about []int                        // by note from here on, the index in d.Records of its record
	seen := make([]bool, len(b.d.Records)) // described in a note on conflicts already
	for _, pos := range n.conflicts {
		if !seen[b.at[pos]] {
			b.Notes = append(b.Notes, b.conflictNote(pos, seen))
			about = append(about, b.at[pos])
		}
	}
	for _, pos := range n.inferred {
		b.Notes = append(b.Notes, Note{Kind: NoteInferred, Records: []string{b.Records[pos].ID}, Sources: b.Timeline[pos].Sources})
		about = append(about, b.at[pos])
	}
	for _, pos := range n.partial {
		b.Notes = append(b.Notes, Note{Kind: NotePartial, Records: []string{b.Records[pos].ID}, Sources: b.Timeline[pos].Sources})
		about = append(about, b.at[pos])
	}
	b.writeTexts(b.Notes[len(b.Notes)-len(about):], about)
	b.Notes = append(b.Notes, b.gapNotes()...)
}

// parallelTexts is the number of notes from which writeTexts writes them on two goroutines,
// the build's one parallel stage: at a million records these 230,000 texts are 22% of the
// build's CPU (profile), and halving them saves about 0.15 s of the 1.36 s the build takes.
const parallelTexts = 10000

// writeTexts writes the text of each note on a conflict, an inferred date or a part-year
// figure: notes[i] is about d.Records[about[i]]. The texts only read the dataset, so that
// from parallelTexts notes on they are written on two goroutines, half each.
func (b *builder) writeTexts(notes []Note, about []int) {
	write := func(notes []Note, about []int) {
		for i := range notes {
			notes[i].Text = b.noteText(notes[i].Kind, about[i])
		}
	}
	half := 0
	if len(notes) >= parallelTexts {
		half = len(notes) / 2
	}
	var wg sync.WaitGroup
	wg.Go(func() { write(notes[:half], about[:half]) })
	write(notes[half:], about[half:])
	wg.Wait()
}

// noteText writes the text of a note of the given kind on d.Records[i].
func (b *builder) noteText(kind NoteKind, i int) string {
	l, r := b.Lang(), &b.d.Records[i]
	switch kind {
	case NoteConflict:
		says := []string{b.says(r)}
		for _, c := range b.refs.Conflicts(i) {
			says = append(says, b.says(&b.d.Records[c]))
		}
		return l.T("note.conflict", strings.Join(says, l.T("note.conflict.separator")))
	case NoteInferred:
		return l.T("note.inferred", r.ID, words.Date(l, r.Date))
	case NotePartial:
		first, last := r.Period()
		return l.T("note.partial", r.ID, b.valueText(r), words.Day(l, first), words.Day(l, last))
	}
	return ""
}

// derivedNotes explains every derived value. Values derived by the same method for the
// same indicator share one note (a series of computed totals is one caveat, not fifty).
func (b *builder) derivedNotes() []Note {
	type key struct{ indicator, method string }
	var order []key
	members := make(map[key][]int) // positions in Records
	for _, pos := range b.notes.derived {
		r := b.Records[pos]
		k := key{r.Indicator, r.Derived.Method}
		if _, ok := members[k]; !ok {
			order = append(order, k)
		}
		members[k] = append(members[k], pos)
	}
	var notes []Note
	for _, k := range order {
		n := Note{Kind: NoteDerived}
		var rs []*dataset.Record
		for _, pos := range members[k] {
			rs = append(rs, b.Records[pos])
			n.Records = append(n.Records, b.Records[pos].ID)
			n.Sources = append(n.Sources, b.Timeline[pos].Sources...)
		}
		slices.Sort(n.Sources)
		n.Sources = slices.Compact(n.Sources)
		if len(rs) == 1 {
			r := rs[0]
			n.Records = append(n.Records, r.Derived.From...)
			n.Text = b.Lang().T("note.derived.single", r.ID, b.valueText(r), r.Derived.Method, strings.Join(r.Derived.From, ", "))
		} else {
			name := k.indicator
			if ind := b.Indicators[k.indicator]; ind != nil {
				name = b.IndicatorName(ind)
			}
			n.Text = b.Lang().T("note.derived.group", name, b.Lang().Int(len(rs)), words.Records(rs), strings.TrimSpace(k.method))
		}
		notes = append(notes, n)
	}
	return notes
}

// conflictNote notes the record at pos in Records and the records it names as conflicts,
// in range or not, and marks them all as seen; noteText writes what each says. A record
// outside the selection is cited here.
func (b *builder) conflictNote(pos int, seen []bool) Note {
	r := b.Records[pos]
	seen[b.at[pos]] = true
	n := Note{Kind: NoteConflict, Records: []string{r.ID}, Sources: slices.Clone(b.Timeline[pos].Sources)}
	for _, i := range b.refs.Conflicts(b.at[pos]) {
		seen[int(i)] = true
		n.Records = append(n.Records, b.d.Records[i].ID)
		n.Sources = append(n.Sources, b.cite(int(i))...)
	}
	slices.Sort(n.Sources)
	n.Sources = slices.Compact(n.Sources)
	return n
}

// says writes what a record states, as a note on conflicts quotes it: its value when it has
// one, else its title.
func (b *builder) says(r *dataset.Record) string {
	var what string
	if r.Value != nil {
		what = b.valueText(r)
	} else {
		what = b.Lang().T("note.quoted", b.RecordTitle(r))
	}
	return b.Lang().T("note.conflict.says", r.ID, words.Date(b.Lang(), r.Date), what)
}

// valueText writes a record's qualified value with its unit, or its title when it has no
// value.
func (b *builder) valueText(r *dataset.Record) string {
	if r.Value == nil {
		return b.RecordTitle(r)
	}
	return words.Value(b.Lang(), *r.Value, r.Qualifier, b.Unit(b.Indicators[r.Indicator]))
}

// gapNotes lists, per flow series, the years inside its first and last year in range for
// which no whole-year value exists.
func (b *builder) gapNotes() []Note {
	var notes []Note
	for _, s := range b.Series {
		if s.Indicator.Kind != dataset.Flow {
			continue
		}
		var missing []string
		for i := 1; i < len(s.Points); i++ {
			for y := s.Points[i-1].Year + 1; y < s.Points[i].Year; y++ {
				missing = append(missing, strconv.Itoa(y))
			}
		}
		if len(missing) > 0 {
			notes = append(notes, Note{
				Kind: NoteGap,
				Text: b.Lang().T("note.gap", b.SeriesLabel(s), strings.Join(missing, ", ")),
			})
		}
	}
	return notes
}
