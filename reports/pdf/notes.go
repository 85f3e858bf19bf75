package pdf

import "attache/reports"

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

// notes draws the caveats a reader must see, grouped by kind.
func (r *renderer) notes() {
	if len(r.b.Notes) == 0 {
		return
	}
	byKind := make(map[reports.NoteKind][]reports.Note)
	for _, n := range r.b.Notes {
		byKind[n.Kind] = append(byKind[n.Kind], n)
	}
	r.heading("Notes", 0)
	seen := make(map[reports.NoteKind]bool)
	for _, g := range noteGroups {
		seen[g.kind] = true
		r.noteGroup(g.title, byKind[g.kind])
	}
	for _, kind := range sortedKeys(byKind) { // kinds this version does not name
		if !seen[kind] {
			r.noteGroup(string(kind), byKind[kind])
		}
	}
}

// Notes are set small, like footnotes; bulletIndent is where their text starts.
const (
	bulletIndent = 11
	noteLeading  = smallLeading + 0.6
)

func (r *renderer) noteLines(n reports.Note, width float64) []textLine {
	return r.ts.wrapSpans(refs([]span{{n.Text, &smallStyle}}, n.Sources), width-bulletIndent)
}

func (r *renderer) noteGroup(title string, notes []reports.Note) {
	if len(notes) == 0 {
		return
	}
	width := r.right - r.left
	first := r.noteLines(notes[0], width)
	r.heading(title, 1)
	bullet := r.ts.line("•", &smallStyle)
	for i, n := range notes {
		lines := first
		if i > 0 {
			lines = r.noteLines(n, width)
		}
		r.need(linesHeight(min(len(lines), 3), noteLeading))
		r.drawLine(r.left+2, r.y+ascent(smallStyle.size), bullet)
		for j, l := range lines {
			if j > 0 {
				r.need(noteLeading)
			}
			r.drawLine(r.left+bulletIndent, r.y+ascent(smallStyle.size), l)
			r.y += noteLeading
		}
		r.y += 3
		if !r.tick() {
			return
		}
	}
}
