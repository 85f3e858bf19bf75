package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
	"attache/reports/words"
)

// wholeYear is the month picker's choice for a range end given as a year alone: from
// January, or to December.
func wholeYear() string { return lang.X("period.whole.year", "whole year") }

// monthNames are the month picker's short names of the months, January first. The picker
// reads its choice back by them, so they are taken once per panel, in the language it is
// built in.
func monthNames() []string {
	return []string{
		lang.X("month.jan", "Jan"), lang.X("month.feb", "Feb"), lang.X("month.mar", "Mar"),
		lang.X("month.apr", "Apr"), lang.X("month.may", "May"), lang.X("month.jun", "Jun"),
		lang.X("month.jul", "Jul"), lang.X("month.aug", "Aug"), lang.X("month.sep", "Sep"),
		lang.X("month.oct", "Oct"), lang.X("month.nov", "Nov"), lang.X("month.dec", "Dec"),
	}
}

// kindLabel names a kind of record as the checklist shows it: the plural the documents use.
func kindLabel(k dataset.Kind) string { return words.Kind(appDocumentLang(), k, 2) }

// sectorName is a sector's name in the app's language, marked as English when the dataset
// does not translate it.
func sectorName(s *dataset.Sector) string {
	l := appDocumentLang()
	text, ok := s.NameIn(l.String())
	return words.Marked(l, text, ok)
}

// selectionPanel is the left panel: the sector checklist with counts, the range and the
// kinds. It reports every change of the user's choice to onChanged.
type selectionPanel struct {
	onChanged func(choice)
	keys      *dialogKeys // the year lists' Escape
	tips      *tipLayer
	presets   presetPicker
	missing   *widget.Label // the sectors a selection named that the dataset lacks; hidden when none

	span        dataSpan
	sectors     []dataset.Sector
	sectorNames []string // in the panel's language, in sectors' order

	months    []string // the month picker's names of the months, in the panel's language
	wholeYear string   // the month picker's choice of no month

	sectorChecks []*widget.Check
	sectorList   *fyne.Container
	sectorScroll *container.Scroll
	allButton    *widget.Button
	noneButton   *widget.Button
	fromYear     *yearSelect
	fromMonth    *widget.Select
	toYear       *yearSelect
	toMonth      *widget.Select
	spanNote     *widget.Label
	kindChecks   []*widget.Check // in dataset.Kinds order
	search       *widget.Entry

	quiet bool // set while the panel sets its own widgets, so that only the user's changes count
}

func newSelectionPanel(onChanged func(choice), keys *dialogKeys, tips *tipLayer) *selectionPanel {
	return &selectionPanel{onChanged: onChanged, keys: keys, tips: tips, months: monthNames(), wholeYear: wholeYear()}
}

func (p *selectionPanel) buildUI() fyne.CanvasObject {
	p.sectorList = container.NewVBox()
	p.allButton = &widget.Button{Text: lang.X("sectors.all", "All"), OnTapped: p.onAll}
	p.noneButton = &widget.Button{Text: lang.X("sectors.none", "None"), OnTapped: p.onNone}
	year := lang.X("period.year", "year")
	p.fromYear = newYearSelect(year, p.onFromYear, p.keys)
	p.fromMonth = &widget.Select{PlaceHolder: p.wholeYear, OnChanged: p.onMonth}
	p.toYear = newYearSelect(year, p.onToYear, p.keys)
	p.toMonth = &widget.Select{PlaceHolder: p.wholeYear, OnChanged: p.onMonth}
	p.spanNote = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	p.kindChecks = make([]*widget.Check, len(dataset.Kinds))
	kinds := container.NewGridWithColumns(2)
	for i, k := range dataset.Kinds {
		p.kindChecks[i] = &widget.Check{Text: kindLabel(k), OnChanged: p.onToggled}
		kinds.Add(p.kindChecks[i])
	}
	p.search = &widget.Entry{PlaceHolder: lang.X("search.placeholder", "Search titles and summaries"), OnChanged: p.onSearch}

	p.missing = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	p.missing.Hide()
	sectorsHead := container.NewVBox(p.presets.buildUI(p.tips), p.missing,
		container.NewBorder(nil, nil, heading(lang.X("heading.sectors", "Sectors")), container.NewHBox(p.allButton, p.noneButton)))
	rangeForm := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.X("period.from", "From")), container.NewGridWithColumns(2, p.fromYear, p.fromMonth),
		widget.NewLabel(lang.X("period.to", "To")), container.NewGridWithColumns(2, p.toYear, p.toMonth),
	)
	bottom := container.NewVBox(
		widget.NewSeparator(),
		heading(lang.X("heading.period", "Period")), rangeForm, p.buildPeriodPresets(), secondary(p.spanNote),
		widget.NewSeparator(),
		heading(lang.X("heading.kinds", "Kinds of record")), kinds,
		widget.NewSeparator(),
		p.search,
	)
	p.sectorScroll = container.NewVScroll(p.sectorList)
	return container.NewBorder(sectorsHead, bottom, nil, nil, p.sectorScroll)
}

