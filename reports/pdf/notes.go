package pdf

import (
	"fmt"
	"maps"
	"slices"

	"attache/reports"
)

// noteGroups orders and names the kinds of note.
var noteGroups = []struct {
	kind  reports.NoteKind
	title string
}{
	{reports.NoteConflict, "Conflicting figures"},
	{reports.NoteDerived, "Derived values"},
	{reports.NotePartial, "Part-year figures"},
	{reports.NoteInferred, "Inferred dates"},
	{reports.NoteGap, "Years without data"},
}

// notes draws the caveats a reader must see, grouped by kind; the plan bounds each kind.
func (r *renderer) notes() {
	if len(r.b.Notes) == 0 {
		return
	}
	r.heading("Notes", 0)
	seen := make(map[reports.NoteKind]bool)
	for _, g := range noteGroups {
		seen[g.kind] = true
		r.noteGroup(g.title, r.plan.notes[g.kind])
	}
	for _, kind := range slices.Sorted(maps.Keys(r.plan.notes)) { // kinds this version does not name
		if !seen[kind] {
			r.noteGroup(string(kind), r.plan.notes[kind])
		}
	}
}

// Notes are set small, like footnotes; bulletIndent is where their text starts.
const bulletIndent = 11

func (r *renderer) noteLines(n reports.Note, width float64) []textLine {
	spans := []span{{n.Text, &smallStyle}}
	if noteCitesInline(n) {
		spans = refs(spans, n.Sources)
	} else {
		spans = append(spans, span{" (" + plural(len(n.Sources), "source", "sources") +
			": the workbook's Notes sheet lists them)", &smallGrey})
	}
	return r.ts.wrapSpans(spans, width-bulletIndent)
}

func (r *renderer) noteGroup(title string, l noteList) {
	notes := l.shown
	if len(notes) == 0 {
		return
	}
	width := r.right - r.left
	r.heading(title, 1)
	if cut := l.total - len(notes); cut > 0 {
		r.notice(fmt.Sprintf("Showing the first %d of %d notes of this kind; %s not listed here. "+
			"The workbook's Notes sheet lists every note.", len(notes), l.total, plural(cut, "note is", "notes are")))
	}
	bullet := r.ts.line("•", &smallStyle)
	for _, n := range notes {
		lines := r.noteLines(n, width)
		r.need(linesHeight(min(len(lines), 3), listLeading))
		r.drawLine(r.left+2, r.y+ascent(smallStyle.size), bullet)
		for j, l := range lines {
			if j > 0 {
				r.need(listLeading)
			}
			r.drawLine(r.left+bulletIndent, r.y+ascent(smallStyle.size), l)
			r.y += listLeading
		}
		r.y += 3
		if !r.tick() {
			return
		}
	}
}
