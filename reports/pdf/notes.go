package pdf

import (
	"maps"
	"slices"

	"attache/reports"
)

// noteGroups orders the kinds of note and names their headings' message keys.
var noteGroups = []struct {
	kind  reports.NoteKind
	title string
}{
	{reports.NoteConflict, "pdf.notes.conflict"},
	{reports.NoteDerived, "pdf.notes.derived"},
	{reports.NotePartial, "pdf.notes.partial"},
	{reports.NoteInferred, "pdf.notes.inferred"},
	{reports.NoteGap, "pdf.notes.gap"},
}

// notes draws the caveats a reader must see, grouped by kind; the plan bounds each kind.
func (r *renderer) notes() {
	if len(r.b.Notes) == 0 {
		return
	}
	r.heading(r.t("pdf.notes.heading"), 0)
	seen := make(map[reports.NoteKind]bool)
	for _, g := range noteGroups {
		seen[g.kind] = true
		r.noteGroup(r.t(g.title), r.plan.notes[g.kind])
	}
	for _, kind := range slices.Sorted(maps.Keys(r.plan.notes)) { // kinds this version does not name
		if !seen[kind] {
			r.noteGroup(string(kind), r.plan.notes[kind])
		}
	}
}

// Notes are set small, like footnotes; bulletIndent is where their text starts.
const bulletIndent = 11

func (r *renderer) noteSpans(n reports.Note) []span {
	spans := []span{{n.Text, &smallStyle}}
	if noteCitesInline(n) {
		return refs(spans, n.Sources)
	}
	return append(spans, span{" " + r.n("pdf.notes.sources", len(n.Sources), r.sheet("notes")), &smallGrey})
}

func (r *renderer) noteGroup(title string, l noteList) {
	notes := l.shown
	if len(notes) == 0 {
		return
	}
	width := r.right - r.left
	r.heading(title, 1)
	if cut := l.total - len(notes); cut > 0 {
		r.notice(r.n("pdf.notes.cut", cut, r.l.Int(len(notes)), r.l.Int(l.total), r.sheet("notes")))
	}
	for _, n := range notes {
		r.bulleted(r.noteSpans(n), width, listLeading, 3)
		if !r.tick() {
			return
		}
	}
}