// showDataset rebuilds the checklist and the year pickers for d and shows c.
func (p *selectionPanel) showDataset(d *dataset.Dataset, span dataSpan, c choice) {
	p.span, p.sectors = span, d.Sectors
	p.sectorChecks = make([]*widget.Check, len(d.Sectors))
	p.sectorNames = make([]string, len(d.Sectors))
	objects := make([]fyne.CanvasObject, len(d.Sectors))
	for i := range d.Sectors {
		p.sectorNames[i] = sectorName(&d.Sectors[i])
		check := &focusCheck{onFocus: p.showSector}
		check.Text, check.OnChanged = p.sectorNames[i], p.onToggled
		check.ExtendBaseWidget(check)
		p.sectorChecks[i], objects[i] = &check.Check, check
	}
	p.sectorList.Objects = objects
	p.sectorList.Refresh()

	var years []string
	if span.First != 0 {
		for y := span.First.Year(); y <= span.Last.Year(); y++ {
			years = append(years, strconv.Itoa(y))
		}
		p.spanNote.SetText(lang.X("period.span", "The data run from {{.First}} to {{.Last}}.",
			map[string]any{"First": span.First.String(), "Last": span.Last.String()}))
	} else {
		p.spanNote.SetText(lang.X("period.no.records", "The dataset holds no records."))
	}
	p.quietly(func() {
		p.fromYear.SetOptions(years)
		p.toYear.SetOptions(years)
	})
	p.showChoice(c)
}

// showPresets lists the presets, showing selected ("" for none).
func (p *selectionPanel) showPresets(presets []preset, selected string) {
	p.presets.show(presets, selected)
}

// showMissing says which sectors a selection named that the dataset in use lacks, and that
// they were left out; nothing when ids is empty.
func (p *selectionPanel) showMissing(ids []string) {
	if len(ids) == 0 {
		p.missing.Hide()
		return
	}
	p.missing.SetText(lang.XN("selection.missing", "The selection names {{.Count}} sectors this dataset lacks ({{.Sectors}}); they are left out.",
		len(ids), map[string]any{"Count": len(ids), "Sectors": strings.Join(ids, ", ")}))
	p.missing.Show()
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

func (p *selectionPanel) showDate(year *yearSelect, month *widget.Select, d dataset.Date) {
	if d.IsZero() {
		year.ClearSelected()
	} else {
		year.SetSelected(strconv.Itoa(d.Y))
	}
	month.SetOptions(p.monthOptions(d.Y))
	if d.Precision >= dataset.Month {
		month.SetSelected(p.months[d.M-1])
	} else {
		month.SetSelected(p.wholeYear)
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
	opts := []string{p.wholeYear}
	for m := first; m <= last; m++ {
		opts = append(opts, p.months[m-1])
	}
	return opts
}

// showCounts writes beside each sector how many records match it with the rest of the
// choice.
func (p *selectionPanel) showCounts(counts map[string]int) {
	for i, s := range p.sectors {
		p.sectorChecks[i].SetText(fmt.Sprintf("%s (%s)", p.sectorNames[i], words.Number(float64(counts[s.ID]))))
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
	c.From = p.readDate(p.fromYear, p.fromMonth)
	c.To = p.readDate(p.toYear, p.toMonth)
	for i, k := range dataset.Kinds {
		if p.kindChecks[i].Checked {
			c.Kinds = append(c.Kinds, k)
		}
	}
	c.Text = p.search.Text
	return c
}

func (p *selectionPanel) readDate(year *yearSelect, month *widget.Select) dataset.Date {
	y, err := strconv.Atoi(year.Selected)
	if err != nil {
		return dataset.Date{}
	}
	if m := slices.Index(p.months, month.Selected); m >= 0 {
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
func (p *selectionPanel) onYear(year *yearSelect, month *widget.Select) {
	if p.quiet {
		return
	}
	y, _ := strconv.Atoi(year.Selected)
	opts := p.monthOptions(y)
	p.quietly(func() {
		keep := month.Selected
		month.SetOptions(opts)
		if !slices.Contains(opts, keep) {
			keep = p.wholeYear
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

// focusCheck is a sector's box that reports when Tab gives it the keys.
type focusCheck struct {
	widget.Check
	onFocus func(fyne.CanvasObject)
}

// FocusGained shows the box, then says it has the keys.
func (c *focusCheck) FocusGained() {
	c.Check.FocusGained()
	if c.onFocus != nil {
		c.onFocus(c)
	}
}

// showSector scrolls the checklist so that the sector box o is in view: Tab moves the keys
// down a list longer than its room, and a box out of view would take them unseen.
func (p *selectionPanel) showSector(o fyne.CanvasObject) {
	top, bottom := o.Position().Y, o.Position().Y+o.Size().Height
	view := p.sectorScroll.Size().Height
	switch off := p.sectorScroll.Offset.Y; {
	case top < off:
		p.sectorScroll.ScrollToOffset(fyne.NewPos(0, top))
	case bottom > off+view:
		p.sectorScroll.ScrollToOffset(fyne.NewPos(0, bottom-view))
	}
}
