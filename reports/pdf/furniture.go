package pdf

import (
	"strconv"
	"strings"
)

// pageFurniture draws, once every page exists, the running header (title and period,
// from the second page on), the classification at the top and bottom of every page,
// and the footer with the dataset and "Page X of Y". Drawing it last, with the page count
// known, puts real digits in the text instead of an alias that the font subset may lack.
func (r *renderer) pageFurniture() {
	c := r.b.Cover
	total := r.f.PageCount()
	width := r.right - r.left
	footLeft := r.t("pdf.footer.generated", r.generatedDate())
	if id := strings.TrimSpace(c.Dataset.ID + " " + c.Dataset.Version); id != "" {
		footLeft = r.t("pdf.footer.dataset", id, r.generatedDate())
	}
	// Everything but the page number is the same on every page: lay it out once.
	class := r.ts.fit(c.Classification, &classStyle, width)
	period := r.ts.fit(c.PeriodText(), &furnitureStyle, width*0.35)
	title := r.ts.fit(c.Title, &furnitureStyle, width-period.width-24)
	for page := 1; page <= total; page++ {
		r.f.SetPage(page)
		r.fontValid = false // the page's own content stream holds its last font, not ours
		r.f.SetDrawColor(ruleColor.r, ruleColor.g, ruleColor.b)
		r.f.SetLineWidth(0.5)
		if c.Classification != "" {
			r.drawAligned(r.left, 24, width, class, 'C')
			r.drawAligned(r.left, r.pageH-14, width, class, 'C')
		}
		if page > 1 {
			r.drawLine(r.left, headerLine-6, title)
			r.drawAligned(r.left, headerLine-6, width, period, 'R')
			r.f.Line(r.left, headerLine, r.right, headerLine)
		}
		footY := r.pageH - footerLine
		r.f.Line(r.left, footY, r.right, footY)
		pageText := r.ts.line(r.t("pdf.footer.page", strconv.Itoa(page), strconv.Itoa(total)), &furnitureStyle)
		r.drawAligned(r.left, footY+11, width, pageText, 'R')
		r.drawLine(r.left, footY+11, r.ts.fit(footLeft, &furnitureStyle, width-pageText.width-24))
	}
	r.f.SetPage(total)
}
