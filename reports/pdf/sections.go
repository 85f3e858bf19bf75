package pdf

import (
	"attache/reports"
	"attache/reports/words"
)

// Section item geometry in points: the date column and the gap after each item.
const (
	dateColumn = 92
	itemGap    = 7
)

// sections draws one section per sector: its records in date order, each with its date,
// kind, title, summary, figure and footnote numbers.
func (r *renderer) sections() {
	if len(r.b.Sections) == 0 {
		return
	}
	r.heading(r.t("pdf.sections.heading"), 0)
	for i, s := range r.b.Sections {
		r.section(s, r.plan.sections[i])
		if r.failure() != nil {
			return
		}
	}
}

func (r *renderer) section(s reports.Section, l shortList) {
	tabulated := len(s.Items) - l.total
	r.heading(r.b.SectorName(s.Sector.ID), 1)
	if s.Sector.Description != "" {
		r.lead([]span{{s.Sector.Description, &smallItalic}}, 3)
	}
	figures := r.t("pdf.figures.heading")
	if l.total == 0 {
		r.lead([]span{{r.n("pdf.sections.all_tabulated", tabulated, figures), &smallGrey}}, 4)
		return
	}
	if tabulated > 0 {
		r.lead([]span{{r.n("pdf.sections.tabulated", tabulated, figures), &smallGrey}}, 4)
	}
	if cut := l.cut(); cut > 0 {
		r.cutNotice(r.n("pdf.sections.cut", cut, r.l.Int(len(l.shown)), r.l.Int(l.total),
			r.recordDate(l.first.Record), r.recordDate(l.lastCut.Record)))
	}
	for _, it := range l.shown {
		r.drawItem(r.itemBlock(it))
		if !r.tick() {
			return
		}
	}
}

// capitalize upper-cases the first letter of an ASCII sentence start.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// cutNotice says, in the flag colour, that a list of records is shortened and where the
// rest is.
func (r *renderer) cutNotice(text string) {
	if r.o.All {
		text += " " + r.t("pdf.cut.with_appendix", r.sheet("records"))
	} else {
		text += " " + r.t("pdf.cut.without_appendix", r.sheet("records"))
	}
	r.notice(text)
}

// notice draws a remark in the flag colour, kept with what follows it.
func (r *renderer) notice(text string) {
	width := r.right - r.left
	lines := r.ts.wrap(text, &smallFlag, width-12)
	h := linesHeight(len(lines), smallLeading) + 8
	r.keepWithNext(h+6, func() {
		r.fillRect(r.left, r.y, width, h, noticeFillColor)
		r.fillRect(r.left, r.y, 2, h, flagColor)
		y := r.y + 4
		for _, l := range lines {
			r.drawLine(r.left+8, y+ascent(smallFlag.size), l)
			y += smallLeading
		}
		r.y += h + 6
	})
}

// itemBlock is an item laid out and measured, ready to be kept on one page.
type itemBlock struct {
	date   []textLine
	kind   textLine
	body   []textLine
	height float64
}

func (r *renderer) itemBlock(it reports.Item) itemBlock {
	rec := it.Record
	textW := r.right - r.left - dateColumn
	var b itemBlock
	b.date = r.ts.wrap(r.recordDate(rec), &smallBoldStyle, dateColumn-10)
	b.kind = r.ts.line(words.Kind(r.l, rec.Kind, 1), &smallGrey)
	body := refs([]span{{r.b.RecordTitle(rec), &bodyBoldStyle}}, it.Sources)
	if summary := r.b.RecordSummary(rec); summary != "" {
		body = append(body, span{"\n" + summary, &bodyStyle})
	}
	if it.Figure != nil {
		body = append(body, span{"\n" + r.figureLine(it.Figure), &bodyItalic})
	}
	b.body = r.ts.wrapSpans(body, textW)
	left := linesHeight(len(b.date), smallLeading) + smallLeading
	b.height = max(left, linesHeight(len(b.body), bodyLeading)) + itemGap
	return b
}

// drawItem draws an item block, on the next page when it does not fit on this one.
func (r *renderer) drawItem(b itemBlock) {
	r.need(b.height)
	y := r.y
	for _, l := range b.date {
		r.drawLine(r.left, y+ascent(bodyStyle.size), l)
		y += smallLeading
	}
	r.drawLine(r.left, y+ascent(bodyStyle.size), b.kind)
	x := r.left + dateColumn
	end := r.y + b.height - itemGap
	y = r.y
	for _, l := range b.body {
		if y+bodyLeading > r.bottom { // an item taller than a page goes on over the next
			r.newPage()
			y, end = r.y, r.y
		}
		r.drawLine(x, y+ascent(bodyStyle.size), l)
		y += bodyLeading
	}
	r.y = max(y, end) + itemGap
}
