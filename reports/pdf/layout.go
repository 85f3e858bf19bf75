package pdf

// Colours of the document: dark ink for text, a navy for headings and rules, greys for
// what is secondary, an amber for what a reader must not miss (conflicts, cut lists).
var (
	inkColor        = rgb{33, 37, 41}
	navyColor       = rgb{22, 52, 96}
	greyColor       = rgb{96, 103, 112}
	ruleColor       = rgb{196, 203, 212}
	zebraColor      = rgb{244, 246, 249}
	headFillColor   = rgb{226, 233, 243}
	flagColor       = rgb{168, 84, 0}
	noticeFillColor = rgb{253, 246, 236}
	alertColor      = rgb{150, 20, 30}
	whiteColor      = rgb{255, 255, 255}
	linkColor       = rgb{40, 80, 140}
)

// Text styles. Sizes are in points; footnote numbers sit raised and small.
var (
	bodyStyle      = textStyle{size: 9.5, color: inkColor}
	bodyBoldStyle  = textStyle{size: 9.5, bold: true, color: inkColor}
	bodyItalic     = textStyle{size: 9.5, italic: true, color: greyColor}
	smallStyle     = textStyle{size: 8, color: inkColor}
	smallBoldStyle = textStyle{size: 8, bold: true, color: inkColor}
	smallGrey      = textStyle{size: 8, color: greyColor}
	smallItalic    = textStyle{size: 8, italic: true, color: greyColor}
	smallFlag      = textStyle{size: 8, bold: true, color: flagColor}
	tableHeadStyle = textStyle{size: 7.5, bold: true, color: navyColor}
	noteRefStyle   = textStyle{size: 6.5, color: navyColor, rise: 3}
	addressStyle   = textStyle{size: 8, color: linkColor}
	metaLabelStyle = textStyle{size: 8.5, bold: true, color: greyColor}
	metaStyle      = textStyle{size: 8.5, color: inkColor}
	titleStyle     = textStyle{size: 21, bold: true, color: navyColor}
	subtitleStyle  = textStyle{size: 12.5, color: inkColor}
	h1Style        = textStyle{size: 14, bold: true, color: navyColor}
	h2Style        = textStyle{size: 10.5, bold: true, color: navyColor}
	furnitureStyle = textStyle{size: 7.5, color: greyColor}
	classStyle     = textStyle{size: 8, bold: true, color: alertColor}
	alertStyle     = textStyle{size: 10.5, bold: true, color: alertColor}
)

// Leading (distance between baselines) for the text sizes, in points.
const (
	bodyLeading  = 12.8
	smallLeading = 10.4
	metaLeading  = 12
	listLeading  = smallLeading + 0.6 // the entries of the notes and of the sources
)

// paperSize returns the page size of a paper in points.
func paperSize(p Paper) (w, h float64) {
	if p == Letter {
		return 612, 792
	}
	return 595.28, 841.89
}

// Margins in points. The header and footer sit in the top and bottom margins.
const (
	marginSide   = 60
	marginTop    = 68
	marginBottom = 64
	headerLine   = 46 // distance from the top edge to the rule under the header
	footerLine   = 40 // distance from the bottom edge to the rule above the footer
)

// newPage starts a page and lets the current continuation (a table's header) draw itself.
func (r *renderer) newPage() {
	r.f.AddPage()
	r.fontValid = false
	r.y = r.top
	if r.continuation != nil {
		r.continuation()
	}
}

// keptBlock is something drawn only together with what follows it: a heading, the lines
// that introduce a table.
type keptBlock struct {
	height float64
	draw   func()
}

// keepWithNext queues a block to be drawn by the next need, on the same page as what
// needs the room: a heading is never the last thing on a page.
func (r *renderer) keepWithNext(height float64, draw func()) {
	r.kept = append(r.kept, keptBlock{height, draw})
}

// need makes room for h points of content below the blocks kept with it: it starts a new
// page unless they all fit, then draws the kept blocks.
func (r *renderer) need(h float64) {
	total := h
	for _, k := range r.kept {
		total += k.height
	}
	if r.y+total > r.bottom && r.y > r.top {
		r.newPage()
	}
	r.flush()
}

// flush draws the kept blocks where the page is now (at the end of a part, when nothing
// follows them).
func (r *renderer) flush() {
	kept := r.kept
	r.kept = nil
	for _, k := range kept {
		k.draw()
	}
}

