package pdf

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"attache/reports/chart"
)

// chartHeight is the height of the trade chart in points.
const chartHeight = 250

// tradeChart draws the chart of trade by year, one line per reporter, as vector graphics.
func (r *renderer) tradeChart() {
	width := r.right - r.left
	c, err := chart.Trade(r.b, vg.Points(width), vg.Points(chartHeight))
	if err != nil {
		r.fail(err)
		return
	}
	if c == nil {
		return
	}
	caption := r.t("pdf.chart.caption")
	if notes := r.chartNotes(); notes != "" {
		caption += " " + notes
	}
	captionLines := r.ts.wrap(caption, &smallGrey, width)
	r.heading(r.t("pdf.chart.heading"), 0)
	r.need(chartHeight + linesHeight(len(captionLines), smallLeading) + 8)
	top := r.y
	if err := c.DrawPDF(r.f, r.left, top, r.chartText); err != nil {
		r.fail(err)
		return
	}
	r.afterGraphics()
	r.y = top + chartHeight + 6
	for _, l := range captionLines {
		r.drawLine(r.left, r.y+ascent(smallGrey.size), l)
		r.y += smallLeading
	}
	r.progress.step(1)
}

// chartNotes writes what the chart's values carry that a line cannot show: the caveats of
// its points and the years that other records state differently (drawn as open rings).
func (r *renderer) chartNotes() string {
	var notes []string
	conflicts := false
	for _, s := range r.b.Series {
		if !s.Headline {
			continue
		}
		for _, p := range s.Points {
			if c := r.b.Caveat(p.Figure.Record); c != "" {
				notes = append(notes, r.t("figures.caveat_at", r.l.Year(p.Year), seriesName(r, s), c))
			}
			conflicts = conflicts || len(p.Others) > 0
		}
	}
	if conflicts {
		notes = append([]string{r.t("chart.rings")}, notes...)
	}
	return strings.Join(notes, " ")
}

// chartText draws the chart's labels with the document's fonts, run by run like all text.
func (r *renderer) chartText(doc *fpdf.Fpdf, f font.Face, s string) {
	st := textStyle{size: f.Font.Size.Points(), bold: f.Font.Weight >= xfont.WeightBold, italic: f.Font.Style == xfont.StyleItalic}
	l := r.ts.line(s, &st)
	x := 0.0
	for _, rn := range l.runs {
		// Inside the chart's own graphics state a font choice does not outlive the label,
		// so every run selects its font again.
		r.fontValid = false
		r.useFont(rn.face, st.size)
		doc.Text(x, 0, rn.text)
		x += rn.width
	}
	r.fontValid = false
}

// afterGraphics tells fpdf again the state the chart's own graphics state has hidden.
func (r *renderer) afterGraphics() {
	r.fontValid = false
	r.f.SetDrawColor(inkColor.r, inkColor.g, inkColor.b)
	r.f.SetFillColor(whiteColor.r, whiteColor.g, whiteColor.b)
	r.f.SetTextColor(inkColor.r, inkColor.g, inkColor.b)
	r.f.SetLineWidth(0.6)
	r.f.SetDashPattern(nil, 0)
	r.f.SetLineJoinStyle("miter")
}
