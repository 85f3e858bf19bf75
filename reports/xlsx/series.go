package xlsx

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
)

// Layout of the Series sheet: column widths in characters, chart geometry in pixels and
// rows.
const (
	seriesWidth    = 16.0
	maxHeaderLines = 6

	chartWidth   = 720
	chartHeight  = 360
	chartRowStep = 24 // rows from one chart's top to the next (a row is 17 to 20 pixels)
)

// writeSeries writes the yearly series, years down and one column per series, numbers
// only, and native charts bound to those cells: the headline series together (trade by
// year, both reporters), then one chart per other indicator that has values.
func (w *workbook) writeSeries() error {
	series := w.b.Series
	sheet := w.sheet(SheetSeries)
	s := w.newRows(sheet)
	if len(series) == 0 {
		s.add(w.t(labelNoSeries))
		return w.place(s, layout{widths: []float64{40}, fitWidth: true})
	}
	first, last := series[0].Points[0].Year, series[0].Points[0].Year
	for _, sr := range series {
		for _, p := range sr.Points {
			first, last = min(first, p.Year), max(last, p.Year)
		}
	}
	year := w.t(seriesYearHeader)
	headers := uniqueHeaders(series, year)
	header := make([]any, len(series)+1)
	header[0] = excelize.Cell{StyleID: w.st.tallHead, Value: year}
	for i, h := range headers {
		header[i+1] = excelize.Cell{StyleID: w.st.tallHead, Value: h}
	}
	s.add(header...)
	byYear := make([][]any, last-first+1) // every year of the span, so that gaps show as gaps
	for y := range byYear {
		byYear[y] = make([]any, len(series)+1)
		byYear[y][0] = first + y
	}
	for i, sr := range series {
		for _, p := range sr.Points {
			v, err := w.numberCell(sr.Indicator, p.Figure.Value, false)
			if err != nil {
				return fmt.Errorf("workbook: sheet %s: %s %d: %w", sheet, sr.Label(), p.Year, err)
			}
			byYear[p.Year-first][i+1] = v
		}
	}
	for _, row := range byYear {
		s.add(row...)
	}
	widths := []float64{8}
	longest := 0
	for _, h := range headers {
		widths = append(widths, seriesWidth)
		longest = max(longest, len([]rune(h)))
	}
	if err := w.place(s, layout{widths: widths, freezeHeader: true, fitWidth: true}); err != nil {
		return err
	}
	// Series names are long and columns narrow: the header wraps, on as many lines as the
	// longest name needs.
	lines := min(maxHeaderLines, longest/int(seriesWidth-2)+1)
	if err := w.f.SetRowHeight(sheet, 1, float64(lines)*lineHeight); err != nil {
		return fmt.Errorf("workbook: sheet %s: %w", sheet, err)
	}
	return w.addCharts(len(byYear) + 1)
}

// uniqueHeaders returns the series' column headers, made unique ignoring case (Excel treats
// headers that differ only in case as the same name) by numbering repeats; year is the
// header of the years' column.
func uniqueHeaders(series []reports.Series, year string) []string {
	seen := map[string]bool{strings.ToLower(year): true}
	out := make([]string, len(series))
	for i, sr := range series {
		h := sr.Label()
		for n := 2; seen[strings.ToLower(h)]; n++ {
			h = sr.Label() + " (" + strconv.Itoa(n) + ")"
		}
		seen[strings.ToLower(h)] = true
		out[i] = h
	}
	return out
}

// chartGroup is the series one chart draws, by their index in the briefing's Series.
type chartGroup struct {
	title   string
	unit    string
	columns []int
}

// chartGroups returns the headline chart (when any series is a headline: trade by year,
// one line per indicator and reporter) and one chart per indicator outside it, in the
// briefing's series order.
func (w *workbook) chartGroups(series []reports.Series) []chartGroup {
	var groups []chartGroup
	var headline chartGroup
	var headlineNames []string
	byIndicator := make(map[string]int) // indicator id → index in groups
	for i, sr := range series {
		if sr.Headline {
			headline.columns = append(headline.columns, i)
			if !slices.Contains(headlineNames, sr.Indicator.Name) {
				headlineNames = append(headlineNames, sr.Indicator.Name)
			}
			if headline.unit == "" || headline.unit == sr.Indicator.Unit {
				headline.unit = sr.Indicator.Unit
			} else {
				headline.unit = w.t(labelMixedUnits)
			}
			continue
		}
		g, ok := byIndicator[sr.Indicator.ID]
		if !ok {
			g = len(groups)
			byIndicator[sr.Indicator.ID] = g
			groups = append(groups, chartGroup{title: w.t(labelByYear, sr.Indicator.Name), unit: sr.Indicator.Unit})
		}
		groups[g].columns = append(groups[g].columns, i)
	}
	if len(headline.columns) > 0 {
		headline.title = w.t(labelByYear, strings.Join(headlineNames, ", "))
		groups = append([]chartGroup{headline}, groups...)
	}
	return groups
}

// addCharts places the charts under the table, one under the other, the headline chart
// first, so that nothing sits beside the table and the sheet prints one page
// wide; lastRow is the table's last row.
func (w *workbook) addCharts(lastRow int) error {
	sheet := w.sheet(SheetSeries)
	ref := sheetRef(sheet)
	for i, g := range w.chartGroups(w.b.Series) {
		chart := &excelize.Chart{
			Type:      excelize.Line,
			Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: g.title}}},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			YAxis: excelize.ChartAxis{
				MajorGridLines: true,
				Title:          excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: g.unit}}},
			},
			ShowBlanksAs: "gap",
			Format:       excelize.GraphicOptions{AltText: g.title},
		}
		for _, c := range g.columns {
			name, err := excelize.ColumnNumberToName(c + 2)
			if err != nil {
				return err
			}
			chart.Series = append(chart.Series, excelize.ChartSeries{
				Name:       fmt.Sprintf("%s!$%s$1", ref, name),
				Categories: fmt.Sprintf("%s!$A$2:$A$%d", ref, lastRow),
				Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", ref, name, name, lastRow),
				Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
			})
		}
		anchor := cellName(1, lastRow+3+i*chartRowStep)
		if err := w.f.AddChart(sheet, anchor, chart); err != nil {
			return fmt.Errorf("workbook: sheet %s: chart %q: %w", sheet, g.title, err)
		}
	}
	return nil
}
