package reports

import (
	"maps"
	"slices"

	"attache/reports/dataset"
)

// buildSeries gathers, per indicator and reporter, one value per year: flows from whole
// calendar years only (partial periods are noted instead), stocks and counts from the
// latest record of each year.
//
// It only reads: each point's figure is its record's timeline figure, whose sources are
// numbered already. So Build runs it on the second core while the notes, which may number
// more sources, are written.
func (b *builder) buildSeries() {
	keys, groups := b.indicatorGroups()
	for _, k := range keys {
		ind := b.Indicators[k.indicator]
		byYear := make(map[int][]datedPosition)
		for j, r := range groups[k] {
			if ind.Kind == dataset.Flow && !wholeYear(r) {
				continue
			}
			_, last := r.Period()
			byYear[last.Year()] = append(byYear[last.Year()], datedPosition{b.groupPositions[k][j], last})
		}
		if len(byYear) == 0 {
			continue
		}
		s := Series{Indicator: ind, Reporter: k.reporter, Headline: ind.Headline}
		for _, year := range slices.Sorted(maps.Keys(byYear)) {
			s.Points = append(s.Points, b.point(year, byYear[year]))
		}
		b.Series = append(b.Series, s)
	}
}

// datedPosition is a record's position in Records and the last day of its period, which
// orders the records of a year without reading them again.
type datedPosition struct {
	pos  int32
	last dataset.Day
}

// point is a year's value in a series, from the records at the given positions: the latest
// in the year, the plainest of those; the others that differ are counted as alternatives.
// The point is found in one pass, not by sorting: a year of a large series has hundreds of
// records, and each comparison reads two of them from wherever they are in memory.
func (b *builder) point(year int, records []datedPosition) Point {
	best := records[0]
	for _, at := range records[1:] {
		if at.last > best.last || (at.last == best.last && preferred(b.Records[at.pos], b.Records[best.pos]) < 0) {
			best = at
		}
	}
	p := Point{Year: year, Figure: *b.Timeline[best.pos].Figure}
	for _, at := range records {
		if at.pos != best.pos && *b.Records[at.pos].Value != p.Figure.Value {
			p.Alternatives++
		}
	}
	return p
}
