package importing

import (
	"slices"
	"strings"
	"unicode"

	"attache/reports/dataset"
)

// imfPublisher is the publisher of the sources made from IMF files.
const imfPublisher = "International Monetary Fund (Direction of Trade Statistics / International Merchandise Trade Statistics)"

// imfIndicators are the IMF trade indicators by code, with the ids of the bundled dataset's
// indicators where it has them, so that an IMF download meets the values already there.
var imfIndicators = map[string]series{
	"TXG_FOB_USD": {id: "dots-exports", name: "Exports to the partner, FOB (IMF DOTS)", mirror: "dots-imports",
		title: "Exports of %[1]s to %[2]s", agency: "IMF DOTS",
		description: "Exports valued free on board, as the reporting country gave them to the IMF's Direction of Trade Statistics; each record names the reporter and the partner."},
	"TMG_CIF_USD": {id: "dots-imports", name: "Imports from the partner, CIF (IMF DOTS)", mirror: "dots-exports",
		title: "Imports of %[1]s from %[2]s", agency: "IMF DOTS",
		description: "Imports valued at cost, insurance and freight, as the reporting country gave them to the IMF's Direction of Trade Statistics; each record names the reporter and the partner."},
	"TMG_FOB_USD": {id: "dots-imports-fob", name: "Imports from the partner, FOB (IMF DOTS)", mirror: "dots-exports",
		title: "Imports (FOB) of %[1]s from %[2]s", agency: "IMF DOTS",
		description: "Imports valued free on board, as the reporting country gave them to the IMF's Direction of Trade Statistics."},
	"TBG_USD": {id: "dots-balance", name: "Trade balance with the partner (IMF DOTS)",
		title: "Trade balance of %[1]s with %[2]s", agency: "IMF DOTS",
		description: "Exports less imports, as the IMF's Direction of Trade Statistics give them."},
}

// imfAliases are the codes of the IMF's newer trade dataset (IMTS) for the same indicators.
var imfAliases = map[string]string{"XG_FOB_USD": "TXG_FOB_USD", "MG_CIF_USD": "TMG_CIF_USD", "MG_FOB_USD": "TMG_FOB_USD", "TBG_FOB_USD": "TBG_USD"}

// imfSeries is the series of an IMF indicator code; name is the file's indicator name, if any.
func imfSeries(code, name string) (series, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if a, ok := imfAliases[code]; ok {
		code = a
	}
	if s, ok := imfIndicators[code]; ok {
		return s, true
	}
	if name == "" {
		name = code
	}
	return series{id: "imf-" + strings.ToLower(strings.ReplaceAll(code, "_", "-")), name: name + " (IMF, " + code + ")",
		title: literal(name) + ": %[1]s and %[2]s", agency: "IMF", description: "Indicator " + code + " of the IMF, as the file names it: " + name + "."}, false
}

// imfColumns are the columns of the IMF layouts that are not indicators or periods.
var imfColumns = []string{"Country Name", "Country Code", "Counterpart Country Name", "Counterpart Country Code",
	"Time Period", "Indicator Name", "Indicator Code", "Attribute", "Scale", "Unit Multiplier", "Unit", "Frequency"}

func isIMFColumn(h string) bool {
	for _, c := range imfColumns {
		if strings.EqualFold(c, h) {
			return true
		}
	}
	return false
}

