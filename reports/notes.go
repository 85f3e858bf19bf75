package reports

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"attache/reports/dataset"
)

// mayNeedNote reports whether buildNotes must look at r: whether r is derived, has an
// inferred date, is an indicator record (it may be a part-year flow) or names conflicts.
// buildTimeline asks while it has r at hand, so that buildNotes need not pass over every
// record again.
func (b *builder) mayNeedNote(r *dataset.Record) bool {
	return r.Derived != nil || r.DateInferred || (r.Kind == dataset.Measure && r.Value != nil) || len(r.Conflicts) > 0
}

func (b *builder) buildNotes() {
	// The notes on inferred dates and part-year figures only read (the numbers they cite
	// are their records' own), so they are written on the second core while the conflicts,
	// which may number sources of records outside the selection, are written here in order.
	var inferred, partial []Note
	var wg sync.WaitGroup
	wg.Go(func() { inferred, partial = b.recordNotes() })
	var conflicts []Note
	var derivedRecords []*dataset.Record
	seenConflict := make(map[string]bool)
	for _, i := range b.noteCandidates {
		r := b.Records[i]
		if r.Derived != nil {
			derivedRecords = append(derivedRecords, r)
		}
		if n, ok := b.conflictNote(r, seenConflict); ok {
			conflicts = append(conflicts, n)
		}
	}
	wg.Wait()
	b.Notes = slices.Concat(b.derivedNotes(derivedRecords), conflicts, inferred, partial, b.gapNotes())
}

// recordNotes writes the notes on inferred dates and on part-year figures, in record order.
// It reads the builder and changes nothing.
func (b *builder) recordNotes() (inferred, partial []Note) {
	for _, i := range b.noteCandidates {
		r := b.Records[i]
		cited := b.Timeline[i].Sources // r's numbers: citing it again gives the same
		if r.DateInferred {
			inferred = append(inferred, Note{
				Kind:    NoteInferred,
				Records: []string{r.ID},
				Text:    r.ID + ": the date " + r.Date.String() + " is inferred; the sources do not state it.",
				Sources: cited,
			})
		}
		if r.Kind == dataset.Measure && r.Value != nil && b.Indicators[r.Indicator].Kind == dataset.Flow && !wholeYear(r) {
			first, last := r.Period()
			partial = append(partial, Note{
				Kind:    NotePartial,
				Records: []string{r.ID},
				Text: r.ID + ": " + b.valueText(r) + " covers " + first.String() + " to " + last.String() +
					" only, not a whole year; it is left out of the yearly series.",
				Sources: cited,
			})
		}
	}
	return inferred, partial
}

// derivedNotes explains every derived value. Values derived by the same method for the
// same indicator share one note (a series of computed totals is one caveat, not fifty).
func (b *builder) derivedNotes(records []*dataset.Record) []Note {
	type group struct{ indicator, method string }
	var order []group
	members := make(map[group][]*dataset.Record)
	for _, r := range records {
		g := group{r.Indicator, r.Derived.Method}
		if _, ok := members[g]; !ok {
			order = append(order, g)
		}
		members[g] = append(members[g], r)
	}
	notes := make([]Note, 0, len(order))
	for _, g := range order {
		rs := members[g]
		n := Note{Kind: NoteDerived}
		for _, r := range rs {
			n.Records = append(n.Records, r.ID)
			n.Sources = append(n.Sources, b.cite(r)...)
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

// conflictNote describes r and the records it conflicts with, once per group.
func (b *builder) conflictNote(r *dataset.Record, seen map[string]bool) (Note, bool) {
	if len(r.Conflicts) == 0 || seen[r.ID] {
		return Note{}, false
	}
	group := []*dataset.Record{r}
	for _, id := range r.Conflicts {
		if c := b.record(id); c != nil {
			group = append(group, c)
		}
	}
	var ids, parts []string
	var sources []int
	for _, c := range group {
		seen[c.ID] = true
		ids = append(ids, c.ID)
		parts = append(parts, c.ID+" ("+c.Date.String()+") says "+b.statementText(c))
		sources = mergeNumbers(sources, b.cite(c))
	}
	return Note{
		Kind:    NoteConflict,
		Records: ids,
		Text:    "Sources disagree: " + strings.Join(parts, "; ") + ". Both are shown; neither is preferred.",
		Sources: sources,
	}, true
}

// statementText is what a record states, for a note: its value when it has one, else its title.
func (b *builder) statementText(r *dataset.Record) string {
	if r.Value != nil {
		return b.valueText(r)
	}
	return "“" + r.Title + "”"
}

func (b *builder) valueText(r *dataset.Record) string {
	if r.Value == nil {
		return r.Title
	}
	unit := ""
	if ind := b.Indicators[r.Indicator]; ind != nil {
		unit = ind.Unit
	}
	return ValueText(*r.Value, r.Qualifier, unit)
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
