package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
)

// Number formats. Dates show at their own precision so that a year stays a year.
const (
	formatYear     = "yyyy"
	formatMonth    = "yyyy-mm"
	formatDay      = "yyyy-mm-dd"
	formatDateTime = "yyyy-mm-dd hh:mm:ss"
	formatText     = 49 // Excel's built-in "@": the cell holds text, also after editing
)

// styles holds the workbook's style ids.
type styles struct {
	title    int
	label    int
	plain    int // the column style of sheets with wrapped text: top-aligned
	header   int
	tallHead int // a header that wraps, for narrow columns under long names
	wrap     int
	indented int // text right after a right-aligned number, kept apart from it
	text     int // guarded text: the "@" format keeps it text when a user edits the cell
	textWrap int // guarded text in a wrapped column
	link     int
	datetime int
	date     map[dataset.Precision]int
	numbers  numberStyles
}

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{date: make(map[dataset.Precision]int), numbers: newNumberStyles(f)}
	var err error
	// Every style aligns to the top: in a row grown for wrapped text, a cell beside it reads
	// from the row's first line.
	add := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		if st.Alignment == nil {
			st.Alignment = &excelize.Alignment{}
		}
		st.Alignment.Vertical = "top"
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	custom := func(format string) *excelize.Style { return &excelize.Style{CustomNumFmt: &format} }
	wrap := func() *excelize.Alignment { return &excelize.Alignment{WrapText: true} }
	header := func(align *excelize.Alignment) *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}},
			Alignment: align,
		}
	}
	s.title = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	s.plain = add(&excelize.Style{})
	s.label = add(&excelize.Style{Font: &excelize.Font{Bold: true}})
	s.header = add(header(nil))
	s.tallHead = add(header(wrap()))
	s.indented = add(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1}})
	s.wrap = add(&excelize.Style{Alignment: wrap()})
	s.text = add(&excelize.Style{NumFmt: formatText})
	s.textWrap = add(&excelize.Style{NumFmt: formatText, Alignment: wrap()})
	s.link = add(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}})
	s.datetime = add(custom(formatDateTime))
	s.date[dataset.Year] = add(custom(formatYear))
	s.date[dataset.Month] = add(custom(formatMonth))
	s.date[dataset.DayPrecision] = add(custom(formatDay))
	if err != nil {
		return nil, fmt.Errorf("workbook styles: %w", err)
	}
	return s, nil
}
