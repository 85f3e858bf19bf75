package app

import (
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/dataset"
)

// wholeYear is the month picker's choice for a range end given as a year alone: from
// January, or to December.
const wholeYear = "whole year"

var monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// kindLabels names the kinds of record as the checklist shows them, in dataset.Kinds order.
var kindLabels = map[dataset.Kind]string{
	dataset.Event:     "Events",
	dataset.Agreement: "Agreements",
	dataset.Statement: "Statements",
	dataset.Measure:   "Figures",
}

// selectionPanel is the left panel: the sector checklist with counts, the range and the
// kinds. It reports every change of the user's choice to onChanged.
type selectionPanel struct {
	onChanged func(choice)

	span    dataSpan
	sectors []dataset.Sector

	sectorChecks []*widget.Check
	sectorList   *fyne.Container
	allButton    *widget.Button
	noneButton   *widget.Button
	fromYear     *widget.Select
	fromMonth    *widget.Select
	toYear       *widget.Select
	toMonth      *widget.Select
	spanNote     *widget.Label
	kindChecks   []*widget.Check // in dataset.Kinds order
	search       *widget.Entry

	quiet bool // set while the panel sets its own widgets, so that only the user's changes count
}

func newSelectionPanel(onChanged func(choice)) *selectionPanel {
	return &selectionPanel{onChanged: onChanged}
}

func (p *selectionPanel) buildUI() fyne.CanvasObject {
	p.sectorList = container.NewVBox()
	p.allButton = &widget.Button{Text: "All", OnTapped: p.onAll}
	p.noneButton = &widget.Button{Text: "None", OnTapped: p.onNone}
	p.fromYear = &widget.Select{PlaceHolder: "year", OnChanged: p.onFromYear}
	p.fromMonth = &widget.Select{PlaceHolder: wholeYear, OnChanged: p.onMonth}
	p.toYear = &widget.Select{PlaceHolder: "year", OnChanged: p.onToYear}
	p.toMonth = &widget.Select{PlaceHolder: wholeYear, OnChanged: p.onMonth}
	p.spanNote = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	p.kindChecks = make([]*widget.Check, len(dataset.Kinds))
	kinds := container.NewGridWithColumns(2)
	for i, k := range dataset.Kinds {
		p.kindChecks[i] = &widget.Check{Text: kindLabels[k], OnChanged: p.onToggled}
		kinds.Add(p.kindChecks[i])
	}
	p.search = &widget.Entry{PlaceHolder: "Search titles and summaries", OnChanged: p.onSearch}

	sectorsHead := container.NewBorder(nil, nil, heading("Sectors"),
		container.NewHBox(p.allButton, p.noneButton))
	rangeForm := container.New(layout.NewFormLayout(),
		widget.NewLabel("From"), container.NewGridWithColumns(2, p.fromYear, p.fromMonth),
		widget.NewLabel("To"), container.NewGridWithColumns(2, p.toYear, p.toMonth),
	)
	bottom := container.NewVBox(
		widget.NewSeparator(),
		heading("Period"), rangeForm, p.spanNote,
		widget.NewSeparator(),
		heading("Kinds of record"), kinds,
		widget.NewSeparator(),
		p.search,
	)
	return container.NewBorder(sectorsHead, bottom, nil, nil, container.NewVScroll(p.sectorList))
}

// showDataset rebuilds the checklist and the year pickers for d and shows c.
func (p *selectionPanel) showDataset(d *dataset.Dataset, span dataSpan, c choice) {
	p.span, p.sectors = span, d.Sectors
	p.sectorChecks = make([]*widget.Check, len(d.Sectors))
	objects := make([]fyne.CanvasObject, len(d.Sectors))
	for i, s := range d.Sectors {
		check := &widget.Check{Text: s.Name, OnChanged: p.onToggled}
		p.sectorChecks[i], objects[i] = check, check
	}
	p.sectorList.Objects = objects
	p.sectorList.Refresh()

	var years []string
	if span.First != 0 {
		for y := span.First.Year(); y <= span.Last.Year(); y++ {
			years = append(years, strconv.Itoa(y))
		}
		p.spanNote.SetText(fmt.Sprintf("The data run from %s to %s.", span.First, span.Last))
	} else {
		p.spanNote.SetText("The dataset holds no records.")
	}
	p.quietly(func() {
		p.fromYear.SetOptions(years)
		p.toYear.SetOptions(years)
	})
	p.showChoice(c)
}

