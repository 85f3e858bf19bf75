package reports

import (
	"slices"
	"strconv"
	"strings"

	"attache/reports/dataset"
	"attache/reports/words"
)

// noteDrafts is what the timeline's pass finds to note, as positions in Records. The notes
// are written after the pass: those on conflicts may cite records outside the selection,
// whose sources are numbered after the timeline's.
type noteDrafts struct {
	derived, conflicts []int
	// inferred and partial hold their notes' texts, written while the pass has the record.
	inferred, partial []drafted
}

// drafted is the text of a note on the record at pos in Records.
type drafted struct {
	pos  int
	text string
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
	l := b.Lang()
	if r.DateInferred {
		b.notes.inferred = append(b.notes.inferred, drafted{pos, l.T("note.inferred", r.ID, words.Date(l, r.Date))})
	}
	if it.Figure != nil && it.Figure.Partial {
		first, last := r.Period()
		b.notes.partial = append(b.notes.partial, drafted{pos,
			l.T("note.partial", r.ID, b.valueText(r), words.Day(l, first), words.Day(l, last))})
	}
}

// buildNotes writes the caveats a reader must see, in this order: derived values, conflicts,
// inferred dates, part-year figures, years without data. The notes are appended to one
// list made to size: joining lists of a quarter of a million notes took 0.12 s of a
// million-record build.
func (b *builder) buildNotes() {
	derived := b.derivedNotes()
	b.Notes = make([]Note, 0, len(derived)+len(b.notes.conflicts)+len(b.notes.inferred)+len(b.notes.partial))
	b.Notes = append(b.Notes, derived...)
	seen := make([]bool, len(b.d.Records)) // described in a note on conflicts already
	for _, pos := range b.notes.conflicts {
		if !seen[b.at[pos]] {
			b.Notes = append(b.Notes, b.conflictNote(pos, seen))
		}
	}
	for _, d := range b.notes.inferred {
		b.Notes = append(b.Notes, Note{Kind: NoteInferred, Records: []string{b.Records[d.pos].ID}, Sources: b.Timeline[d.pos].Sources, Text: d.text})
	}
	for _, d := range b.notes.partial {
		b.Notes = append(b.Notes, Note{Kind: NotePartial, Records: []string{b.Records[d.pos].ID}, Sources: b.Timeline[d.pos].Sources, Text: d.text})
	}
	b.Notes = append(b.Notes, b.gapNotes()...)
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
			n.Text = b.Lang().T("note.derived.group", name, b.Lang().Int(len(rs)), idRange(rs), strings.TrimSpace(k.method))
		}
		notes = append(notes, n)
	}
	return notes
}

// idRange names a list of records briefly: all of them when few, else the first and last.
func idRange(rs []*dataset.Record) string {
	if len(rs) > 4 {
		return rs[0].ID + " … " + rs[len(rs)-1].ID
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// conflictNote describes the record at pos in Records and the records it names as
// conflicts, in range or not, and marks them all as seen. A record outside the selection
// is cited here.
func (b *builder) conflictNote(pos int, seen []bool) Note {
	r := b.Records[pos]
	seen[b.at[pos]] = true
	n := Note{Kind: NoteConflict, Records: []string{r.ID}, Sources: slices.Clone(b.Timeline[pos].Sources)}
	says := []string{b.says(r)}
	for _, i := range b.refs.Conflicts(b.at[pos]) {
		c := &b.d.Records[i]
		seen[int(i)] = true
		n.Records = append(n.Records, c.ID)
		says = append(says, b.says(c))
		n.Sources = append(n.Sources, b.cite(int(i))...)
	}
	slices.Sort(n.Sources)
	n.Sources = slices.Compact(n.Sources)
	n.Text = b.Lang().T("note.conflict", strings.Join(says, b.Lang().T("note.conflict.separator")))
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
