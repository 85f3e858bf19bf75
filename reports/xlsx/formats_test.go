package xlsx_test

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/reports/reportstest"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// decimalsOf is the decimals a number format shows: "#,##0.00\"†\"" → 2.
var decimalsOf = regexp.MustCompile(`0\.(0+)`)

func formatDecimals(format string) int {
	if m := decimalsOf.FindStringSubmatch(format); m != nil {
		return len(m[1])
	}
	return 0
}

// TestPercentAndColumnFormats renders the bundled dataset: a change in percent is stored
// as a fraction with a percent format, and every column of the Series sheet (one
// indicator) shows one number of decimals all the way down.
func TestPercentAndColumnFormats(t *testing.T) {
	d := reportstest.Bundled(t)
	b := build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
	f := open(t, render(t, b))

	t.Run("change percent", func(t *testing.T) {
		rows, err := f.GetRows(xlsx.SheetBriefing, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		header, col := -1, -1
		for r, row := range rows {
			for c, v := range row {
				if v == "Change %" {
					header, col = r, c
				}
			}
		}
		if header < 0 {
			t.Fatal("no Change % column on Briefing")
		}
		want := map[string]float64{} // indicator and reporter → the change as a fraction
		for _, kf := range b.KeyFigures {
			if kf.Change != nil && kf.Change.HasPercent {
				want[b.IndicatorName(kf.Indicator)+"|"+b.CountryName(kf.Reporter)] = kf.Change.Percent / 100
			}
		}
		if len(want) == 0 {
			t.Fatal("the bundled dataset's key figures have no change in percent to check")
		}
		seen := 0
		for r := header + 1; r < len(rows) && len(rows[r]) > 1; r++ {
			w, ok := want[rows[r][0]+"|"+rows[r][1]]
			if !ok || len(rows[r]) <= col {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(col+1, r+1)
			got, err := strconv.ParseFloat(rows[r][col], 64)
			if err != nil || math.Abs(got-w) > 1e-12 {
				t.Errorf("%s = %q, want the fraction %v", ref, rows[r][col], w)
			}
			if format := numberFormat(t, f, xlsx.SheetBriefing, ref); !strings.Contains(format, "0.0%") {
				t.Errorf("%s has format %q, want a percent format", ref, format)
			}
			seen++
		}
		if seen != len(want) {
			t.Errorf("checked %d changes in percent, want %d", seen, len(want))
		}
	})

	t.Run("series columns", func(t *testing.T) {
		cols, err := f.GetCols(xlsx.SheetSeries)
		if err != nil {
			t.Fatal(err)
		}
		for c := 1; c < len(cols); c++ {
			decimals := -1
			for r := 1; r < len(cols[c]) && r <= 60; r++ {
				if cols[c][r] == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if typ, _ := f.GetCellType(xlsx.SheetSeries, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
					break // the table of years is over
				}
				n := formatDecimals(numberFormat(t, f, xlsx.SheetSeries, ref))
				if decimals >= 0 && n != decimals {
					t.Errorf("Series column %q: %s shows %d decimals, the cells above %d", cols[c][0], ref, n, decimals)
				}
				decimals = n
			}
		}
	})
}
