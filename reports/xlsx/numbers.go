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
// The values of one indicator share one number format, with the decimals its unit needs:
// the most any of its values in the briefing has, so that a column of one unit (a series,
// a filtered Records column) lines its decimals up, and no value is shown shorter than it
// is. A count is a whole number. The Records sheet is the table a person edits and imports
// again, and spreadsheets save a CSV with values as they are shown; so there the format
// groups no digits and shows every decimal a value of the indicator has ("0.0826"). The
// sheets that are read (Briefing, Series) group thousands and show at most two decimals
// for a value of 1 or more, as the PDF writes numbers ("1,234.57"); their cells still hold
// the full value. A percentage is a fraction with a percent format (0.925 shows 92.5%).
type numberStyles struct {
	f   *excelize.File
	ids map[numberFormat]int
}

// numberFormat is a number format as its parts, so that finding a format's style does not
// build the format's text for every value.
type numberFormat struct {
	whole    string // the format of the whole part: "0" or "#,##0"
	decimals int
	percent  bool // the cell holds a fraction, shown as a percentage with its sign
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

// record returns the Records style of a value with d decimals.
func (n *numberStyles) record(d decimals) (int, error) {
	return n.style(numberFormat{whole: "0", decimals: d.exact})
}

// forReading returns the style of a value on a sheet that is read.
func (n *numberStyles) forReading(d decimals) (int, error) {
	return n.style(numberFormat{whole: "#,##0", decimals: d.shown})
}

// marked returns the style of a value on a sheet that is read, with its qualifier's sign
// before it and marks after it.
func (n *numberStyles) marked(d decimals, q dataset.Qualifier, marks string) (int, error) {
	return n.style(numberFormat{whole: "#,##0", decimals: d.shown, prefix: qualifierPrefixes[q], suffix: marks})
}

// percent returns the style of a change in percent, one decimal with its sign ("+92.5%"),
// the qualifier's sign before it.
func (n *numberStyles) percent(q dataset.Qualifier) (int, error) {
	return n.style(numberFormat{whole: "0", decimals: 1, percent: true, prefix: qualifierPrefixes[q]})
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
	if nf.percent {
		number += "%"
	}
	quote := func(s string) string {
		if s == "" {
			return ""
		}
		return `"` + s + `"`
	}
	if nf.prefix == "" && nf.suffix == "" && !nf.percent {
		return number
	}
	// Excel applies a format's first section to positive numbers, its second to negative
	// ones and its third to zero; a sign before the minus would read "≥ -3", so the
	// sections are written out. A change in percent shows its sign: +92.5%.
	plus := ""
	if nf.percent {
		plus = "+"
	}
	positive := quote(nf.prefix) + plus + number + quote(nf.suffix)
	negative := quote(nf.prefix) + "-" + number + quote(nf.suffix)
	if nf.percent {
		return positive + ";" + negative + ";" + quote(nf.prefix) + number + quote(nf.suffix)
	}
	return positive + ";" + negative
}

// decimals is how many decimals the values of an indicator need: exact on Records (every
// decimal any value has), shown on the sheets that are read.
type decimals struct{ exact, shown int }

// countDecimals finds the decimals of every indicator over the briefing's records, whose
// values include every value the workbook writes (key figures, series, mirrors and
// conflicts are records of the briefing).
func (w *workbook) countDecimals() {
	w.decimals = make(map[string]decimals)
	for _, r := range w.b.Records {
		if r.Value == nil || r.Indicator == "" {
			continue
		}
		d := w.decimals[r.Indicator]
		w.decimals[r.Indicator] = decimals{exact: max(d.exact, exactDecimals(*r.Value)), shown: max(d.shown, shownDecimals(*r.Value))}
	}
}

// decimalsOf returns the decimals of an indicator's values, or those of v alone for a value
// of no indicator the records know.
func (w *workbook) decimalsOf(ind *dataset.Indicator, v float64) decimals {
	if ind != nil {
		if d, ok := w.decimals[ind.ID]; ok {
			return d
		}
	}
	return decimals{exact: exactDecimals(v), shown: shownDecimals(v)}
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