// indicatorCode reports whether a header is an indicator code: capitals, digits, "_".
func indicatorCode(h string) bool {
	if h == "" || !strings.Contains(h, "_") {
		return false
	}
	for _, r := range h {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

// imfScale reads the row's scale column, when the file has one; the IMF publishes its trade
// values in millions of US dollars, which is the default.
func (t *table) imfScale(line int, row []string, col int) (float64, bool) {
	if col < 0 || cell(row, col) == "" {
		return 1e6, true
	}
	s, ok := scales[strings.ToLower(cell(row, col))]
	if !ok {
		t.problem(line, t.header[col], "scale %q is not one of Units, Thousands, Millions, Billions", cell(row, col))
	}
	return s, ok
}

// readIMFPanel reads the IMF's panel layout: one row per country, counterpart and period,
// one column per indicator (TXG_FOB_USD, TMG_CIF_USD, …), and optionally a column
// "<code> Status" with each value's status.
func readIMFPanel(t *table, emit func(*observation)) {
	t.publisher = imfPublisher
	cols, ok := t.need("Country Code", "Counterpart Country Code", "Time Period")
	if !ok {
		return
	}
	country, counterpart, period := cols[0], cols[1], cols[2]
	countryName, counterpartName, scaleCol := t.col("Country Name"), t.col("Counterpart Country Name"), firstColumn(t, "Scale", "Unit Multiplier")
	var indicators []int
	for i, h := range t.header {
		if !isIMFColumn(h) && indicatorCode(h) {
			indicators = append(indicators, i)
		}
	}
	if len(indicators) == 0 {
		t.problem(1, "", "the header names no indicator column (such as TXG_FOB_USD or TMG_CIF_USD)")
		return
	}
	t.scan(func(line int, row []string) {
		reporter, ok1 := t.imfArea(line, row, country, countryName)
		partner, ok2 := t.imfArea(line, row, counterpart, counterpartName)
		date, end, err := parsePeriod(cell(row, period))
		if err != nil {
			t.problem(line, t.header[period], "%v", err)
			return
		}
		scale, ok3 := t.imfScale(line, row, scaleCol)
		if !ok1 || !ok2 || !ok3 {
			return
		}
		for _, col := range indicators {
			s, _ := imfSeries(t.header[col], "")
			o := observation{line: line, series: s, reporter: reporter, partner: partner, date: date, end: end,
				currency: "USD", scale: scale}
			if t.fill(&o, t.header[col], cell(row, col)) {
				applyStatus(&o, cell(row, t.col(t.header[col]+" Status")))
				emit(&o)
			}
		}
	})
}

// readIMFYears reads the IMF's layout with one column per period (1992, 1993, … or 2021M01,
// …): one row per country, indicator and counterpart, and, when the file has an Attribute
// column, a "Status" row after each "Value" row.
func readIMFYears(t *table, emit func(*observation)) {
	t.publisher = imfPublisher
	cols, ok := t.need("Country Code", "Counterpart Country Code", "Indicator Code")
	if !ok {
		return
	}
	country, counterpart, indicator := cols[0], cols[1], cols[2]
	countryName, counterpartName, indicatorName := t.col("Country Name"), t.col("Counterpart Country Name"), t.col("Indicator Name")
	attribute, scaleCol := t.col("Attribute"), firstColumn(t, "Scale", "Unit Multiplier")
	type periodColumn struct {
		col  int
		date periodDate
	}
	var periods []periodColumn
	for i, h := range t.header {
		if isIMFColumn(h) {
			continue
		}
		if d, e, err := parsePeriod(h); err == nil {
			periods = append(periods, periodColumn{i, periodDate{d, e}})
		}
	}
	if len(periods) == 0 {
		t.problem(1, "", "the header names no period column (such as 2021 or 2021M01)")
		return
	}
	// Status rows first, keyed by country, indicator and counterpart.
	status := map[string][]string{}
	rowKey := func(row []string) string {
		return cell(row, country) + "|" + cell(row, indicator) + "|" + cell(row, counterpart)
	}
	t.scan(func(_ int, row []string) {
		if strings.EqualFold(cell(row, attribute), "Status") {
			status[rowKey(row)] = slices.Clone(row) // scan reuses the slice
		}
	})
	t.scan(func(line int, row []string) {
		switch a := cell(row, attribute); {
		case strings.EqualFold(a, "Status"):
			return
		case attribute >= 0 && a != "" && !strings.EqualFold(a, "Value"):
			t.problem(line, "Attribute", "attribute %q is neither Value nor Status", a)
			return
		}
		reporter, ok1 := t.imfArea(line, row, country, countryName)
		partner, ok2 := t.imfArea(line, row, counterpart, counterpartName)
		scale, ok3 := t.imfScale(line, row, scaleCol)
		if !ok1 || !ok2 || !ok3 {
			return
		}
		s, _ := imfSeries(cell(row, indicator), cell(row, indicatorName))
		statusRow := status[rowKey(row)]
		for _, p := range periods {
			o := observation{line: line, series: s, reporter: reporter, partner: partner, date: p.date.date, end: p.date.end,
				currency: "USD", scale: scale}
			if t.fill(&o, t.header[p.col], cell(row, p.col)) {
				if statusRow != nil {
					applyStatus(&o, cell(statusRow, p.col))
				}
				emit(&o)
			}
		}
	})
}

type periodDate struct {
	date dataset.Date
	end  *dataset.Date
}

func firstColumn(t *table, names ...string) int {
	for _, n := range names {
		if c := t.col(n); c >= 0 {
			return c
		}
	}
	return -1
}

// fill reads a value cell into o: a number, or a missing mark; false when the cell is
// neither (a problem of its line).
func (t *table) fill(o *observation, column, s string) bool {
	v, mark, ok := t.number(o.line, column, s)
	switch {
	case ok:
		o.value = v
	case mark != "":
		o.missing = mark
	default:
		return false
	}
	return true
}

// imfArea reads a country of an IMF file: an ISO code, or the IMF's own numeric code, which
// is not ISO's and is then matched by the country's name.
func (t *table) imfArea(line int, row []string, codeCol, nameCol int) (string, bool) {
	code, name := cell(row, codeCol), cell(row, nameCol)
	if code != "" && !isDigits(code) {
		if c, ok := countryByCode(code); ok {
			return c.alpha3, true
		}
	}
	if c, ok := countryByName(name); ok {
		return c.alpha3, true
	}
	t.problem(line, t.header[codeCol], "%q (%s) is not a country Attaché knows: the IMF's numeric codes are matched by the country's name, which matched no ISO 3166 name", code, name)
	return "", false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