// space moves down by h points, but not at the top of a page.
func (r *renderer) space(h float64) {
	if r.y > r.top {
		r.y += h
	}
}

// useFont selects a face and size unless they are already current.
func (r *renderer) useFont(fc face, size float64) {
	if r.fontValid && r.curFace == fc && r.curSize == size {
		return
	}
	if !r.added[fc] {
		ff := faceFiles[fc]
		r.f.AddUTF8FontFromBytes(ff.family, ff.style, r.ts.faces[fc].bytes)
		r.added[fc] = true
	}
	ff := faceFiles[fc]
	r.f.SetFont(ff.family, ff.style, size)
	r.curFace, r.curSize, r.fontValid = fc, size, true
}

// drawLine draws a laid-out line with its baseline at y.
func (r *renderer) drawLine(x, y float64, l textLine) {
	var color rgb
	colorSet := false
	for _, rn := range l.runs {
		r.useFont(rn.face, rn.st.size)
		if !colorSet || rn.st.color != color {
			color, colorSet = rn.st.color, true
			r.f.SetTextColor(color.r, color.g, color.b)
		}
		r.f.Text(x, y-rn.st.rise, rn.text)
		if rn.st == &noteRefStyle {
			r.linkRefs(x, y, rn)
		}
		x += rn.width
	}
}

// drawAligned draws a line in a box of width w starting at x, aligned left, right or
// centred ('L', 'R', 'C').
func (r *renderer) drawAligned(x, y, w float64, l textLine, align byte) {
	switch align {
	case 'R':
		x += w - l.width
	case 'C':
		x += (w - l.width) / 2
	}
	r.drawLine(x, y, l)
}

// ascent is how far the first baseline sits below the top of a text block.
func ascent(size float64) float64 { return size * 0.93 }

// paragraph draws wrapped text from the current position, breaking pages between lines
// but keeping at least two lines together at either end of a page.
func (r *renderer) paragraph(spans []span, x, w, leading float64) {
	lines := r.ts.wrapSpans(spans, w)
	size := spans[0].st.size
	for i, l := range lines {
		left := len(lines) - i
		if i == 0 || left == 2 && len(lines) > 3 {
			r.need(float64(min(left, 2))*leading + (leading - size))
		} else {
			r.need(leading)
		}
		r.drawLine(x, r.y+ascent(size), l)
		r.y += leading
	}
}

// linesHeight is the height of n lines of text set with a leading.
func linesHeight(n int, leading float64) float64 { return float64(n) * leading }

// rule draws a horizontal line across the text width at the current position.
func (r *renderer) rule(c rgb, width float64) {
	r.f.SetDrawColor(c.r, c.g, c.b)
	r.f.SetLineWidth(width)
	r.f.Line(r.left, r.y, r.right, r.y)
}

// fillRect paints a rectangle without a border.
func (r *renderer) fillRect(x, y, w, h float64, c rgb) {
	r.f.SetFillColor(c.r, c.g, c.b)
	r.f.Rect(x, y, w, h, "F")
}

// heading queues a heading, with its bookmark, to be drawn with what follows it.
func (r *renderer) heading(text string, level int) {
	st := &h1Style
	before, after := 20.0, 8.0
	if level > 0 {
		st, before, after = &h2Style, 12, 5
	}
	lines := r.ts.wrap(text, st, r.right-r.left)
	leading := st.size * 1.25
	h := before + linesHeight(len(lines), leading) + after
	r.keepWithNext(h, func() {
		r.space(before)
		r.useFont(sansBold, st.size) // a UTF-8 font must be current for the bookmark's text
		r.f.Bookmark(text, level, r.y)
		for _, l := range lines {
			r.drawLine(r.left, r.y+ascent(st.size), l)
			r.y += leading
		}
		if level == 0 {
			r.f.SetDrawColor(navyColor.r, navyColor.g, navyColor.b)
			r.f.SetLineWidth(0.8)
			r.f.Line(r.left, r.y+1, r.right, r.y+1)
			r.y += 3
		}
		r.y += after
	})
}

// lead queues a short paragraph that introduces what follows and stays with it.
func (r *renderer) lead(spans []span, after float64) {
	lines := r.ts.wrapSpans(spans, r.right-r.left)
	size := spans[0].st.size
	leading := size * 1.3
	r.keepWithNext(linesHeight(len(lines), leading)+after, func() {
		for _, l := range lines {
			r.drawLine(r.left, r.y+ascent(size), l)
			r.y += leading
		}
		r.y += after
	})
}
