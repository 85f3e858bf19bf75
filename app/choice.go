package app

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"attache/reports/dataset"
	"attache/reports/selection"
)

// choice is what the user picked in the selection panel. It differs from a
// selection.Selection in one way: it can hold no sector or no kind at all, which selects
// nothing (see selection).
//
// A choice is never changed in place: the panel reads a new one at every change and fit
// makes new slices, so the window, a background preview and an export can share one.
type choice struct {
	Sectors  []string
	From, To dataset.Date // year or month precision; zero for an open end
	Kinds    []dataset.Kind
	Text     string
}

// dataSpan is the first and last day that a dataset's records cover.
type dataSpan struct {
	First, Last dataset.Day
}

// spanOf returns the days d's records cover; zero for a dataset without records.
func spanOf(d *dataset.Dataset) dataSpan {
	first, last := selection.DatasetSpan(d)
	return dataSpan{First: first, Last: last}
}

// defaultChoice is every sector and kind over the whole span of the data.
func defaultChoice(d *dataset.Dataset, span dataSpan) choice {
	c := choice{Sectors: selection.AllSectors(d), Kinds: slices.Clone(dataset.Kinds)}
	if span.First != 0 {
		c.From = dataset.Date{Y: span.First.Year(), Precision: dataset.Year}
		c.To = dataset.Date{Y: span.Last.Year(), Precision: dataset.Year}
	}
	return c
}

// fit adapts a choice made on another dataset (or remembered from the last run) to d:
// sectors d does not have are dropped, the range is kept within the span of d's data and
// at most month precision, and a range that ends before it starts becomes the whole span.
func (c choice) fit(d *dataset.Dataset, span dataSpan) choice {
	out := choice{Text: c.Text}
	for _, id := range selection.AllSectors(d) {
		if slices.Contains(c.Sectors, id) {
			out.Sectors = append(out.Sectors, id)
		}
	}
	for _, k := range dataset.Kinds {
		if slices.Contains(c.Kinds, k) {
			out.Kinds = append(out.Kinds, k)
		}
	}
	whole := defaultChoice(d, span)
	out.From, out.To = whole.From, whole.To
	if span.First == 0 {
		return out
	}
	if !c.From.IsZero() {
		out.From = clampDate(c.From, span)
	}
	if !c.To.IsZero() {
		out.To = clampDate(c.To, span)
	}
	if first, _ := out.From.Span(); first > lastDay(out.To) {
		out.From, out.To = whole.From, whole.To
	}
	return out
}

// missingSectors are the sectors c names that d lacks, in c's order: a remembered or preset
// selection made on another dataset. fit leaves them out; the panel says so.
func missingSectors(c choice, d *dataset.Dataset) []string {
	have := selection.AllSectors(d)
	var out []string
	for _, id := range c.Sectors {
		if !slices.Contains(have, id) {
			out = append(out, id)
		}
	}
	return out
}

func lastDay(d dataset.Date) dataset.Day {
	_, last := d.Span()
	return last
}

// clampDate keeps d within the years and months of span, at year or month precision.
func clampDate(d dataset.Date, span dataSpan) dataset.Date {
	if d.Precision == dataset.DayPrecision {
		d = dataset.Date{Y: d.Y, M: d.M, Precision: dataset.Month}
	}
	firstY, lastY := span.First.Year(), span.Last.Year()
	firstM, lastM := span.First.Month(), span.Last.Month()
	switch {
	case d.Y < firstY:
		return dataset.Date{Y: firstY, Precision: dataset.Year}
	case d.Y > lastY:
		return dataset.Date{Y: lastY, Precision: dataset.Year}
	case d.Precision == dataset.Month && d.Y == firstY && d.M < firstM:
		d.M = firstM
	case d.Precision == dataset.Month && d.Y == lastY && d.M > lastM:
		d.M = lastM
	}
	return d
}

// selection turns the choice into what reports selects with; ok is false when the choice
// selects nothing at all (no sector or no kind ticked, or a range that ends before it
// starts), which a selection.Selection cannot say: its empty lists select every sector and
// kind.
func (c choice) selection() (s selection.Selection, ok bool) {
	s = selection.Selection{Sectors: c.Sectors, From: c.From, To: c.To, Kinds: c.Kinds, Text: c.Text}
	return s, len(c.Sectors) > 0 && len(c.Kinds) > 0 && !c.inverted()
}

// blocker says, in plain words, why there is nothing to export; "" when there is.
func (c choice) blocker(matching int) string {
	switch {
	case len(c.Sectors) == 0:
		return lang.X("blocker.no.sector", "Nothing to export: tick at least one sector.")
	case len(c.Kinds) == 0:
		return lang.X("blocker.no.kind", "Nothing to export: tick at least one kind of record.")
	case c.inverted():
		return lang.X("blocker.inverted", "Nothing to export: the range ends ({{.To}}) before it starts ({{.From}}).",
			map[string]any{"From": c.From.String(), "To": c.To.String()})
	case matching == 0:
		return lang.X("blocker.no.match", "Nothing to export: no record matches. Widen the range, tick more sectors or kinds, or clear the search.")
	}
	return ""
}

// inverted reports a range that ends before it starts.
func (c choice) inverted() bool {
	return !c.From.IsZero() && !c.To.IsZero() && lastDay(c.To) < firstDay(c.From)
}

func firstDay(d dataset.Date) dataset.Day {
	first, _ := d.Span()
	return first
}
