package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/words"
)

// Layout of the Series sheet: column widths in characters.
const (
	seriesWidth    = 16.0
	maxHeaderLines = 6
)

// writeSeries writes the yearly series, years down and one column per series, numbers
// only; the Charts sheet draws them.
func (w *workbook) writeSeries() error {
	series := w.b.Series
	sheet := w.sheet(SheetSeries)
	s := w.newRows(sheet)
	if len(series) == 0 {
		s.add(w.t(labelNoSeries))
		return w.place(s, layout{widths: []float64{40}, fitWidth: true, portrait: true})
	}
	first, last := series[0].Points[0].Year, series[0].Points[0].Year
	for _, sr := range series {
		for _, p := range sr.Points {
			first, last = min(first, p.Year), max(last, p.Year)
		}
	}
	year := w.t(seriesYearHeader)
	headers := uniqueHeaders(w.b, series, year)
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
	var notes []string // what the marks of the cells stand for, listed under the table
	for i, sr := range series {
		for _, p := range sr.Points {
			marks := ""
			if len(p.Others) > 0 {
				marks += "†"
				notes = append(notes, w.t("xlsx.series.conflict", w.b.Lang().Year(p.Year), headers[i], w.pointValues(p)))
			}
			if c := w.b.Caveat(p.Figure.Record); c != "" {
				marks += "‡"
				notes = append(notes, w.t("xlsx.series.caveat", w.b.Lang().Year(p.Year), headers[i], c))
			}
			v, err := w.markedNumberCell(sr.Indicator, p.Figure.Value, p.Figure.Qualifier, marks)
			if err != nil {
				return fmt.Errorf("workbook: sheet %s: %s %d: %w", sheet, headers[i], p.Year, err)
			}
			byYear[p.Year-first][i+1] = v
		}
	}
	for _, row := range byYear {
		s.add(row...)
	}
	if len(notes) > 0 {
		s.blank()
		s.add(w.t("xlsx.series.marks"))
		for _, n := range notes {
			s.add(n)
		}
	}
	widths := []float64{8}
	longest := 0
	for _, h := range headers {
		widths = append(widths, seriesWidth)
		longest = max(longest, len([]rune(h)))
	}
	if err := w.place(s, layout{widths: widths, freezeHeader: true, fitWidth: true, portrait: true}); err != nil {
		return err
	}
	// Series names are long and columns narrow: the header wraps, on as many lines as the
	// longest name needs.
	lines := min(maxHeaderLines, longest/int(seriesWidth-2)+1)
	if err := w.f.SetRowHeight(sheet, 1, float64(lines)*lineHeight); err != nil {
		return fmt.Errorf("workbook: sheet %s: %w", sheet, err)
	}
	if err := w.nameSeries(len(byYear) + 1); err != nil {
		return err
	}
	w.seriesRows = len(byYear) + 1
	return nil
}

// nameSeries defines the names of the table of years (rows 1 to lastRow), its years and
// each series' values.
func (w *workbook) nameSeries(lastRow int) error {
	sheet := w.sheet(SheetSeries)
	if err := w.defineName(SeriesName, sheet, absolute(1, 1, len(w.b.Series)+1, lastRow)); err != nil {
		return err
	}
	if err := w.defineName(SeriesYearsName, sheet, absolute(1, 2, 1, lastRow)); err != nil {
		return err
	}
	for i, name := range seriesNames(w.b.Series) {
		if err := w.defineName(name, sheet, absolute(i+2, 2, i+2, lastRow)); err != nil {
			return err
		}
	}
	return nil
}

// pointValues lists every value a year's point has, each with its record and sources:
// "185 (R073) [3]; 180 (R068) [2]".
func (w *workbook) pointValues(p reports.Point) string {
	const listed = 5 // the Records sheet holds every record of the year
	parts := []string{}
	all := append([]reports.Figure{p.Figure}, p.Others...)
	for _, f := range all[:min(len(all), listed)] {
		parts = append(parts, strings.TrimSpace(w.b.FigureText(f)+" ("+f.Record.ID+") "+words.Citations(f.Sources)))
	}
	if more := len(all) - listed; more > 0 {
		parts = append(parts, w.b.Lang().N("xlsx.series.more", more, w.sheet(SheetRecords)))
	}
	return strings.Join(parts, "; ")
}

// uniqueHeaders returns the series' column headers, made unique ignoring case (Excel treats
// headers that differ only in case as the same name) by numbering repeats; year is the
// header of the years' column.
func uniqueHeaders(b *reports.Briefing, series []reports.Series, year string) []string {
	seen := map[string]bool{strings.ToLower(year): true}
	out := make([]string, len(series))
	for i, sr := range series {
		h := b.SeriesLabel(sr)
		for n := 2; seen[strings.ToLower(h)]; n++ {
			h = b.SeriesLabel(sr) + " (" + strconv.Itoa(n) + ")"
		}
		seen[strings.ToLower(h)] = true
		out[i] = h
	}
	return out
}
