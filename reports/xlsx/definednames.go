package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
)

// Defined names let a formula, Power Query or pandas reach a block of the workbook by name,
// in every language the same: RecordsName is the Records table with its header row,
// SeriesName the table of years with its header, SeriesYearsName its years, and each
// series' values are named Series_<indicator>_<reporter> ("Series_exports_AZE").
const (
	RecordsName     = "Records"
	SeriesName      = "Series"
	SeriesYearsName = "Series_years"
)

// defineName adds a workbook-wide defined name for a range of a sheet.
func (w *workbook) defineName(name, sheet, ref string) error {
	err := w.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: sheetRef(sheet) + "!" + ref})
	if err != nil {
		return fmt.Errorf("workbook: sheet %s: the defined name %s: %w", sheet, name, err)
	}
	return nil
}

// absolute writes a range with fixed rows and columns: "$A$1:$W$321".
func absolute(fromCol, fromRow, toCol, toRow int) string {
	cell := func(col, row int) string {
		name, _ := excelize.ColumnNumberToName(col)
		return "$" + name + "$" + strconv.Itoa(row)
	}
	return cell(fromCol, fromRow) + ":" + cell(toCol, toRow)
}

// seriesNames returns the defined name of each series' values: Series_<indicator>_<reporter>
// with every character a name may not hold written as "_", numbered when two would be the
// same ignoring case.
func seriesNames(series []reports.Series) []string {
	seen := map[string]bool{strings.ToLower(SeriesName): true, strings.ToLower(SeriesYearsName): true}
	out := make([]string, len(series))
	for i, sr := range series {
		base := "Series_" + nameSafe(sr.Indicator.ID)
		if sr.Reporter != "" {
			base += "_" + nameSafe(sr.Reporter)
		}
		name := base
		for n := 2; seen[strings.ToLower(name)]; n++ {
			name = base + "_" + strconv.Itoa(n)
		}
		seen[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// nameSafe keeps the ASCII letters, digits, "_" and "." of s and writes "_" for the rest.
func nameSafe(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.' {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}
