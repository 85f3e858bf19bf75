package reports

import (
	"maps"
	"slices"

	"attache/reports/dataset"
)

// buildSeries gathers, per indicator and reporter, one value per year: flows from whole
// calendar years only (partial periods are noted instead), stocks and counts from the
// latest record of each year. Each point's figure is its record's timeline figure.
func (b *builder) buildSeries() {
	for _, g := range b.groups {
		byYear := make(map[int][]int) // positions in Records
		for _, pos := range g.positions {
			r := b.Records[pos]
			if g.indicator.Kind == dataset.Flow && !r.WholeYear() {
				continue
			}
			_, last := r.Period()
			byYear[last.Year()] = append(byYear[last.Year()], pos)
		}
		if len(byYear) == 0 {
			continue
		}
		s := Series{Indicator: g.indicator, Reporter: g.reporter, Headline: g.indicator.Headline}
		for _, year := range slices.Sorted(maps.Keys(byYear)) {
			s.Points = append(s.Points, b.point(g.indicator.Kind, year, byYear[year]))
		}
		b.Series = append(b.Series, s)
	}
}

// point is a year's value in a series from the records at the given positions: the latest
// in the year as the key figures choose it (see newer), the plainest of equals; the others
// that give another value are kept beside it.
func (b *builder) point(kind dataset.FigureKind, year int, positions []int) Point {
	best := positions[0]
	for _, pos := range positions[1:] {
		if newer(kind, b.Records[pos], b.Records[best]) {
			best = pos
		}
	}
	p := Point{Year: year, Figure: *b.Timeline[best].Figure}
	for _, pos := range positions {
		if pos != best && *b.Records[pos].Value != p.Figure.Value {
			p.Others = append(p.Others, *b.Timeline[pos].Figure)
		}
	}
	return p
}
