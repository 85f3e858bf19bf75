package app

import (
	"context"
	"fmt"
	"image"

	"fyne.io/fyne/v2/lang"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// preview is what the window shows at once for one choice: the matching records, the counts
// beside the sectors, and why nothing can be exported if so. It holds no widget. The key
// figures, the chart and the source numbers follow from the briefing (previewBriefing).
type preview struct {
	choice  choice
	records selection.Matches // in the briefing's order
	counts  map[string]int    // matching records per sector, each sector taken alone
	sectors int               // chosen sectors with matching records: the briefing's sections
	blocker string            // why nothing can be exported; "" when something can
}

// buildPreview is the work done on the UI thread on every change of the selection;
// BenchmarkPreview times it.
func buildPreview(x *previewIndex, c choice) *preview {
	p := &preview{choice: c, counts: map[string]int{}}
	if sel, ok := c.selection(); ok {
		p.records, p.counts = x.Match(sel)
	} else if len(c.Kinds) > 0 && !c.inverted() {
		sel.Sectors = nil // no sector ticked: the counts beside the sectors still show
		_, p.counts = x.Match(sel)
	}
	for _, id := range c.Sectors {
		if p.counts[id] > 0 {
			p.sectors++
		}
	}
	p.blocker = c.blocker(p.records.Len())
	return p
}

// summary is the line that says what the briefing will hold: "42 records, 3 sectors, 17
// sources"; b is the briefing once built, nil before.
func (p *preview) summary(b *reports.Briefing) string {
	sources := lang.X("preview.counting.sources", "counting sources...")
	if b != nil {
		sources = sourceCount(len(b.Sources))
	}
	return lang.X("preview.summary", "The briefing will hold {{.Records}}, {{.Sectors}}, {{.Sources}}.", map[string]any{
		"Records": recordCount(p.records.Len()), "Sectors": sectorCount(p.sectors), "Sources": sources})
}

// previewBriefing builds the briefing of a choice as the exports will, and draws its trade
// chart (nil when there is nothing to chart). It runs off the UI thread.
func previewBriefing(ctx context.Context, d *dataset.Dataset, c choice) (*reports.Briefing, image.Image, error) {
	sel, ok := c.selection()
	if !ok {
		return &reports.Briefing{}, nil, nil // nothing is selected; the blocker says why
	}
	b, err := reports.Build(ctx, d, sel, reports.Options{Lang: appDocumentLang()})
	if err != nil {
		return nil, nil, fmt.Errorf("building the briefing: %w", err)
	}
	img, err := renderChart(b)
	if err != nil {
		return b, nil, fmt.Errorf("drawing the trade chart: %w", err)
	}
	return b, img, nil
}
