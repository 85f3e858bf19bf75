package xlsx

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// sheetRows collects the rows of a sheet of bounded size before it is written, so that its
// used range is known first. Text goes through workbook.text as it is added.
type sheetRows struct {
	w     *workbook
	sheet string
	rows  [][]any
	cols  int
	// spans are the merged cells: row index → first column → last column, 0-based.
	spans map[int]map[int]int
}

func (w *workbook) newRows(sheet string) *sheetRows { return &sheetRows{w: w, sheet: sheet} }

// add appends a row; nil leaves a cell empty.
func (s *sheetRows) add(values ...any) {
	row := len(s.rows) + 1
	out := make([]any, len(values))
	for i, v := range values {
		switch x := v.(type) {
		case string:
			out[i] = s.w.text(s.sheet, i+1, row, "", "", x, 0)
		case excelize.Cell:
			if str, ok := x.Value.(string); ok {
				out[i] = s.w.text(s.sheet, i+1, row, "", "", str, x.StyleID)
			} else {
				out[i] = x
			}
		default:
			out[i] = v
		}
		if out[i] != nil {
			s.cols = max(s.cols, i+1)
		}
	}
	s.rows = append(s.rows, out)
}

// addSpanned appends a row whose cells at the keys of merges are merged with the cells to
// their right up to the values (0-based columns); the cells they cover are nil or empty.
func (s *sheetRows) addSpanned(merges map[int]int, values ...any) {
	if len(merges) > 0 {
		if s.spans == nil {
			s.spans = map[int]map[int]int{}
		}
		s.spans[len(s.rows)] = merges
	}
	s.add(values...)
}

// blank appends an empty row.
func (s *sheetRows) blank() { s.rows = append(s.rows, nil) }

// row returns the number the next added row will have.
func (s *sheetRows) row() int { return len(s.rows) + 1 }

// usedRange is the sheet's dimension: A1 to the last row and column that hold a value.
func (s *sheetRows) usedRange() string {
	last := len(s.rows)
	for last > 0 && empty(s.rows[last-1]) {
		last--
	}
	if last == 0 || s.cols == 0 {
		return "A1"
	}
	return "A1:" + cellName(s.cols, last)
}

func empty(row []any) bool {
	for _, v := range row {
		if v != nil {
			return false
		}
	}
	return true
}

// Row heights, in points.
const (
	lineHeight    = 15.0  // a line of text in the default font, also in a wrapped header
	maxRowHeight  = 409.0 // Excel's limit
	charsPerWidth = 1.15  // text characters per unit of column width (a unit is one digit '0')
)

// rowHeight returns the height a row needs for its wrapped text to show whole, or 0 for
// the default height. Spreadsheets do not grow a streamed row to fit its text on opening, so
// the height is estimated from the text's length and the column's width.
func (w *workbook) rowHeight(row []any, widths []float64) float64 {
	return w.spannedRowHeight(row, widths, nil)
}

// spannedRowHeight is rowHeight for a row some of whose cells are merged with the cells to
// their right (first column → last column, 0-based): such a cell wraps in their widths.
func (w *workbook) spannedRowHeight(row []any, widths []float64, spans map[int]int) float64 {
	lines := 1
	for i, v := range row {
		c, ok := v.(excelize.Cell)
		text, isText := c.Value.(string)
		if !ok || !isText || (c.StyleID != w.st.wrap && c.StyleID != w.st.textWrap && c.StyleID != w.st.tallHead) || i >= len(widths) {
			continue
		}
		width := widths[i]
		for j := i + 1; j <= spans[i] && j < len(widths); j++ {
			width += widths[j]
		}
		perLine := max(1, int(width*charsPerWidth))
		n := 0
		for paragraph := range strings.SplitSeq(text, "\n") {
			n += max(1, (utf8.RuneCountInString(paragraph)+perLine-1)/perLine)
		}
		lines = max(lines, n)
	}
	if lines == 1 {
		return 0
	}
	return min(maxRowHeight, float64(lines)*lineHeight)
}

// layout is how a sheet is laid out besides its cells.
type layout struct {
	widths       []float64 // from column A on
	freezeHeader bool      // keep row 1 in view when scrolling, and print it on every page
	fitWidth     bool      // print the sheet one page wide
	portrait     bool      // print upright; landscape otherwise
	wrapped      bool      // rows grow for wrapped text: align every column to the top
}

