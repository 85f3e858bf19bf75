package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// TextFunc draws s in face with its baseline starting at the user-space origin of doc,
// y growing downwards, in the doc's current text colour. The PDF renderer supplies one that
// draws with its own embedded fonts, so that the chart's text is the document's text.
type TextFunc func(doc *fpdf.Fpdf, face font.Face, s string)

// DrawPDF draws the chart as vector graphics into the current page of doc, with its top
// left corner at (x, y) in doc's units. The drawing is wrapped in its own graphics state;
// afterwards the caller must set again any colour, line width or font it relies on.
func (c *Chart) DrawPDF(doc *fpdf.Fpdf, x, y float64, text TextFunc) (err error) {
	k := doc.GetConversionRatio()
	_, pageH := doc.GetPageSize()
	cv := &pdfCanvas{doc: doc, k: k, w: c.Width, h: c.Height, text: text, stack: []pdfState{{alpha: 1}}}
	defer func() {
		// gonum/plot reports drawing faults by panicking; a document must not crash the app.
		if p := recover(); p != nil {
			err = fmt.Errorf("draw chart: %v", p)
		}
	}()
	doc.TransformBegin()
	// Map the chart's space (points, origin bottom left, y up) onto the page: fpdf turns a
	// user point (u, v) into PDF (u·k, H·k − v·k); this matrix flips that back and moves
	// it to the chart's place.
	bottom := (pageH-y)*k - c.Height.Points()
	doc.Transform(fpdf.TransformMatrix{A: 1, D: -1, E: x * k, F: bottom + pageH*k})
	// Round joins: a sharp peak in a line must not grow a mitre spike above its value.
	doc.SetLineJoinStyle("round")
	vg.Initialize(cv)
	c.Plot.Draw(draw.New(cv))
	doc.TransformEnd()
	if cv.alphaUsed {
		doc.SetAlpha(1, "Normal")
	}
	return doc.Error()
}

// pdfState is what Push saves and Pop restores beyond the PDF graphics state.
type pdfState struct {
	alpha float64
	width vg.Length
}

// pdfCanvas is a vg.Canvas that draws into an fpdf document already in use.
type pdfCanvas struct {
	doc       *fpdf.Fpdf
	k         float64 // points per user unit
	w, h      vg.Length
	text      TextFunc
	stack     []pdfState
	images    int
	alphaUsed bool
}

var _ vg.Canvas = (*pdfCanvas)(nil)

func (c *pdfCanvas) state() *pdfState { return &c.stack[len(c.stack)-1] }

// unit converts a length to the document's user units.
func (c *pdfCanvas) unit(l vg.Length) float64 { return l.Points() / c.k }

func (c *pdfCanvas) point(p vg.Point) (float64, float64) { return c.unit(p.X), c.unit(p.Y) }

func (c *pdfCanvas) Size() (w, h vg.Length) { return c.w, c.h }

func (c *pdfCanvas) SetLineWidth(w vg.Length) {
	c.state().width = w
	c.doc.SetLineWidth(c.unit(w))
}

func (c *pdfCanvas) SetLineDash(pattern []vg.Length, offset vg.Length) {
	ds := make([]float64, len(pattern))
	for i, d := range pattern {
		ds[i] = c.unit(d)
	}
	c.doc.SetDashPattern(ds, c.unit(offset))
}

