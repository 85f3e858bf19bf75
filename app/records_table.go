package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/selection"
	"attache/reports/words"
)

// The columns of the records table.
const (
	colDate = iota
	colKind
	colSectors
	colTitle
	colValue
	colSources
	columnCount
)

// columnTitle is the header of a column of the records table.
func columnTitle(col int) string {
	switch col {
	case colDate:
		return lang.X("column.date", "Date")
	case colKind:
		return lang.X("column.kind", "Kind")
	case colSectors:
		return lang.X("column.sectors", "Sectors")
	case colTitle:
		return lang.X("column.title", "Title")
	case colValue:
		return lang.X("column.value", "Value")
	case colSources:
		return lang.X("column.sources", "Sources")
	}
	return ""
}

var columnWidths = [columnCount]float32{104, 100, 150, 320, 160, 380}

// datasetNames finds the sectors, indicators, sources and countries that a dataset's
// records name by id. It is built once per dataset (previewIndex).
type datasetNames struct {
	sectors    map[string]*dataset.Sector
	indicators map[string]*dataset.Indicator
	sources    map[string]*dataset.Source
	countries  map[string]dataset.Country
}

func newDatasetNames(d *dataset.Dataset) *datasetNames {
	n := &datasetNames{
		sectors:    make(map[string]*dataset.Sector, len(d.Sectors)),
		indicators: make(map[string]*dataset.Indicator, len(d.Indicators)),
		sources:    make(map[string]*dataset.Source, len(d.Sources)),
		countries:  make(map[string]dataset.Country, len(d.Countries)),
	}
	for i := range d.Sectors {
		n.sectors[d.Sectors[i].ID] = &d.Sectors[i]
	}
	for i := range d.Indicators {
		n.indicators[d.Indicators[i].ID] = &d.Indicators[i]
	}
	for i := range d.Sources {
		n.sources[d.Sources[i].ID] = &d.Sources[i]
	}
	for _, c := range d.Countries {
		n.countries[c.Code] = c
	}
	return n
}

// recordNames writes what a record holds as the table and the detail show it, in one
// language: the dataset's translation, or its English text marked as English
// (reports.Marked), as the documents do. The texts are looked up as rows are shown, so a
// change of language costs nothing until then.
type recordNames struct {
	*datasetNames
	lang i18n.Lang
}

// marked is text, marked as English when it is not translated (ok false).
func (n *recordNames) marked(text string, ok bool) string { return words.Marked(n.lang, text, ok) }

func (n *recordNames) title(r *dataset.Record) string {
	return n.marked(r.TitleIn(n.lang.String()))
}

func (n *recordNames) summary(r *dataset.Record) string {
	return n.marked(r.SummaryIn(n.lang.String()))
}

func (n *recordNames) caveat(r *dataset.Record) string {
	return n.marked(r.CaveatIn(n.lang.String()))
}

// sector names a sector by id; an unknown id is its own name.
func (n *recordNames) sector(id string) string {
	s := n.sectors[id]
	if s == nil {
		return id
	}
	return n.marked(s.NameIn(n.lang.String()))
}

// unit is the unit of an indicator, unmarked: a unit is too short to carry a marker.
func (n *recordNames) unit(indicator string) string {
	ind := n.indicators[indicator]
	if ind == nil {
		return ""
	}
	text, _ := ind.UnitIn(n.lang.String())
	return text
}

// country names a country by code; an unknown code is its own name.
func (n *recordNames) country(code string) string {
	c, ok := n.countries[code]
	if !ok {
		return code
	}
	return n.marked(c.NameIn(n.lang.String()))
}

// recordsTable lists the matching records. widget.Table is virtual: it makes widgets for
// the rows on screen only and asks for their text as they scroll into view, so a selection
// of 100,000 records costs one slice, not 100,000 rows of widgets.
type recordsTable struct {
	onSelected func(*dataset.Record) // nil when the selection was cleared

	table       *widget.Table
	tips        *tipLayer // shows a cut-short cell whole
	names       *recordNames
	citations   map[string]int    // source id → citation number; nil until the briefing is built
	records     selection.Matches // oldest first, as the briefing orders them
	newestFirst bool
}

func newRecordsTable(onSelected func(*dataset.Record), tips *tipLayer) *recordsTable {
	return &recordsTable{onSelected: onSelected, tips: tips}
}

