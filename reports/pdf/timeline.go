package pdf

import (
	"fmt"

	"attache/reports"
)

// timeline draws the dated items in one table, oldest first. The values that "Figures by
// year" tabulates are not repeated, and a long timeline shows its most recent rows; the
// document says both.
func (r *renderer) timeline() {
	l := r.plan.timeline
	left := len(r.b.Timeline) - l.total
	if l.total == 0 && left == 0 {
		return
	}
	shown := l.shown
	r.heading("Timeline", 0)
	if left > 0 {
		r.lead([]span{{fmt.Sprintf("The %s that Figures by year tabulates are not repeated here.",
			plural(left, "yearly value", "yearly values")), &smallGrey}}, 5)
	}
	if cut := l.cut(); cut > 0 {
		r.cutNotice(fmt.Sprintf("Showing the %d most recent of %d items; %s from %s to %s %s not listed here.",
			len(shown), l.total, plural(cut, "earlier item", "earlier items"),
			recordDate(l.first.Record), recordDate(l.lastCut.Record), isAre(cut)))
	}
	if len(shown) == 0 {
		return
	}
	t := r.newTable("Timeline", []column{
		{title: "Date", width: 74},
		{title: "Kind", width: 54},
		{title: "Sectors", width: 96},
		{title: "What happened"},
	})
	for _, it := range shown {
		rec := it.Record
		what := refs([]span{{rec.Title, &smallStyle}}, it.Sources)
		if it.Figure != nil {
			what = append(what, span{"\n" + r.figureLine(it.Figure), &smallItalic})
		}
		t.row(
			cell(recordDate(rec), &smallStyle),
			cell(reports.KindName(rec.Kind), &smallGrey),
			cell(r.sectorNames(rec.Sectors), &smallGrey),
			what,
		)
		if !r.tick() {
			return
		}
	}
	t.end()
}
