// Package chart draws the briefing's charts with gonum/plot, once for every front end: as
// vector graphics into a PDF page (DrawPDF) and as a raster image for the desktop preview
// (Image).
package chart

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"attache/reports"
	"attache/reports/words"
)

// Chart is a plot with the size it was laid out for.
type Chart struct {
	Plot          *plot.Plot
	Width, Height vg.Length
}

// Palette of the lines: one colour per reporter, dark enough to print in grey.
var palette = []color.RGBA{
	{R: 22, G: 82, B: 160, A: 255},  // blue
	{R: 200, G: 92, B: 16, A: 255},  // orange
	{R: 20, G: 130, B: 90, A: 255},  // green
	{R: 150, G: 40, B: 120, A: 255}, // purple
	{R: 120, G: 110, B: 20, A: 255}, // olive
	{R: 170, G: 30, B: 40, A: 255},  // red
}

// dashes tell the indicators apart when several are charted: the first solid, the next dashed.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(5), vg.Points(2.5)},
	{vg.Points(1.5), vg.Points(2)},
}

// glyphs mark each year's value; they differ by reporter too, for grey printing.
// A series without a reporter takes the entries after the countries'.
var glyphs = []draw.GlyphDrawer{draw.CircleGlyph{}, draw.BoxGlyph{}, draw.TriangleGlyph{}}

var (
	axisColor = color.RGBA{R: 90, G: 96, B: 104, A: 255}
	gridColor = color.RGBA{R: 222, G: 226, B: 232, A: 255}
	textFont  = font.Font{Typeface: "Liberation", Variant: "Sans"}
)

// Trade builds the chart of trade by year: one line per headline series (an indicator as
// one reporter states it), years on the horizontal axis. It returns nil and no error when
// the briefing has no headline series with values.
func Trade(b *reports.Briefing, width, height vg.Length) (*Chart, error) {
	var series []reports.Series
	for _, s := range b.Series {
		if s.Headline && len(s.Points) > 0 {
			series = append(series, s)
		}
	}
	if len(series) == 0 {
		return nil, nil
	}
	p := plot.New()
	face, err := typefaceFor(b.Lang())
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	style(p, face)
	p.Y.Label.Text = yLabel(b, series)

	indicatorIndex := make(map[string]int)
	reporterIndex := make(map[string]int)
	for _, c := range b.Cover.Countries {
		reporterIndex[c.Code] = len(reporterIndex)
	}
	reporterIndex[""] = len(reporterIndex)
	minYear, maxYear, maxValue := math.MaxInt, math.MinInt, 0.0
	for _, s := range series {
		ii, ok := indicatorIndex[s.Indicator.ID]
		if !ok {
			ii = len(indicatorIndex)
			indicatorIndex[s.Indicator.ID] = ii
		}
		ri, ok := reporterIndex[s.Reporter]
		if !ok {
			ri = len(reporterIndex)
			reporterIndex[s.Reporter] = ri
		}
		clr := palette[ri%len(palette)]
		line := draw.LineStyle{Color: clr, Width: vg.Points(1.4), Dashes: dashes[ii%len(dashes)]}
		glyph := draw.GlyphStyle{Color: clr, Radius: vg.Points(2), Shape: glyphs[ri%len(glyphs)]}
		var thumb plot.Thumbnailer
		for _, run := range consecutiveYears(s.Points) {
			xys := make(plotter.XYs, len(run))
			for i, pt := range run {
				xys[i] = plotter.XY{X: float64(pt.Year), Y: pt.Figure.Value}
				minYear, maxYear = min(minYear, pt.Year), max(maxYear, pt.Year)
				maxValue = max(maxValue, pt.Figure.Value)
			}
			l, sc, err := plotter.NewLinePoints(xys)
			if err != nil {
				return nil, fmt.Errorf("chart %q: %w", b.SeriesLabel(s), err)
			}
			l.LineStyle, sc.GlyphStyle = line, glyph
			p.Add(l, sc)
			if thumb == nil {
				thumb = legendThumb{l, sc}
			}
		}
		// A year that other records state differently shows their values too, as open
		// rings beside the line's point: the chart never silently picks one.
		var others plotter.XYs
		for _, pt := range s.Points {
			for _, o := range pt.Others[:min(len(pt.Others), maxRings)] {
				others = append(others, plotter.XY{X: float64(pt.Year), Y: o.Value})
				maxValue = max(maxValue, o.Value)
			}
		}
		if len(others) > 0 {
			sc, err := plotter.NewScatter(others)
			if err != nil {
				return nil, fmt.Errorf("chart %q: %w", b.SeriesLabel(s), err)
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: vg.Points(3.2), Shape: draw.RingGlyph{}}
			p.Add(sc)
		}
		p.Legend.Add(legendLabel(b, s), thumb)
	}
	p.X.Min, p.X.Max = float64(minYear)-0.5, float64(maxYear)+0.5
	p.X.Tick.Marker = yearTicks{}
	p.Y.Min = 0
	// Headroom above the highest value keeps the legend clear of the lines.
	p.Y.Max = maxValue * (1.12 + 0.09*float64(len(series)))
	if p.Y.Max == 0 {
		p.Y.Max = 1
	}
	p.Y.Tick.Marker = valueTicks{}
	return &Chart{Plot: p, Width: width, Height: height}, nil
}