// fitHeaders widens the columns whose header would not fit, so that no header is cut.
func fitHeaders(widths []float64, headers []string) []float64 {
	out := make([]float64, max(len(widths), len(headers)))
	copy(out, widths)
	for i, h := range headers {
		out[i] = max(out[i], float64(len([]rune(h)))+2)
	}
	return out
}

// freezeRow1 freezes the first row, as Excel does with View > Freeze Top Row.
var freezeRow1 = &excelize.Panes{
	Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
	Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
}

// stream writes the rows with a stream writer.
func (w *workbook) stream(s *sheetRows, l layout) error {
	fail := func(err error) error { return fmt.Errorf("workbook: sheet %s: %w", s.sheet, err) }
	sw, err := w.startStream(s.sheet, s.usedRange(), l)
	if err != nil {
		return fail(err)
	}
	for i, row := range s.rows {
		if i%ctxCheckRows == 0 {
			if err := w.ctx.Err(); err != nil {
				return fail(err)
			}
		}
		if empty(row) {
			continue
		}
		if err := sw.SetRow("A"+strconv.Itoa(i+1), row, excelize.RowOpts{Height: w.spannedRowHeight(row, l.widths, s.spans[i])}); err != nil {
			return fail(err)
		}
		for _, first := range slices.Sorted(maps.Keys(s.spans[i])) { // in order: the same bytes every time
			if err := sw.MergeCell(cellName(first+1, i+1), cellName(s.spans[i][first]+1, i+1)); err != nil {
				return fail(err)
			}
		}
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// startStream opens a stream writer on a sheet whose used range is known. The dimension,
// page setup, widths and panes all go in before the first row: the stream writer copies the
// sheet's head as it is when it starts (and would otherwise ship the placeholder
// dimension A1) and takes widths and panes only before any row.
func (w *workbook) startStream(sheet, usedRange string, l layout) (*excelize.StreamWriter, error) {
	if err := w.f.SetSheetDimension(sheet, usedRange); err != nil {
		return nil, err
	}
	if err := w.pageSetup(sheet, l); err != nil {
		return nil, err
	}
	sw, err := w.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	if err := w.streamLayout(sw, l); err != nil {
		return nil, err
	}
	return sw, nil
}

// streamLayout sets widths and panes, which a stream writer takes only before its first row.
func (w *workbook) streamLayout(sw *excelize.StreamWriter, l layout) error {
	for i, width := range l.widths {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if l.wrapped && len(l.widths) > 0 {
		if err := sw.SetColStyle(1, len(l.widths), w.st.plain); err != nil {
			return err
		}
	}
	if l.freezeHeader {
		return sw.SetPanes(freezeRow1)
	}
	return nil
}

// place writes the rows cell by cell, for the sheets that need what a stream writer cannot
// give (hyperlinks, charts); they are small.
func (w *workbook) place(s *sheetRows, l layout) error {
	fail := func(err error) error { return fmt.Errorf("workbook: sheet %s: %w", s.sheet, err) }
	if err := w.pageSetup(s.sheet, l); err != nil {
		return fail(err)
	}
	for i, width := range l.widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := w.f.SetColWidth(s.sheet, col, col, width); err != nil {
			return fail(err)
		}
		if l.wrapped {
			if err := w.f.SetColStyle(s.sheet, col, w.st.plain); err != nil {
				return fail(err)
			}
		}
	}
	if l.freezeHeader {
		if err := w.f.SetPanes(s.sheet, freezeRow1); err != nil {
			return fail(err)
		}
	}
	for i, row := range s.rows {
		if h := w.rowHeight(row, l.widths); h > 0 {
			if err := w.f.SetRowHeight(s.sheet, i+1, h); err != nil {
				return fail(err)
			}
		}
		for j, v := range row {
			if v == nil {
				continue
			}
			ref := cellName(j+1, i+1)
			style := 0
			if c, ok := v.(excelize.Cell); ok {
				v, style = c.Value, c.StyleID
			}
			if err := w.f.SetCellValue(s.sheet, ref, v); err != nil {
				return fail(err)
			}
			if style != 0 {
				if err := w.f.SetCellStyle(s.sheet, ref, ref, style); err != nil {
					return fail(err)
				}
			}
		}
	}
	if err := w.f.SetSheetDimension(s.sheet, s.usedRange()); err != nil { // excelize leaves A1
		return fail(err)
	}
	return nil
}
