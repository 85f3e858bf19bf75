package pdf

import (
	"maps"
	"slices"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// A yearly series of at least minTabulatedPoints values is tabulated in "Figures by year";
// its values are then not repeated one by one in the sector sections and the timeline.
const minTabulatedPoints = 3

// seriesPerTable bounds the value columns of one figures-by-year table.
const seriesPerTable = 4

// maxOthersShown bounds the other values a cell of "Figures by year" shows for its year;
// the workbook's Series sheet lists the rest.
const maxOthersShown = 2

// tabulation is what "Figures by year" shows, decided once per document.
type tabulation struct {
	series  []reports.Series
	records map[*dataset.Record]bool // the values the tables hold
}

func (r *renderer) tabulate() tabulation {
	t := tabulation{records: make(map[*dataset.Record]bool)}
	if r.o.Brief { // a brief has no "Figures by year"
		return t
	}
	for _, s := range r.b.Series {
		if len(s.Points) < minTabulatedPoints {
			continue
		}
		t.series = append(t.series, s)
		for _, p := range s.Points {
			t.records[p.Figure.Record] = true
			for _, o := range p.Others[:min(len(p.Others), maxOthersShown)] {
				t.records[o.Record] = true
			}
		}
	}
	return t
}

// figuresByYear draws the tabulated series, a few per table, one row per year.
func (r *renderer) figuresByYear() {
	series := r.tab.series
	if len(series) == 0 {
		return
	}
	r.heading(r.t("pdf.figures.heading"), 0)
	r.lead([]span{{r.t("pdf.figures.lead"), &smallGrey}}, 6)
	for start := 0; start < len(series); start += seriesPerTable {
		group := series[start:min(start+seriesPerTable, len(series))]
		r.figuresTable(group)
		r.space(10)
		if r.failure() != nil {
			return
		}
	}
}

// figuresTable draws one table of a few series, then, right under it so that they stay on
// its page, the legend of its marks: "†" for a year that other records state differently
// (both values are in the cell), "‡" for a value with a caveat.
func (r *renderer) figuresTable(group []reports.Series) {
	const yearW = 44
	cols := []column{{title: r.t("pdf.figures.year"), width: yearW}}
	valueW := (r.right - r.left - yearW) / float64(len(group))
	sharedRefs := make([][]int, len(group))
	for i, s := range group {
		sharedRefs[i] = commonSources(s)
		cols = append(cols, column{title: seriesTitle(r, s, sharedRefs[i]), width: valueW, align: 'R'})
	}
	years := make(map[int][]*reports.Point)
	for i, s := range group {
		for j := range s.Points {
			p := &s.Points[j]
			if years[p.Year] == nil {
				years[p.Year] = make([]*reports.Point, len(group))
			}
			years[p.Year][i] = p
		}
	}
	alternatives := false
	var caveats []span
	t := r.newTable(r.t("pdf.figures.heading"), cols)
	for _, y := range slices.Sorted(maps.Keys(years)) {
		cells := [][]span{cell(r.l.Year(y), &smallBoldStyle)}
		for i, p := range years[y] {
			if p == nil {
				cells = append(cells, nil)
				continue
			}
			c := r.yearValue(p.Figure, sharedRefs[i] == nil)
			if note := r.b.Caveat(p.Figure.Record); note != "" {
				c = append(c, span{"‡", &smallFlag})
				caveats = append(caveats, span{"\n‡ " + r.t("figures.caveat_at", r.l.Year(y), seriesName(r, group[i]), note), &smallGrey})
			}
			for _, o := range p.Others[:min(len(p.Others), maxOthersShown)] {
				c = append(c, span{"\n" + r.t("figures.also") + " ", &smallFlag})
				c = append(c, r.yearValue(o, true)...)
			}
			if more := len(p.Others) - maxOthersShown; more > 0 {
				c = append(c, span{"\n" + r.n("figures.more_others", more, r.sheet("series")), &smallGrey})
			}
			if len(p.Others) > 0 {
				c = append(c, span{"†", &smallFlag})
				alternatives = true
			}
			cells = append(cells, c)
		}
		t.row(cells...)
	}
	t.end()
	var legend []span
	if alternatives {
		legend = append(legend, span{"†", &smallFlag}, span{" " + r.t("pdf.figures.alternatives"), &smallGrey})
	}
	legend = append(legend, caveats...)
	if len(legend) > 0 {
		if legend[0].text[0] == '\n' {
			legend[0].text = legend[0].text[1:]
		}
		r.paragraph(legend, r.left, r.right-r.left, smallLeading)
	}
}

// yearValue writes one value of a year with its qualifier, "at least 42", and, when cite,
// its footnote.
func (r *renderer) yearValue(f reports.Figure, cite bool) []span {
	c := []span{{words.Value(r.l, f.Value, f.Qualifier, ""), &smallStyle}}
	if f.Record.DateInferred {
		c = append(c, span{" (" + r.t("pdf.date_inferred") + ")", &smallGrey})
	}
	if cite {
		c = refs(c, f.Sources)
	}
	return c
}

// seriesName names a series in a sentence: "Imports, reported by Azerbaijan".
func seriesName(r *renderer, s reports.Series) string {
	if s.Reporter == "" {
		return r.b.IndicatorName(s.Indicator)
	}
	return r.t("pdf.figures.reported_by", r.b.IndicatorName(s.Indicator), r.b.CountryName(s.Reporter))
}

// seriesTitle heads a series' column: indicator, reporter, unit, and the sources when
// every value shares them.
func seriesTitle(r *renderer, s reports.Series, shared []int) string {
	title := seriesName(r, s) + " (" + r.b.Unit(s.Indicator) + ")"
	if len(shared) > 0 {
		title += " [" + r.t("pdf.figures.source", refsText(shared)) + "]"
	}
	return title
}

// commonSources returns the citation numbers when every point of a series has the same
// ones, or nil.
func commonSources(s reports.Series) []int {
	first := s.Points[0].Figure.Sources
	for _, p := range s.Points[1:] {
		if !slices.Equal(p.Figure.Sources, first) {
			return nil
		}
	}
	return first
}
