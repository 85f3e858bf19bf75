package pdf

import (
	"slices"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// What a reader reads first: "In brief", "Recent developments" and "Dates ahead", right
// after the cover block; and the brief length (Options.Brief), at most two pages: the cover
// block, In brief, the key figures and recent developments that fit, the dates ahead and
// the sources they cite, and a line that says where the rest is.

// maxAheadShown bounds "Dates ahead"; the workbook's Briefing sheet lists more.
const maxAheadShown = 8

// maxRecentShown bounds "Recent developments" in the standard briefing; the sections and
// the timeline hold the rest.
const maxRecentShown = 12

// briefFits are the numbers of key figures and recent developments the brief length tries,
// most first, until the document fits on two pages.
var briefFits = []struct{ keyFigures, recent int }{{8, 6}, {6, 5}, {5, 4}, {4, 3}, {3, 2}, {2, 1}, {0, 0}}

// briefPages is the most pages the brief length takes.
const briefPages = 2

// inBrief draws the key messages, each with its sources.
func (r *renderer) inBrief() {
	if len(r.b.InBrief) == 0 {
		return
	}
	r.heading(r.t("pdf.brief.heading"), 0)
	width := r.right - r.left
	for _, m := range r.b.InBrief {
		r.bulleted(refs([]span{{m.Text, &bodyStyle}}, m.Sources), width, bodyLeading, 2)
	}
}

// recentDevelopments draws the items of the range's last 24 months, newest first.
func (r *renderer) recentDevelopments() {
	items := r.plan.recent
	if len(items) == 0 {
		return
	}
	r.heading(r.t("pdf.recent.heading"), 0)
	width := r.right - r.left
	for _, it := range items {
		spans := []span{{r.recordDate(it.Record) + " — ", &smallGrey}, {r.b.RecordTitle(it.Record), &smallStyle}}
		if it.Figure != nil {
			spans = append(spans, span{": " + r.figureLine(it.Figure), &smallStyle})
		}
		r.bulleted(refs(spans, it.Sources), width, listLeading, 2)
	}
	if cut := len(r.b.Recent) - len(items); cut > 0 {
		r.notice(r.n("pdf.recent.cut", cut, r.sheet("records")))
	}
}

// datesAhead draws the anniversaries and dated events of the year after the briefing.
func (r *renderer) datesAhead() {
	if len(r.b.DatesAhead) == 0 {
		return
	}
	r.heading(r.t("pdf.ahead.heading"), 0)
	width := r.right - r.left
	for _, a := range shownAhead(r.b) {
		day := words.Day(r.l, a.Day)
		r.bulleted(refs([]span{{day + " — ", &smallBoldStyle}, {a.Text, &smallStyle}}, a.Sources), width, listLeading, 2)
	}
	if cut := len(r.b.DatesAhead) - maxAheadShown; cut > 0 {
		r.notice(r.n("pdf.ahead.cut", cut, r.sheet("briefing")))
	}
}

// shownAhead returns the dates ahead the document lists.
func shownAhead(b *reports.Briefing) []reports.DateAhead {
	return b.DatesAhead[:min(len(b.DatesAhead), maxAheadShown)]
}

// briefClosing says, at the end of a brief, where the rest of the briefing is.
func (r *renderer) briefClosing() {
	if !r.o.Brief {
		return
	}
	r.space(8)
	r.paragraph([]span{{r.t("pdf.brief.rest", r.sheet("briefing")), &smallItalic}}, r.left, r.right-r.left, listLeading)
}

// bulleted draws one entry of a list: a bullet and its wrapped text, whose first keep lines
// (or all, when fewer) stay on one page.
func (r *renderer) bulleted(spans []span, width, leading float64, keep int) {
	size := spans[0].st.size
	lines := r.ts.wrapSpans(spans, width-bulletIndent)
	r.need(linesHeight(min(len(lines), keep), leading))
	r.drawLine(r.left+2, r.y+ascent(size), r.ts.line("•", spans[0].st))
	for j, l := range lines {
		if j > 0 {
			r.need(leading)
		}
		r.drawLine(r.left+bulletIndent, r.y+ascent(size), l)
		r.y += leading
	}
	r.y += 3
}

// shownKeyFigures returns the key figures the document's table shows: all of them, or in a
// brief the first max of them, those of a briefing's topics (trade, investment, presence)
// first.
func (r *renderer) shownKeyFigures(max int) []reports.KeyFigure {
	if !r.o.Brief {
		return r.b.KeyFigures
	}
	kfs := slices.Clone(r.b.KeyFigures)
	rank := func(kf reports.KeyFigure) int {
		if i := slices.Index(dataset.Topics, kf.Indicator.Topic); i >= 0 {
			return i
		}
		return len(dataset.Topics)
	}
	slices.SortStableFunc(kfs, func(x, y reports.KeyFigure) int { return rank(x) - rank(y) })
	return kfs[:min(len(kfs), max)]
}

// shownRecent returns the recent developments the document lists, at most max.
func (r *renderer) shownRecent(max int) []reports.Item {
	items := make([]reports.Item, 0, min(len(r.b.Recent), max))
	for _, it := range r.b.Recent[:min(len(r.b.Recent), max)] {
		items = append(items, *it)
	}
	return items
}
