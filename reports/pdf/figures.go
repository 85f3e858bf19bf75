package pdf

import (
	"maps"
	"slices"

	"attache/reports"
	"attache/reports/dataset"
)

// A yearly series of at least minTabulatedPoints values is tabulated in "Figures by year";
// its values are then not repeated one by one in the sector sections and the timeline.
const minTabulatedPoints = 3

// seriesPerTable bounds the value columns of one figures-by-year table.
const seriesPerTable = 4

// tabulation is what "Figures by year" shows, decided once per document.
type tabulation struct {
	series  []reports.Series
	records map[*dataset.Record]bool // the values the tables hold
}

func (r *renderer) tabulate() tabulation {
	t := tabulation{records: make(map[*dataset.Record]bool)}
	for _, s := range r.b.Series {
		if len(s.Points) < minTabulatedPoints {
			continue
		}
		t.series = append(t.series, s)
		for _, p := range s.Points {
			t.records[p.Figure.Record] = true
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
	alternatives := false
	for start := 0; start < len(series); start += seriesPerTable {
		group := series[start:min(start+seriesPerTable, len(series))]
		alternatives = r.figuresTable(group) || alternatives
		r.space(10)
		if r.failure() != nil {
			return
		}
	}
	if alternatives {
		r.paragraph([]span{{"†", &smallFlag}, {" " + r.t("pdf.figures.alternatives"), &smallGrey}},
			r.left, r.right-r.left, smallLeading)
	}
}

// figuresTable draws one table of a few series and reports whether a value has
// alternatives.
func (r *renderer) figuresTable(group []reports.Series) bool {
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
	t := r.newTable(r.t("pdf.figures.heading"), cols)
	for _, y := range slices.Sorted(maps.Keys(years)) {
		cells := [][]span{cell(r.l.Year(y), &smallBoldStyle)}
		for i, p := range years[y] {
			if p == nil {
				cells = append(cells, nil)
				continue
			}
			v := reports.ValueText(p.Figure.Value, p.Figure.Qualifier, "")
			c := []span{{v, &smallStyle}}
			if p.Figure.Record.DateInferred {
				c = append(c, span{" (" + r.t("pdf.date_inferred") + ")", &smallGrey})
			}
			if sharedRefs[i] == nil {
				c = refs(c, p.Figure.Sources)
			}
			if p.Alternatives > 0 {
				c = append(c, span{"†", &smallFlag})
				alternatives = true
			}
			cells = append(cells, c)
		}
		t.row(cells...)
	}
	t.end()
	return alternatives
}

// seriesTitle heads a series' column: indicator, reporter, unit, and the sources when
// every value shares them.
func seriesTitle(r *renderer, s reports.Series, shared []int) string {
	title := s.Indicator.Name
	if s.Reporter != "" {
		title = r.t("pdf.figures.reported_by", title, r.b.CountryName(s.Reporter))
	}
	title += " (" + s.Indicator.Unit + ")"
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