// maxRings bounds the other values drawn for one year of a series.
const maxRings = 5

// legendThumb draws a line and its marker as one legend entry.
type legendThumb struct {
	line    *plotter.Line
	scatter *plotter.Scatter
}

// Thumbnail draws the entry's sample of line and marker.
func (t legendThumb) Thumbnail(c *draw.Canvas) {
	t.line.Thumbnail(c)
	t.scatter.Thumbnail(c)
}

func legendLabel(b *reports.Briefing, s reports.Series) string {
	if s.Reporter == "" {
		return b.IndicatorName(s.Indicator)
	}
	return b.IndicatorName(s.Indicator) + ", " + b.ReporterText(s.Reporter)
}

// yLabel is the unit when every series shares it.
func yLabel(b *reports.Briefing, series []reports.Series) string {
	unit := b.Unit(series[0].Indicator)
	for _, s := range series[1:] {
		if b.Unit(s.Indicator) != unit {
			return ""
		}
	}
	return unit
}

// consecutiveYears splits points where a year is missing: a gap in the data is a gap in
// the line, not a straight line across the years without figures.
func consecutiveYears(pts []reports.Point) [][]reports.Point {
	var runs [][]reports.Point
	start := 0
	for i := 1; i <= len(pts); i++ {
		if i == len(pts) || pts[i].Year != pts[i-1].Year+1 {
			runs = append(runs, pts[start:i])
			start = i
		}
	}
	return runs
}

// style sets the chart's fonts, colours and grid for a printed page.
func style(p *plot.Plot, textFont font.Font) {
	p.BackgroundColor = color.White
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Color = axisColor
		ax.Width = vg.Points(0.6)
		ax.Padding = vg.Points(2)
		ax.Tick.Color = axisColor
		ax.Tick.Width = vg.Points(0.5)
		ax.Tick.Length = vg.Points(3)
		ax.Tick.Label.Font = font.From(textFont, 7.5)
		ax.Tick.Label.Color = axisColor
		ax.Label.TextStyle.Font = font.From(textFont, 8)
		ax.Label.TextStyle.Color = axisColor
	}
	p.Legend.TextStyle.Font = font.From(textFont, 7.5)
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(6), vg.Points(-4)
	p.Legend.Padding = vg.Points(1.5)
	p.Legend.ThumbnailWidth = vg.Points(22)
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = gridColor
	grid.Horizontal.Width = vg.Points(0.5)
	p.Add(grid)
}

// yearTicks labels whole years, every year on short spans and every 2, 5 or 10 years on
// longer ones.
type yearTicks struct{}

func (yearTicks) Ticks(lo, hi float64) []plot.Tick {
	first, last := int(math.Ceil(lo)), int(math.Floor(hi))
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20} {
		step = s
		if (last-first)/s <= 12 {
			break
		}
	}
	var ticks []plot.Tick
	for y := first; y <= last; y++ {
		t := plot.Tick{Value: float64(y)}
		if y%step == 0 {
			t.Label = strconv.Itoa(y)
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// valueTicks are plot's default ticks with thousands separated, as the tables write them.
type valueTicks struct{}

func (valueTicks) Ticks(lo, hi float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(lo, hi)
	for i, t := range ticks {
		if t.Label != "" {
			ticks[i].Label = words.Number(t.Value)
		}
	}
	return ticks
}
