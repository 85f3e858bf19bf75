package pdf

// column is one column of a table.
type column struct {
	title string
	width float64 // points; columns of width zero share what is left
	align byte    // 'L' or 'R'
}

// table draws rows under a header that repeats on every page the table runs onto. A row
// is never split across pages (unless it alone is taller than a page) and a header is
// never left alone at the bottom of a page.
type table struct {
	r       *renderer
	caption string // names the table above a repeated header: "Timeline (continued)"
	cols    []column
	head    [][]textLine // each column's title, wrapped to its width
	headH   float64
	rows    int
	open    bool // the header is on the current page
}

// Table geometry in points.
const (
	cellPadX = 4
	cellPadY = 3.2
)

func (r *renderer) newTable(caption string, cols []column) *table {
	t := &table{r: r, caption: caption, cols: append([]column(nil), cols...)}
	used, flexible := 0.0, 0
	for _, c := range cols {
		used += c.width
		if c.width == 0 {
			flexible++
		}
	}
	for i := range t.cols {
		if t.cols[i].width == 0 {
			t.cols[i].width = (r.right - r.left - used) / float64(flexible)
		}
	}
	t.head = make([][]textLine, len(t.cols))
	lines := 1
	for i, c := range t.cols {
		t.head[i] = r.ts.wrap(c.title, &tableHeadStyle, c.width-2*cellPadX)
		lines = max(lines, len(t.head[i]))
	}
	t.headH = linesHeight(lines, 9.2) + 2*cellPadY
	return t
}

// header draws the header row at the current position.
func (t *table) header() {
	r := t.r
	r.fillRect(r.left, r.y, r.right-r.left, t.headH, headFillColor)
	x := r.left
	for i, c := range t.cols {
		for j, l := range t.head[i] {
			r.drawAligned(x+cellPadX, r.y+cellPadY+ascent(tableHeadStyle.size)+float64(j)*9.2, c.width-2*cellPadX, l, c.align)
		}
		x += c.width
	}
	r.y += t.headH
	t.open = true
}

// continued draws, at the top of a new page, the caption and the header again.
func (t *table) continued() {
	r := t.r
	if t.caption != "" {
		r.drawLine(r.left, r.y+ascent(smallItalic.size), r.ts.line(r.t("pdf.table.continued", t.caption), &smallItalic))
		r.y += smallLeading + 2
	}
	t.header()
}

// row lays out and draws one row; each cell is a paragraph of spans (nil for empty).
func (t *table) row(cells ...[]span) {
	r := t.r
	laid := make([][]textLine, len(t.cols))
	n := 1
	for i, c := range t.cols {
		if i < len(cells) && len(cells[i]) > 0 {
			laid[i] = r.ts.wrapSpans(cells[i], c.width-2*cellPadX)
			n = max(n, len(laid[i]))
		}
	}
	h := linesHeight(n, smallLeading) + 2*cellPadY
	if !t.open {
		r.need(t.headH + h)
		t.header()
		r.continuation = t.continued
	} else if r.y+h > r.bottom {
		r.newPage()
	}
	t.drawRow(laid, n, h)
	t.rows++
}

// drawRow draws laid-out cells; a row taller than the room left on an empty page goes on
// over the next pages, the only case where a row is split.
func (t *table) drawRow(laid [][]textLine, n int, h float64) {
	r := t.r
	from := 0
	for from < n {
		fit := n - from
		if r.y+h > r.bottom {
			fit = max(1, int((r.bottom-r.y-2*cellPadY)/smallLeading))
			fit = min(fit, n-from)
		}
		rowH := linesHeight(fit, smallLeading) + 2*cellPadY
		if t.rows%2 == 1 {
			r.fillRect(r.left, r.y, r.right-r.left, rowH, zebraColor)
		}
		x := r.left
		for i, c := range t.cols {
			for j := from; j < from+fit && j < len(laid[i]); j++ {
				base := r.y + cellPadY + ascent(smallStyle.size) + float64(j-from)*smallLeading
				r.drawAligned(x+cellPadX, base, c.width-2*cellPadX, laid[i][j], c.align)
			}
			x += c.width
		}
		r.y += rowH
		from += fit
		if from < n {
			r.newPage()
			h = linesHeight(n-from, smallLeading) + 2*cellPadY
		}
	}
}

// end closes the table with a rule and stops repeating its header.
func (t *table) end() {
	r := t.r
	if t.open {
		r.f.SetDrawColor(ruleColor.r, ruleColor.g, ruleColor.b)
		r.f.SetLineWidth(0.6)
		r.f.Line(r.left, r.y, r.right, r.y)
		r.y += 2
	}
	r.continuation = nil
}

// cell is a one-style table cell.
func cell(s string, st *textStyle) []span {
	if s == "" {
		return nil
	}
	return []span{{s, st}}
}