func (c *pdfCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a := clr.RGBA()
	if a == 0 {
		r, g, b = 0, 0, 0
	} else {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	ir, ig, ib := int(r>>8), int(g>>8), int(b>>8)
	c.doc.SetDrawColor(ir, ig, ib)
	c.doc.SetFillColor(ir, ig, ib)
	c.doc.SetTextColor(ir, ig, ib)
	alpha := float64(a) / 0xffff
	if alpha != c.state().alpha {
		c.doc.SetAlpha(alpha, "Normal")
		c.state().alpha = alpha
		c.alphaUsed = true
	}
}

func (c *pdfCanvas) Rotate(rad float64) { c.doc.TransformRotate(-rad*180/math.Pi, 0, 0) }

func (c *pdfCanvas) Translate(p vg.Point) { c.doc.TransformTranslate(c.point(p)) }

func (c *pdfCanvas) Scale(x, y float64) { c.doc.TransformScale(x*100, y*100, 0, 0) }

func (c *pdfCanvas) Push() {
	c.stack = append(c.stack, *c.state())
	c.doc.TransformBegin()
}

func (c *pdfCanvas) Pop() {
	c.doc.TransformEnd()
	c.stack = c.stack[:len(c.stack)-1]
}

func (c *pdfCanvas) Stroke(p vg.Path) {
	if c.state().width > 0 {
		c.path(p, "D")
	}
}

func (c *pdfCanvas) Fill(p vg.Path) { c.path(p, "F") }

func (c *pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if f.Font.Size == 0 || s == "" {
		return
	}
	c.Push()
	c.Translate(pt)
	c.Scale(1, -1) // back to fpdf's y-down space for text
	c.text(c.doc, f, s)
	c.Pop()
}

func (c *pdfCanvas) DrawImage(rect vg.Rectangle, img image.Image) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(fmt.Sprintf("encode chart image: %v", err))
	}
	c.images++
	name := fmt.Sprintf("chart-image-%p-%d", c, c.images)
	opts := fpdf.ImageOptions{ImageType: "png"}
	c.doc.RegisterImageOptionsReader(name, opts, &buf)
	x, y := c.point(rect.Min)
	w, h := c.point(rect.Size())
	c.doc.ImageOptions(name, x, y, w, h, false, opts, 0, "")
}

func (c *pdfCanvas) path(p vg.Path, style string) {
	var x0, y0 float64
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			x0, y0 = c.point(comp.Pos)
			c.doc.MoveTo(x0, y0)
		case vg.LineComp:
			c.doc.LineTo(c.point(comp.Pos))
		case vg.ArcComp:
			c.arc(comp)
		case vg.CurveComp:
			px, py := c.point(comp.Pos)
			switch len(comp.Control) {
			case 1:
				cx, cy := c.point(comp.Control[0])
				c.doc.CurveTo(cx, cy, px, py)
			case 2:
				cx, cy := c.point(comp.Control[0])
				dx, dy := c.point(comp.Control[1])
				c.doc.CurveBezierCubicTo(cx, cy, dx, dy, px, py)
			default:
				panic("curve with more than two control points")
			}
		case vg.CloseComp:
			c.doc.LineTo(x0, y0)
			c.doc.ClosePath()
		default:
			panic(fmt.Sprintf("unknown path component %d", comp.Type))
		}
	}
	c.doc.DrawPath(style)
}

// arc draws an arc as cubic Bézier pieces of at most a quarter turn, continuing the path.
func (c *pdfCanvas) arc(comp vg.PathComp) {
	r := c.unit(comp.Radius)
	cx, cy := c.point(comp.Pos)
	start, sweep := comp.Start, comp.Angle
	c.doc.LineTo(cx+r*math.Cos(start), cy+r*math.Sin(start))
	n := int(math.Ceil(math.Abs(sweep) / (math.Pi / 2)))
	if n == 0 {
		return
	}
	step := sweep / float64(n)
	kappa := 4.0 / 3 * math.Tan(step/4)
	for i := range n {
		a0 := start + float64(i)*step
		a1 := a0 + step
		x0, y0 := math.Cos(a0), math.Sin(a0)
		x1, y1 := math.Cos(a1), math.Sin(a1)
		c.doc.CurveBezierCubicTo(
			cx+r*(x0-kappa*y0), cy+r*(y0+kappa*x0),
			cx+r*(x1+kappa*y1), cy+r*(y1-kappa*x1),
			cx+r*x1, cy+r*y1)
	}
}
