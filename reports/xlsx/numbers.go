package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// Number formats.
//
// A value shows the decimals it has and no more: 180 stays 180 and 0.0826 stays 0.0826,
// since trailing zeros would claim a precision no source gave. The indicator decides the
// rest: a count is a whole number. The Records sheet is the table a person edits and imports
// again, and spreadsheets save a CSV with values as they are shown; so there the format
// groups no digits and shows every decimal ("0.0826"), and the shown text is the value
// itself. The sheets that are read (Briefing, Series) group thousands and show at most two
// decimals for a value of 1 or more, as the PDF writes numbers ("1,234.57"); their cells
// still hold the full value.
type numberStyles struct {
	f   *excelize.File
	ids map[numberFormat]int
}

// numberFormat is a number format as its parts, so that finding a format's style does not
// build the format's text for every value.
type numberFormat struct {
	whole    string // the format of the whole part: "0" or "#,##0"
	decimals int
	// prefix and suffix are shown around the number and change nothing in the cell: a
	// qualifier ("≥ 42" for at least 42) and the marks of a conflict (†) or a caveat (‡),
	// so that the cell stays a number that sorts, sums and charts.
	prefix, suffix string
}

// qualifierPrefixes are the signs a reading format writes before a qualified value.
var qualifierPrefixes = map[dataset.Qualifier]string{dataset.AtLeast: "≥ ", dataset.AtMost: "≤ ", dataset.Approx: "≈ "}

// maxExactDecimals bounds the decimals of the Records format; a value with more (a ratio
// computed in binary) keeps them in the cell.
const maxExactDecimals = 9

func newNumberStyles(f *excelize.File) numberStyles {
	return numberStyles{f: f, ids: map[numberFormat]int{}}
}

// record returns the Records style of a value.
func (n *numberStyles) record(v float64) (int, error) {
	return n.style(numberFormat{whole: "0", decimals: exactDecimals(v)})
}

// forReading returns the style of a value on a sheet that is read.
func (n *numberStyles) forReading(v float64) (int, error) {
	return n.style(numberFormat{whole: "#,##0", decimals: shownDecimals(v)})
}

// marked returns the style of a value on a sheet that is read, with its qualifier's sign
// before it and marks after it.
func (n *numberStyles) marked(v float64, q dataset.Qualifier, marks string) (int, error) {
	return n.style(numberFormat{whole: "#,##0", decimals: shownDecimals(v), prefix: qualifierPrefixes[q], suffix: marks})
}

func (n *numberStyles) style(nf numberFormat) (int, error) {
	if id, ok := n.ids[nf]; ok {
		return id, nil
	}
	format := nf.text()
	id, err := n.f.NewStyle(&excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return 0, fmt.Errorf("workbook styles: number format %q: %w", format, err)
	}
	n.ids[nf] = id
	return id, nil
}

// text returns the format as Excel reads it: "#,##0.00".
func (nf numberFormat) text() string {
	number := nf.whole
	if nf.decimals > 0 {
		number += "." + strings.Repeat("0", nf.decimals)
	}
	quote := func(s string) string {
		if s == "" {
			return ""
		}
		return `"` + s + `"`
	}
	if nf.prefix == "" && nf.suffix == "" {
		return number
	}
	// Excel applies a format's first section to positive numbers and zero, its second to
	// negative ones; a sign before the minus would read "≥ -3", so both are written.
	positive := quote(nf.prefix) + number + quote(nf.suffix)
	return positive + ";" + quote(nf.prefix) + "-" + number + quote(nf.suffix)
}

// exactDecimals returns how many decimals the shortest exact form of v has, at most
// maxExactDecimals.
func exactDecimals(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok {
		return min(len(frac), maxExactDecimals)
	}
	return 0
}

// shownDecimals returns how many decimals a reading format shows for v: as many as
// words.Number writes, so that a sheet that is read agrees with the PDF.
func shownDecimals(v float64) int {
	if _, frac, ok := strings.Cut(words.Number(v), "."); ok {
		return len(frac)
	}
	return 0
}

// unitOf returns the unit of a record's indicator, or "" when it has none.
func unitOf(b *reports.Briefing, r *dataset.Record) string {
	if ind := b.Indicators[r.Indicator]; ind != nil {
		return ind.Unit
	}
	return ""
}