func (t *recordsTable) buildUI() fyne.CanvasObject {
	t.table = &widget.Table{
		Length:        func() (int, int) { return t.records.Len(), columnCount },
		CreateCell:    func() fyne.CanvasObject { return newTipLabel(t.tips) },
		UpdateCell:    t.updateCell,
		OnSelected:    t.onCellSelected,
		ShowHeaderRow: true,
		CreateHeader: func() fyne.CanvasObject {
			return &widget.Button{Importance: widget.LowImportance, Alignment: widget.ButtonAlignLeading}
		},
		UpdateHeader: t.updateHeader,
	}
	t.table.ExtendBaseWidget(t.table)
	for col, w := range columnWidths {
		t.table.SetColumnWidth(col, w)
	}
	return t.table
}

// show lists records, keeping the chosen order; the citation numbers follow with cite.
func (t *recordsTable) show(records selection.Matches, names *recordNames) {
	t.records, t.names, t.citations = records, names, nil
	t.table.UnselectAll()
	t.table.ScrollToTop()
	t.table.Refresh()
}

// cite numbers the sources as the briefing does.
func (t *recordsTable) cite(citations map[string]int) {
	t.citations = citations
	t.table.Refresh()
}

// record returns the record on a row, in the order shown.
func (t *recordsTable) record(row int) *dataset.Record {
	n := t.records.Len()
	if row < 0 || row >= n {
		return nil
	}
	if t.newestFirst {
		return t.records.At(n - 1 - row)
	}
	return t.records.At(row)
}

func (t *recordsTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	label := o.(*tipLabel)
	r := t.record(id.Row)
	if r == nil {
		label.SetText("")
		return
	}
	label.SetText(cellText(t.names, t.citations, r, id.Col))
}

func (t *recordsTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= columnCount {
		b.SetText("")
		b.OnTapped = nil
		return
	}
	text := columnTitle(id.Col)
	b.OnTapped = nil
	if id.Col == colDate {
		if t.newestFirst {
			text += " ▼"
		} else {
			text += " ▲"
		}
		b.OnTapped = t.onSortByDate
	}
	b.SetText(text)
}

// onSortByDate turns the order of the rows around.
func (t *recordsTable) onSortByDate() {
	t.newestFirst = !t.newestFirst
	t.table.UnselectAll()
	t.table.Refresh()
}

func (t *recordsTable) onCellSelected(id widget.TableCellID) {
	if t.onSelected != nil {
		t.onSelected(t.record(id.Row))
	}
}

// cellText is what one cell of the table says about r. Without citations (the briefing is
// still being built) the sources column gives titles alone.
func cellText(n *recordNames, citations map[string]int, r *dataset.Record, col int) string {
	switch col {
	case colDate:
		text := r.Date.String()
		if r.End != nil {
			text += " – " + r.End.String()
		}
		return text
	case colKind:
		return words.Kind(n.lang, r.Kind, 1)
	case colSectors:
		names := make([]string, len(r.Sectors))
		for i, id := range r.Sectors {
			names[i] = n.sector(id)
		}
		return strings.Join(names, ", ")
	case colTitle:
		return n.title(r)
	case colValue:
		return valueText(n, r)
	case colSources:
		return sourcesText(n, citations, r)
	}
	return ""
}

// valueText writes an indicator record's value with its qualifier and unit.
func valueText(n *recordNames, r *dataset.Record) string {
	if r.Value == nil {
		return ""
	}
	return words.Value(n.lang, *r.Value, r.Qualifier, n.unit(r.Indicator))
}

// sourcesText gives the citation numbers of r's sources, when known, and the title of the
// first one: "[3, 7] 연합뉴스: …".
func sourcesText(n *recordNames, citations map[string]int, r *dataset.Record) string {
	if len(r.Sources) == 0 {
		return ""
	}
	var sb strings.Builder
	if citations != nil {
		sb.WriteByte('[')
		for i, id := range r.Sources {
			if i > 0 {
				sb.WriteString(", ")
			}
			if num, ok := citations[id]; ok {
				sb.WriteString(strconv.Itoa(num))
			} else {
				sb.WriteString(id)
			}
		}
		sb.WriteString("] ")
	}
	if s := n.sources[r.Sources[0]]; s != nil {
		sb.WriteString(s.Title)
	} else {
		sb.WriteString(r.Sources[0])
	}
	if citations == nil && len(r.Sources) > 1 {
		fmt.Fprintf(&sb, " (+%d)", len(r.Sources)-1)
	}
	return sb.String()
}
