package app

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/dataset"
)

// previewPanel is the right panel: what the briefing will hold, updated as the selection
// changes — the count line, the key figure cards, the trade chart, the records and the
// record picked among them.
type previewPanel struct {
	summary *widget.Label
	inBrief inBriefView
	cards   keyFigureCards
	chart   chartView
	table   *recordsTable
	detail  recordDetail

	names    *recordNames
	current  *preview
	briefing *reports.Briefing // of current; nil while it is being built
}

func newPreviewPanel(tips *tipLayer) *previewPanel {
	p := &previewPanel{}
	p.table = newRecordsTable(p.onRecordSelected, tips)
	p.cards.tips = tips
	p.cards.onDetail = func(title, text string) {
		p.table.table.UnselectAll()
		p.detail.showText(title, text)
	}
	return p
}

// buildUI lays the panel out with status, the line about the exports, under the count line.
func (p *previewPanel) buildUI(status fyne.CanvasObject) fyne.CanvasObject {
	p.summary = &widget.Label{Text: lang.X("preview.reading", "Reading the dataset..."), TextStyle: fyne.TextStyle{Bold: true}}
	records := container.NewVSplit(p.table.buildUI(), p.detail.buildUI())
	records.Offset = 0.45 // the detail shows a summary and its sources without dragging the divider
	chart, noChart := p.chart.buildUI()
	// What the briefing says (In brief, the key figures, the chart) shares the height with the
	// records half and half, and scrolls within its half on a small screen, so that at
	// 1024×700 the records keep rows and the record picked its summary and sources.
	briefing := container.NewVScroll(container.NewBorder(
		container.NewVBox(p.inBrief.buildUI(), p.cards.buildUI(), noChart), nil, nil, nil, chart))
	body := container.NewVSplit(briefing, records)
	body.Offset = 0.42
	top := container.NewVBox(p.summary, status)
	return container.NewBorder(top, nil, nil, nil, body)
}

// show displays the records and counts of a new preview at once; the key figures, the chart
// and the source numbers stay as they were until showBriefing brings the new ones.
func (p *previewPanel) show(pv *preview, names *recordNames) {
	p.current, p.names, p.briefing = pv, names, nil
	p.summary.SetText(pv.summary(nil))
	p.table.show(pv.records, names)
	p.detail.clear()
}

// showBriefing completes the preview with the briefing built for it and its chart (nil
// when there is nothing to chart).
func (p *previewPanel) showBriefing(b *reports.Briefing, chart image.Image) {
	p.briefing = b
	p.summary.SetText(p.current.summary(b))
	p.inBrief.show(b)
	p.cards.show(b)
	p.chart.show(chart)
	p.table.cite(b.Citations)
}

func (p *previewPanel) onRecordSelected(r *dataset.Record) {
	var citations map[string]int
	if p.briefing != nil {
		citations = p.briefing.Citations
	}
	p.detail.show(p.names, citations, r)
}
