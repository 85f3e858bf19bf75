// Command icon draws Attaché's application icon and writes it as assets/icon.png (512×512)
// and assets/icon.svg from one list of shapes, so the two never drift apart. It is a
// development tool, not part of the product; run it from the repository root after changing
// the drawing:
//
//	go run ./tools/icon
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/vector"
)

// size is the edge of the square canvas the shapes are drawn on, in pixels.
const size = 512

// kappa places the control points of a cubic Bézier that approximates a quarter circle.
const kappa = 0.5522847

// step is one command of a path: move, line, cubic curve or close.
type step struct {
	op  byte // 'M', 'L', 'C' or 'Z'
	pts []float32
}

// shape is one filled path.
type shape struct {
	fill  color.NRGBA
	steps []step
}

func main() {
	out := flag.String("out", "assets", "folder to write icon.png and icon.svg into")
	flag.Parse()
	shapes := drawing()
	if err := writePNG(filepath.Join(*out, "icon.png"), shapes); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "icon.svg"), []byte(svg(shapes)), 0o644); err != nil {
		log.Fatal(err)
	}
}

// drawing is the icon: a briefing sheet on a navy tile, sealed by two linked rings (the two
// countries of a pair).
func drawing() []shape {
	navy := color.NRGBA{0x1E, 0x3A, 0x5F, 0xFF}
	paper := color.NRGBA{0xF7, 0xF4, 0xEC, 0xFF}
	fold := color.NRGBA{0xD4, 0xCD, 0xBB, 0xFF}
	ink := color.NRGBA{0x8A, 0x98, 0xAB, 0xFF}
	teal := color.NRGBA{0x2A, 0x9D, 0x8F, 0xFF}
	gold := color.NRGBA{0xE0, 0xA8, 0x3A, 0xFF}

	shapes := []shape{
		{navy, roundedRect(24, 24, 488, 488, 104)},
		{paper, polygon(136, 80, 320, 80, 376, 136, 376, 420, 136, 420)},
		{fold, polygon(320, 80, 320, 136, 376, 136)},
	}
	for i, width := range []float32{168, 168, 120} {
		y := float32(156 + 36*i)
		shapes = append(shapes, shape{ink, roundedRect(176, y, 176+width, y+16, 8)})
	}
	shapes = append(shapes,
		shape{teal, ring(222, 322, 58, 17)},
		shape{gold, ring(290, 322, 58, 17)},
	)
	return shapes
}

func polygon(xy ...float32) []step {
	steps := []step{{'M', xy[:2]}}
	for i := 2; i < len(xy); i += 2 {
		steps = append(steps, step{'L', xy[i : i+2]})
	}
	return append(steps, step{op: 'Z'})
}

func roundedRect(x0, y0, x1, y1, r float32) []step {
	k := r * (1 - kappa)
	return []step{
		{'M', []float32{x0 + r, y0}},
		{'L', []float32{x1 - r, y0}},
		{'C', []float32{x1 - k, y0, x1, y0 + k, x1, y0 + r}},
		{'L', []float32{x1, y1 - r}},
		{'C', []float32{x1, y1 - k, x1 - k, y1, x1 - r, y1}},
		{'L', []float32{x0 + r, y1}},
		{'C', []float32{x0 + k, y1, x0, y1 - k, x0, y1 - r}},
		{'L', []float32{x0, y0 + r}},
		{'C', []float32{x0, y0 + k, x0 + k, y0, x0 + r, y0}},
		{op: 'Z'},
	}
}

// circle traces a circle clockwise, or anticlockwise to cut a hole in a filled one.
func circle(cx, cy, r float32, anticlockwise bool) []step {
	k := r * kappa
	if anticlockwise {
		return []step{
			{'M', []float32{cx + r, cy}},
			{'C', []float32{cx + r, cy - k, cx + k, cy - r, cx, cy - r}},
			{'C', []float32{cx - k, cy - r, cx - r, cy - k, cx - r, cy}},
			{'C', []float32{cx - r, cy + k, cx - k, cy + r, cx, cy + r}},
			{'C', []float32{cx + k, cy + r, cx + r, cy + k, cx + r, cy}},
			{op: 'Z'},
		}
	}
	return []step{
		{'M', []float32{cx + r, cy}},
		{'C', []float32{cx + r, cy + k, cx + k, cy + r, cx, cy + r}},
		{'C', []float32{cx - k, cy + r, cx - r, cy + k, cx - r, cy}},
		{'C', []float32{cx - r, cy - k, cx - k, cy - r, cx, cy - r}},
		{'C', []float32{cx + k, cy - r, cx + r, cy - k, cx + r, cy}},
		{op: 'Z'},
	}
}

// ring is a circle of radius r with a stroke of the given width, as a filled outline.
func ring(cx, cy, r, width float32) []step {
	outer := circle(cx, cy, r+width/2, false)
	return append(outer, circle(cx, cy, r-width/2, true)...)
}

func writePNG(path string, shapes []shape) error {
	dst := image.NewNRGBA(image.Rect(0, 0, size, size))
	for _, s := range shapes {
		z := vector.NewRasterizer(size, size)
		for _, st := range s.steps {
			p := st.pts
			switch st.op {
			case 'M':
				z.MoveTo(p[0], p[1])
			case 'L':
				z.LineTo(p[0], p[1])
			case 'C':
				z.CubeTo(p[0], p[1], p[2], p[3], p[4], p[5])
			case 'Z':
				z.ClosePath()
			}
		}
		z.DrawOp = draw.Over
		z.Draw(dst, dst.Bounds(), image.NewUniform(s.fill), image.Point{})
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write the icon: %w", err)
	}
	if err := png.Encode(f, dst); err != nil {
		f.Close()
		return fmt.Errorf("write the icon %s: %w", path, err)
	}
	return f.Close()
}

func svg(shapes []shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
		size, size, size, size)
	b.WriteString("  <title>Attaché</title>\n")
	for _, s := range shapes {
		var d []string
		for _, st := range s.steps {
			part := string(st.op)
			for _, v := range st.pts {
				part += " " + strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
			}
			d = append(d, part)
		}
		fmt.Fprintf(&b, "  <path fill=\"#%02X%02X%02X\" stroke=\"none\" d=\"%s\"/>\n", s.fill.R, s.fill.G, s.fill.B, strings.Join(d, " "))
	}
	b.WriteString("</svg>\n")
	return b.String()
}
