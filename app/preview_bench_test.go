package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// previewBenchRecords is the size of the synthetic dataset the preview is timed on.
const previewBenchRecords = 100_000

// benchChoices are the selection changes timed: the whole dataset, a narrower choice, and a
// search through every title and summary.
func benchChoices(d *dataset.Dataset) map[string]choice {
	all := defaultChoice(d, spanOf(d))
	narrow := all
	narrow.Sectors = narrow.Sectors[:3]
	narrow.From = dataset.Date{Y: 2010, Precision: dataset.Year}
	narrow.To = dataset.Date{Y: 2015, M: 6, Precision: dataset.Month}
	search := all
	search.Text = "협정" // "agreement", in titles that mix scripts
	return map[string]choice{"every sector and year": all, "three sectors, 2010 to 2015-06": narrow,
		"every sector, searching": search}
}

// BenchmarkPreview times what a change of the selection costs before the window shows it:
// the preview model, that is the matching records and the sector counts (buildPreview). The
// target is one frame, 16 ms, on 100,000 records.
func BenchmarkPreview(b *testing.B) {
	d := synthetic.Generate(previewBenchRecords, 1)
	x := newPreviewIndex(d)
	for name, c := range benchChoices(d) {
		b.Run(name, func(b *testing.B) {
			buildPreview(x, c) // the first search lower-cases every text once; time the later ones
			var rows int
			for b.Loop() {
				rows = buildPreview(x, c).records.Len()
			}
			b.ReportMetric(float64(rows), "records")
		})
	}
}

// BenchmarkPreviewIndex times indexing a dataset, done once when it is opened.
func BenchmarkPreviewIndex(b *testing.B) {
	d := synthetic.Generate(previewBenchRecords, 1)
	for b.Loop() {
		newPreviewIndex(d)
	}
}

// BenchmarkPreviewBriefing times what follows the model off the UI thread: the briefing
// (reports.Build, as the exports build it) and the trade chart, for the key figure cards and
// the chart. The dataset is validated first, as every dataset the window opens is, so that
// Build finds its references resolved.
func BenchmarkPreviewBriefing(b *testing.B) {
	d := synthetic.Generate(previewBenchRecords, 1)
	if err := dataset.Validate(d, "synthetic"); err != nil {
		b.Fatal(err)
	}
	for name, c := range benchChoices(d) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := previewBriefing(context.Background(), d, c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTableIsVirtual shows a large selection and checks that the table holds the records in
// a slice and makes widgets for the rows on screen only.
func TestTableIsVirtual(t *testing.T) {
	tu := newTestUI(t, nil)
	d := synthetic.Generate(20_000, 1)
	tu.setDataset(newPreviewIndex(d), "synthetic", defaultChoice(d, spanOf(d)))
	tu.settle()
	if got := tu.rows(); got != len(d.Records) {
		t.Fatalf("table rows = %d, want %d", got, len(d.Records))
	}
	tu.win.Show()
	labels := 0
	var count func(o fyne.CanvasObject)
	count = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label, *tipLabel:
			labels++
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(o).Objects() {
				count(child)
			}
		case *fyne.Container:
			for _, child := range o.Objects {
				count(child)
			}
		}
	}
	count(tu.preview.table.table)
	if labels == 0 || labels > 60*columnCount {
		t.Errorf("the table laid out %d labels for %d rows; want only the rows on screen", labels, len(d.Records))
	}
	t.Logf("%d records, %d cell labels laid out", len(d.Records), labels)
}
