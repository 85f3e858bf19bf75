package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
)

// The Charts sheet draws the series of the Series sheet as native line charts bound to its
// cells: the headline series together (trade by year, both reporters), then one chart per
// other indicator. A series with fewer than minChartPoints years is not drawn (a line
// needs points to be one); its values stay on the Series sheet. The charts are on a sheet
// of their own so that they print at their size, two to an upright page with a page break
// between pairs, none split across pages, however wide the table of years is.

// Chart geometry, in pixels and rows. A row is 20 pixels high.
const (
	minChartPoints = 3
	chartWidth     = 680 // within an upright A4 page between the margins
	chartHeight    = 330
	chartFirstRow  = 3  // under the sheet's line of text
	chartRowStep   = 19 // rows from one chart's top to the next: the chart's 17 and a gap
	chartsPerPage  = 2
	chartText      = "404040" // titles, axis labels and legend: dark grey, legible on paper
	maxYearLabels  = 12
)

// chartGroup is the series one chart draws, by their index in the briefing's Series.
type chartGroup struct {
	title   string
	unit    string
	columns []int
}

// chartGroups returns the headline chart (when any series is a headline: trade by year,
// one line per indicator and reporter) and one chart per indicator outside it, in the
// briefing's series order, leaving out the series with too few points.
func (w *workbook) chartGroups(series []reports.Series) []chartGroup {
	var groups []chartGroup
	var headline chartGroup
	var headlineNames []string
	byIndicator := make(map[string]int) // indicator id → index in groups
	for i, sr := range series {
		if len(sr.Points) < minChartPoints {
			continue
		}
		if sr.Headline {
			headline.columns = append(headline.columns, i)
			name, unit := w.b.IndicatorName(sr.Indicator), w.b.Unit(sr.Indicator)
			if !slices.Contains(headlineNames, name) {
				headlineNames = append(headlineNames, name)
			}
			if headline.unit == "" || headline.unit == unit {
				headline.unit = unit
			} else {
				headline.unit = w.t(labelMixedUnits)
			}
			continue
		}
		g, ok := byIndicator[sr.Indicator.ID]
		if !ok {
			g = len(groups)
			byIndicator[sr.Indicator.ID] = g
			groups = append(groups, chartGroup{title: w.t(labelByYear, w.b.IndicatorName(sr.Indicator)), unit: w.b.Unit(sr.Indicator)})
		}
		groups[g].columns = append(groups[g].columns, i)
	}
	if len(headline.columns) > 0 {
		headline.title = w.t(labelByYear, strings.Join(headlineNames, ", "))
		groups = append([]chartGroup{headline}, groups...)
	}
	return groups
}

// writeCharts writes the Charts sheet: a line saying where the values are, then the charts
// one under the other, the headline chart first.
func (w *workbook) writeCharts() error {
	sheet := w.sheet(SheetCharts)
	groups := w.chartGroups(w.b.Series)
	s := w.newRows(sheet)
	if len(groups) == 0 {
		s.add(w.t(labelNoCharts, w.sheet(SheetSeries)))
	} else {
		s.add(w.t(labelChartsIntro, w.sheet(SheetSeries)))
	}
	if err := w.place(s, layout{widths: []float64{chartColumnWidth}, fitWidth: true, portrait: true}); err != nil {
		return err
	}
	for i, g := range groups {
		row := chartFirstRow + i*chartRowStep
		if i > 0 && i%chartsPerPage == 0 {
			row += 1 // the page break goes in the gap above the chart
			if err := w.f.InsertPageBreak(sheet, cellName(1, row-1)); err != nil {
				return fmt.Errorf("workbook: sheet %s: %w", sheet, err)
			}
		}
		if err := w.addChart(sheet, cellName(1, row), g); err != nil {
			return err
		}
	}
	return nil
}

// chartColumnWidth is the width of the Charts sheet's only column, in characters: as wide as
// a chart, so that its line of text wraps within the printed page.
const chartColumnWidth = 95

// darkText is a chart text's font.
func darkText(size float64, bold bool) *excelize.Font {
	return &excelize.Font{Color: chartText, Size: size, Bold: bold}
}

// addChart adds one chart at a cell of the Charts sheet, its lines bound to the Series
// sheet's columns (years in rows 2 to w.seriesRows).
func (w *workbook) addChart(sheet, anchor string, g chartGroup) error {
	ref := sheetRef(w.sheet(SheetSeries))
	run := func(text string, size float64, bold bool) []excelize.RichTextRun {
		return []excelize.RichTextRun{{Text: text, Font: darkText(size, bold)}}
	}
	axis := func(title string) excelize.ChartAxis {
		return excelize.ChartAxis{Font: *darkText(9, false), Title: excelize.ChartTitle{Paragraph: run(title, 9, false)}}
	}
	chart := &excelize.Chart{
		Type:         excelize.Line,
		Dimension:    excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
		Title:        excelize.ChartTitle{Paragraph: run(g.title, 12, true)},
		Legend:       excelize.ChartLegend{Position: "bottom", Font: darkText(9, false)},
		XAxis:        axis(w.t(seriesYearHeader)),
		YAxis:        axis(g.unit), // the unit of every value drawn
		ShowBlanksAs: "gap",
		Format:       excelize.GraphicOptions{AltText: g.title},
	}
	chart.YAxis.MajorGridLines = true
	// Every year labelled would crowd the axis until the labels stand on end: at most
	// maxYearLabels are, turned a little so that four digits fit (a spreadsheet that labels
	// every year still shows them whole).
	chart.XAxis.TickLabelSkip = (w.seriesRows - 1 + maxYearLabels - 1) / maxYearLabels
	chart.XAxis.Alignment.TextRotation = -45
	for _, c := range g.columns {
		name, err := excelize.ColumnNumberToName(c + 2)
		if err != nil {
			return err
		}
		chart.Series = append(chart.Series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", ref, name),
			Categories: fmt.Sprintf("%s!$A$2:$A$%d", ref, w.seriesRows),
			Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", ref, name, name, w.seriesRows),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		})
	}
	if err := w.f.AddChart(sheet, anchor, chart); err != nil {
		return fmt.Errorf("workbook: sheet %s: chart %q: %w", sheet, g.title, err)
	}
	return nil
}
