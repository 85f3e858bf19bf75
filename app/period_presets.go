package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
)

// periodPreset is a range the panel sets in one tap: the last years of the data, or all of
// it (years 0).
type periodPreset struct {
	label string
	years int
}

func periodPresets() []periodPreset {
	return []periodPreset{
		{lang.X("period.last.5", "Last 5 years"), 5},
		{lang.X("period.last.10", "Last 10 years"), 10},
		{lang.X("period.whole", "Whole range"), 0},
	}
}

// presetRange is the range of a preset over the data's span: whole years, ending with the
// last year of the data; zero dates when the dataset has no records.
func presetRange(span dataSpan, years int) (from, to dataset.Date) {
	if span.First == 0 {
		return dataset.Date{}, dataset.Date{}
	}
	first, last := span.First.Year(), span.Last.Year()
	if years > 0 {
		first = max(first, last-years+1)
	}
	return dataset.Date{Y: first, Precision: dataset.Year}, dataset.Date{Y: last, Precision: dataset.Year}
}

// buildPeriodPresets is the row of range buttons under the pickers.
func (p *selectionPanel) buildPeriodPresets() fyne.CanvasObject {
	row := container.NewGridWithColumns(3)
	for _, pr := range periodPresets() {
		row.Add(&widget.Button{Text: pr.label, Importance: widget.LowImportance, OnTapped: func() { p.onPeriodPreset(pr.years) }})
	}
	return row
}

// onPeriodPreset sets the range of a preset and reports the change once.
func (p *selectionPanel) onPeriodPreset(years int) {
	from, to := presetRange(p.span, years)
	p.quietly(func() {
		p.showDate(p.fromYear, p.fromMonth, from)
		p.showDate(p.toYear, p.toMonth, to)
	})
	p.changed()
}
