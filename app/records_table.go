package app

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/dataset"
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

// recordNames resolves the ids a record holds to the names the table and the detail show.
type recordNames struct {
	sectors   map[string]string // sector id → name
	units     map[string]string // indicator id → unit
	sources   map[string]*dataset.Source
	countries map[string]string // code → name
}

func newRecordNames(d *dataset.Dataset) *recordNames {
	n := &recordNames{
		sectors:   make(map[string]string, len(d.Sectors)),
		units:     make(map[string]string, len(d.Indicators)),
		sources:   make(map[string]*dataset.Source, len(d.Sources)),
		countries: make(map[string]string, len(d.Countries)),
	}
	for _, s := range d.Sectors {
		n.sectors[s.ID] = s.Name
	}
	for _, i := range d.Indicators {
		n.units[i.ID] = i.Unit
	}
	for i := range d.Sources {
		n.sources[d.Sources[i].ID] = &d.Sources[i]
	}
	for _, c := range d.Countries {
		n.countries[c.Code] = c.Name
	}
	return n
}

// recordsTable lists the matching records. widget.Table is virtual: it makes widgets for
// the rows on screen only and asks for their text as they scroll into view, so a selection
// of 100,000 records costs one slice, not 100,000 rows of widgets.
type recordsTable struct {
	onSelected func(*dataset.Record) // nil when the selection was cleared

	table       *widget.Table
	names       *recordNames
	citations   map[string]int  // source id → citation number; nil until the briefing is built
	records     reports.Matches // oldest first, as the briefing orders them
	newestFirst bool
}

func newRecordsTable(onSelected func(*dataset.Record)) *recordsTable {
	return &recordsTable{onSelected: onSelected}
}

func (t *recordsTable) buildUI() fyne.CanvasObject {
	t.table = &widget.Table{
		Length:        func() (int, int) { return t.records.Len(), columnCount },
		CreateCell:    func() fyne.CanvasObject { return &widget.Label{Truncation: fyne.TextTruncateEllipsis} },
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
func (t *recordsTable) show(records reports.Matches, names *recordNames) {
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
	label := o.(*widget.Label)
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
		return kindName(r.Kind)
	case colSectors:
		names := make([]string, len(r.Sectors))
		for i, id := range r.Sectors {
			names[i] = cmp.Or(n.sectors[id], id)
		}
		return strings.Join(names, ", ")
	case colTitle:
		return r.Title
	case colValue:
		return valueText(n, r)
	case colSources:
		return sourcesText(n, citations, r)
	}
	return ""
}

// kindName names the kind of one record, as reports.KindName does in English.
func kindName(k dataset.Kind) string {
	switch k {
	case dataset.Event:
		return lang.X("kind.event", "Event")
	case dataset.Agreement:
		return lang.X("kind.agreement", "Agreement")
	case dataset.Statement:
		return lang.X("kind.statement", "Statement")
	case dataset.Measure:
		return lang.X("kind.figure", "Figure")
	}
	return string(k)
}

// valueText writes an indicator record's value with its qualifier and unit.
func valueText(n *recordNames, r *dataset.Record) string {
	if r.Value == nil {
		return ""
	}
	return reports.ValueText(appDocumentLang(), *r.Value, r.Qualifier, n.units[r.Indicator])
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