// showChoice sets every widget to c without reporting a change.
func (p *selectionPanel) showChoice(c choice) {
	p.quietly(func() {
		for i, s := range p.sectors {
			p.sectorChecks[i].SetChecked(slices.Contains(c.Sectors, s.ID))
		}
		p.showDate(p.fromYear, p.fromMonth, c.From)
		p.showDate(p.toYear, p.toMonth, c.To)
		for i, k := range dataset.Kinds {
			p.kindChecks[i].SetChecked(slices.Contains(c.Kinds, k))
		}
		p.search.SetText(c.Text)
	})
}

func (p *selectionPanel) showDate(year, month *widget.Select, d dataset.Date) {
	if d.IsZero() {
		year.ClearSelected()
	} else {
		year.SetSelected(strconv.Itoa(d.Y))
	}
	month.SetOptions(p.monthOptions(d.Y))
	if d.Precision >= dataset.Month {
		month.SetSelected(monthNames[d.M-1])
	} else {
		month.SetSelected(wholeYear)
	}
}

// monthOptions lists the months of year that the data reach, after "whole year".
func (p *selectionPanel) monthOptions(year int) []string {
	first, last := 1, 12
	if p.span.First != 0 && year == p.span.First.Year() {
		first = p.span.First.Month()
	}
	if p.span.Last != 0 && year == p.span.Last.Year() {
		last = p.span.Last.Month()
	}
	opts := []string{wholeYear}
	for m := first; m <= last; m++ {
		opts = append(opts, monthNames[m-1])
	}
	return opts
}

// showCounts writes beside each sector how many records match it with the rest of the
// choice.
func (p *selectionPanel) showCounts(counts map[string]int) {
	for i, s := range p.sectors {
		p.sectorChecks[i].SetText(fmt.Sprintf("%s (%s)", s.Name, reports.FormatNumber(float64(counts[s.ID]))))
	}
}

// read returns what the widgets show.
func (p *selectionPanel) read() choice {
	var c choice
	for i, s := range p.sectors {
		if p.sectorChecks[i].Checked {
			c.Sectors = append(c.Sectors, s.ID)
		}
	}
	c.From = readDate(p.fromYear, p.fromMonth)
	c.To = readDate(p.toYear, p.toMonth)
	for i, k := range dataset.Kinds {
		if p.kindChecks[i].Checked {
			c.Kinds = append(c.Kinds, k)
		}
	}
	c.Text = p.search.Text
	return c
}

func readDate(year, month *widget.Select) dataset.Date {
	y, err := strconv.Atoi(year.Selected)
	if err != nil {
		return dataset.Date{}
	}
	if m := slices.Index(monthNames, month.Selected); m >= 0 {
		return dataset.Date{Y: y, M: m + 1, Precision: dataset.Month}
	}
	return dataset.Date{Y: y, Precision: dataset.Year}
}

func (p *selectionPanel) quietly(f func()) {
	was := p.quiet
	p.quiet = true
	defer func() { p.quiet = was }()
	f()
}

func (p *selectionPanel) changed() {
	if !p.quiet && p.onChanged != nil {
		p.onChanged(p.read())
	}
}

func (p *selectionPanel) onToggled(bool) { p.changed() }

func (p *selectionPanel) onSearch(string) { p.changed() }

func (p *selectionPanel) onMonth(string) { p.changed() }

func (p *selectionPanel) onFromYear(string) { p.onYear(p.fromYear, p.fromMonth) }

func (p *selectionPanel) onToYear(string) { p.onYear(p.toYear, p.toMonth) }

// onYear offers the months the data reach in the new year, keeping the month picked when
// the data reach it.
func (p *selectionPanel) onYear(year, month *widget.Select) {
	if p.quiet {
		return
	}
	y, _ := strconv.Atoi(year.Selected)
	opts := p.monthOptions(y)
	p.quietly(func() {
		keep := month.Selected
		month.SetOptions(opts)
		if !slices.Contains(opts, keep) {
			keep = wholeYear
		}
		month.SetSelected(keep)
	})
	p.changed()
}

func (p *selectionPanel) onAll() { p.setAllSectors(true) }

func (p *selectionPanel) onNone() { p.setAllSectors(false) }

func (p *selectionPanel) setAllSectors(on bool) {
	p.quietly(func() {
		for _, check := range p.sectorChecks {
			check.SetChecked(on)
		}
	})
	p.changed()
}

// heading is a bold label that opens a group of the panel.
func heading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}}
}
