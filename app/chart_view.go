package app

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/plot/vg"

	"attache/reports"
	"attache/reports/chart"
)

// The trade chart's size as the preview draws it: the PDF's chart, rasterised, wider to
// suit the window.
const (
	chartWidth  = 7 * vg.Inch
	chartHeight = 2.1 * vg.Inch
	chartDPI    = 136
)

// chartView shows the trade chart, the same gonum/plot chart the PDF draws. Without trade
// figures the chart gives its room to the records and a note says why it is gone.
type chartView struct {
	image *canvas.Image
	note  *widget.Label
}

// buildUI returns the chart and the note that stands in for it.
func (c *chartView) buildUI() (chart, note fyne.CanvasObject) {
	c.image = &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}
	c.image.SetMinSize(fyne.NewSize(460, 120)) // low enough that the records keep rows on a screen of 700 pixels
	c.note = &widget.Label{Text: lang.X("preview.no.chart", "No trade chart: this selection holds no trade figures."), Importance: widget.LowImportance}
	c.note.Hide()
	return c.image, secondary(c.note)
}

// show displays img, or the note when img is nil.
func (c *chartView) show(img image.Image) {
	c.image.Image = img
	if img == nil {
		c.image.Hide()
		c.note.Show()
		return
	}
	c.note.Hide()
	c.image.Show()
	c.image.Refresh()
}

// renderChart draws b's trade chart for the preview; nil without error when b has no trade
// figures to chart.
func renderChart(b *reports.Briefing) (image.Image, error) {
	c, err := chart.Trade(b, chartWidth, chartHeight)
	if err != nil || c == nil {
		return nil, err
	}
	return c.Image(chartDPI)
}
