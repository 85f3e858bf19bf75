package pdf

import "attache/reports/words"

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
	heading := r.t("pdf.timeline.heading")
	r.heading(heading, 0)
	if left > 0 {
		r.lead([]span{{r.n("pdf.timeline.tabulated", left, r.t("pdf.figures.heading")), &smallGrey}}, 5)
	}
	if cut := l.cut(); cut > 0 {
		r.cutNotice(r.n("pdf.timeline.cut", cut, r.l.Int(len(shown)), r.l.Int(l.total),
			r.recordDate(l.first.Record), r.recordDate(l.lastCut.Record)))
	}
	if len(shown) == 0 {
		return
	}
	t := r.newTable(heading, []column{
		{title: r.t("pdf.column.date"), width: 74},
		{title: r.t("pdf.column.kind"), width: 54},
		{title: r.t("pdf.column.sectors"), width: 96},
		{title: r.t("pdf.column.what")},
	})
	for _, it := range shown {
		rec := it.Record
		what := refs([]span{{r.b.RecordTitle(rec), &smallStyle}}, it.Sources)
		if it.Figure != nil {
			what = append(what, span{"\n" + r.figureLine(it.Figure), &smallItalic})
		}
		t.row(
			cell(r.recordDate(rec), &smallStyle),
			cell(words.Kind(r.l, rec.Kind, 1), &smallGrey),
			cell(r.sectorNames(rec.Sectors), &smallGrey),
			what,
		)
		if !r.tick() {
			return
		}
	}
	t.end()
}
