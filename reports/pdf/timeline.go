package pdf

import (
	"fmt"

	"attache/reports"
)

// timeline draws the dated items in one table, oldest first. The values that "Figures by
// year" tabulates are not repeated, and a long timeline shows its most recent rows; the
// document says both.
func (r *renderer) timeline() {
	items := r.timelineItems()
	left := len(r.b.Timeline) - len(items)
	if len(items) == 0 && left == 0 {
		return
	}
	shown := items
	if len(items) > r.o.MaxTimelineRows {
		shown = items[len(items)-r.o.MaxTimelineRows:]
	}
	r.heading("Timeline", 0)
	if left > 0 {
		r.lead([]span{{fmt.Sprintf("The %s that Figures by year tabulates are not repeated here.",
			plural(left, "yearly value", "yearly values")), &smallGrey}}, 5)
	}
	if cut := len(items) - len(shown); cut > 0 {
		r.cutNotice(fmt.Sprintf("Showing the %d most recent of %d items; %s from %s to %s %s not listed here.",
			len(shown), len(items), plural(cut, "earlier item", "earlier items"),
			recordDate(items[0].Record), recordDate(items[cut-1].Record), isAre(cut)))
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
			cell(kindText(rec.Kind), &smallGrey),
			cell(r.sectorNames(rec.Sectors), &smallGrey),
			what,
		)
		if !r.tick() {
			return
		}
	}
	t.end()
}

// timelineItems are the timeline's items less the values "Figures by year" tabulates.
func (r *renderer) timelineItems() []reports.Item {
	return r.untabulated(r.b.Timeline)
}

// untabulated returns the items whose values "Figures by year" does not hold.
func (r *renderer) untabulated(items []reports.Item) []reports.Item {
	if len(r.tab.records) == 0 {
		return items
	}
	out := make([]reports.Item, 0, len(items))
	for _, it := range items {
		if !r.tab.records[it.Record] {
			out = append(out, it)
		}
	}
	return out
}
