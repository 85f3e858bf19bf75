package pdf

import (
	"slices"

	"attache/reports"
)

// A briefing of a large selection holds hundreds of thousands of items and notes and
// thousands of sources, but the document shows a bounded part of it: the most recent items
// of each section and of the timeline, the first notes of each kind, and the sources those
// cite (the workbook, and the appendix, list everything). The plan decides that part once,
// before anything is drawn, so that the character check, the progress count and the layout
// all agree on it, and a briefing of a million records costs about what a small one does
// (issue 6).

// refsDrawn, when set (by tests), sees every list of citation numbers the layout writes, so
// that a test can hold them against the plan's sources.
var refsDrawn func(nums []int)

// DefaultMaxNotesPerKind is the default of Options.MaxNotesPerKind.
const DefaultMaxNotesPerKind = 40

// maxConflictsShown bounds the conflicting figures a key figure's row lists; a large dataset
// can hold hundreds of values for one indicator and period.
const maxConflictsShown = 5

// maxNoteRefs bounds the footnote numbers a note carries: a note on a thousand derived values
// cites their thousand sources, which the workbook lists better than a footnote can.
const maxNoteRefs = 12

// noteCitesInline reports whether a note's sources are few enough to cite as footnotes.
func noteCitesInline(n reports.Note) bool { return len(n.Sources) <= maxNoteRefs }

// shownConflicts returns the conflicting figures the key figures table lists for kf.
func shownConflicts(kf reports.KeyFigure) []reports.Figure {
	return kf.Conflicts[:min(len(kf.Conflicts), maxConflictsShown)]
}

// shortList is a list the document may shorten: the items it holds (less the values
// "Figures by year" tabulates) and the part it shows.
type shortList struct {
	total int
	// first is the first of the items and lastCut the last one left out, for the notice
	// that says what is not shown (zero values when nothing is cut).
	first, lastCut reports.Item
	shown          []reports.Item
}

// cut is how many items the document leaves out.
func (l shortList) cut() int { return l.total - len(l.shown) }

// noteList is the notes of one kind and the part the document shows.
type noteList struct {
	total int
	shown []reports.Note
}

// plan is what the document shows of the briefing.
type plan struct {
	keyFigures []reports.KeyFigure // those the key figures table shows
	recent     []reports.Item      // the recent developments listed
	sections   []shortList         // by index in Briefing.Sections
	timeline   shortList
	notes      map[reports.NoteKind]noteList
	// cited is true, by source number, for each source a footnote of the document points to;
	// the sources list shows those.
	cited      []bool
	citedCount int
}

// makePlan decides what the document shows; a brief shows at most keyFigures key figures
// and recent recent developments, and no sections, timeline or notes.
func (r *renderer) makePlan(keyFigures, recent int) plan {
	p := plan{
		keyFigures: r.shownKeyFigures(keyFigures),
		recent:     r.shownRecent(maxRecentShown),
		sections:   make([]shortList, len(r.b.Sections)),
		timeline:   r.shorten(len(r.b.Timeline), func(i int) *reports.Item { return &r.b.Timeline[i] }, r.o.MaxTimelineRows),
		notes:      make(map[reports.NoteKind]noteList),
		cited:      make([]bool, len(r.b.Sources)+1),
	}
	if r.o.Brief {
		p.recent = r.shownRecent(recent)
		p.sections = nil
		p.timeline = shortList{shown: []reports.Item{}}
		p.cite(r)
		return p
	}
	for i, s := range r.b.Sections {
		p.sections[i] = r.shorten(len(s.Items), func(i int) *reports.Item { return s.Items[i] }, r.o.MaxItemsPerSection)
	}
	for _, n := range r.b.Notes {
		l := p.notes[n.Kind]
		l.total++
		if len(l.shown) < r.o.MaxNotesPerKind {
			l.shown = append(l.shown, n)
		}
		p.notes[n.Kind] = l
	}
	p.cite(r)
	return p
}

// shorten keeps the most recent max of the items that "Figures by year" does not tabulate,
// of the count items that item gives (the timeline holds its items, a section points to
// the timeline's).
//
// It reads the items once, newest first, and asks once of each whether it is tabulated: a
// section of a million-record briefing has hundreds of thousands of items.
func (r *renderer) shorten(count int, item func(i int) *reports.Item, max int) shortList {
	var l shortList
	var newestFirst []reports.Item
	for i := count - 1; i >= 0; i-- {
		it := item(i)
		if r.tab.records[it.Record] {
			continue
		}
		l.total++
		switch {
		case l.total <= max:
			newestFirst = append(newestFirst, *it)
		case l.total == max+1:
			l.lastCut = *it
		}
		l.first = *it // the oldest so far
	}
	if l.total <= max {
		l.first = reports.Item{} // nothing is cut
	}
	slices.Reverse(newestFirst)
	l.shown = slices.Clip(newestFirst)
	if l.shown == nil {
		l.shown = []reports.Item{}
	}
	return l
}

// cite marks the sources the document's footnotes point to: those of the key figures, the
// tabulated values, the items and notes shown, and with the appendix every record's.
func (p *plan) cite(r *renderer) {
	if r.o.All { // the appendix cites every record, and the notes may cite others
		for n := range p.cited {
			p.cited[n] = n > 0
		}
		p.citedCount = len(r.b.Sources)
		return
	}
	mark := func(nums []int) {
		for _, n := range nums {
			if n > 0 && n < len(p.cited) && !p.cited[n] {
				p.cited[n] = true
				p.citedCount++
			}
		}
	}
	for _, m := range r.b.InBrief {
		mark(m.Sources)
	}
	for _, it := range p.recent {
		mark(it.Sources)
	}
	for _, a := range shownAhead(r.b) {
		mark(a.Sources)
	}
	for _, kf := range p.keyFigures {
		mark(kf.Latest.Sources)
		for _, f := range shownConflicts(kf) {
			mark(f.Sources)
		}
		if kf.Mirror != nil {
			mark(kf.Mirror.Sources)
		}
		if kf.Change != nil {
			mark(kf.Change.From.Sources)
		}
	}
	for _, s := range r.tab.series {
		for _, pt := range s.Points {
			mark(pt.Figure.Sources)
			for _, o := range pt.Others[:min(len(pt.Others), maxOthersShown)] {
				mark(o.Sources)
			}
		}
	}
	for _, l := range append([]shortList{p.timeline}, p.sections...) {
		for _, it := range l.shown {
			mark(it.Sources)
		}
	}
	for _, l := range p.notes {
		for _, n := range l.shown {
			if noteCitesInline(n) {
				mark(n.Sources)
			}
		}
	}
}
