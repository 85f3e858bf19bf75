package importing

import (
	"strconv"
	"strings"

	"attache/reports/words"
)

// sdmxAgencies names the publishers of the SDMX agency ids most met with.
var sdmxAgencies = map[string]string{
	"IMF": "International Monetary Fund", "IMF.STA": "International Monetary Fund, Statistics Department",
	"ESTAT": "Eurostat", "OECD": "OECD", "OECD.SDD.TPS": "OECD", "UNSD": "United Nations Statistics Division",
	"WB": "World Bank", "ECB": "European Central Bank", "BIS": "Bank for International Settlements",
}

// sdmxStandard are SDMX-CSV columns that are not dimensions of a series.
var sdmxStandard = []string{"DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA", "COUNTERPART_AREA",
	"TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE", "UNIT", "SCALE", "DECIMALS", "OBS_CONF",
	"COMMENT", "TITLE", "CURRENCY"}

func isSDMXStandard(h string) bool {
	for _, s := range sdmxStandard {
		if strings.EqualFold(s, h) {
			return true
		}
	}
	return strings.Contains(h, ":") // "REF_AREA: Reference area" label columns
}

// sdmxPublisher names the agency of a dataflow such as "IMF:DOT(1.0)" or "IMF.STA:IMTS(1.0.0)".
func sdmxPublisher(flow string) string {
	agency, _, _ := strings.Cut(flow, ":")
	if p, ok := sdmxAgencies[strings.ToUpper(agency)]; ok {
		return p
	}
	if agency == "" {
		return "the publisher named in the file's dataflow"
	}
	return agency
}

// readSDMX reads SDMX-CSV (version 1 with DATAFLOW, version 2 with STRUCTURE and
// STRUCTURE_ID): one observation per row, REF_AREA the reporter, COUNTERPART_AREA the
// partner, the other dimensions (INDICATOR, …) naming the series.
func readSDMX(t *table, emit func(*observation)) {
	cols, ok := t.need("REF_AREA", "COUNTERPART_AREA", "TIME_PERIOD", "OBS_VALUE")
	if !ok {
		return
	}
	area, counterpart, period, value := cols[0], cols[1], cols[2], cols[3]
	flowCol := firstColumn(t, "DATAFLOW", "STRUCTURE_ID")
	status, mult := t.col("OBS_STATUS"), t.col("UNIT_MULT")
	unit := firstColumn(t, "UNIT_MEASURE", "UNIT", "CURRENCY")
	var dims []int
	for i, h := range t.header {
		if !isSDMXStandard(h) {
			dims = append(dims, i)
		}
	}
	t.scan(func(line int, row []string) {
		flow := cell(row, flowCol)
		if t.publisher == "" {
			t.publisher = sdmxPublisher(flow)
		}
		reporter, ok1 := t.sdmxArea(line, row, area)
		partner, ok2 := t.sdmxArea(line, row, counterpart)
		date, end, err := parsePeriod(cell(row, period))
		if err != nil {
			t.problem(line, "TIME_PERIOD", "%v", err)
			return
		}
		if !ok1 || !ok2 {
			return
		}
		s, known := t.sdmxSeries(row, flow, dims)
		o := observation{line: line, series: s, reporter: reporter, partner: partner, date: date, end: end, currency: "USD", scale: 1}
		if u := strings.ToUpper(cell(row, unit)); u != "" && len(u) == 3 {
			o.currency = u
		}
		switch m := cell(row, mult); {
		case m != "":
			n, err := strconv.Atoi(m)
			if err != nil || n < 0 || n > 12 {
				t.problem(line, "UNIT_MULT", "%q is not a power of ten (0, 3, 6, 9)", m)
				return
			}
			o.scale = pow10(n)
		case known:
			o.scale = 1e6 // the IMF's trade indicators are in millions when the file does not say
		}
		if !t.fill(&o, "OBS_VALUE", cell(row, value)) {
			return
		}
		applyStatus(&o, cell(row, status))
		emit(&o)
	})
}

func pow10(n int) float64 {
	f := 1.0
	for range n {
		f *= 10
	}
	return f
}

// sdmxSeries is the series of a row: an IMF trade indicator when the INDICATOR dimension
// names one, else one made from the dataflow and the dimensions' codes.
func (t *table) sdmxSeries(row []string, flow string, dims []int) (series, bool) {
	if c := t.col("INDICATOR"); c >= 0 {
		if s, ok := imfSeries(cell(row, c), ""); ok {
			return s, true
		}
	}
	flowID := flow
	if _, after, ok := strings.Cut(flowID, ":"); ok {
		flowID = after
	}
	flowID, _, _ = strings.Cut(flowID, "(")
	var codes []string
	for _, d := range dims {
		if v := cell(row, d); v != "" {
			codes = append(codes, v)
		}
	}
	code := strings.Join(codes, ".")
	id := "sdmx-" + words.Slug(flowID+"-"+code)
	name := flowID + " " + code
	return series{id: id, name: name + " (SDMX)", title: literal(name) + ": %[1]s and %[2]s", agency: flowID,
		description: "Series " + code + " of the dataflow " + flow + ", as the file gives it."}, false
}

// sdmxArea reads a reference or counterpart area: an ISO alpha-2 or alpha-3 code.
func (t *table) sdmxArea(line int, row []string, col int) (string, bool) {
	code := cell(row, col)
	if c, ok := countryByCode(code); ok && !isDigits(code) {
		return c.alpha3, true
	}
	t.problem(line, t.header[col], "%q is not an ISO 3166 country code: Attaché reads values between two countries", code)
	return "", false
}

// applyStatus turns an agency's status flag into the value's qualifier and caveat, or into
// a missing value: never into a zero. The letters are SDMX's OBS_STATUS code list, which
// the IMF's status columns use too.
func applyStatus(o *observation, status string) {
	status = strings.TrimSpace(status)
	switch strings.ToUpper(status) {
	case "", "A":
	case "E":
		o.estimate = true
		o.notes = append(o.notes, "the agency marks this value as an estimate (status E)")
	case "P":
		o.notes = append(o.notes, "the agency marks this value as provisional (status P)")
	case "F":
		o.estimate = true
		o.notes = append(o.notes, "the agency marks this value as a forecast (status F)")
	case "B":
		o.notes = append(o.notes, "the agency marks a break in the series at this value (status B)")
	case "M", "L", "O", "N":
		o.missing = "status " + strings.ToUpper(status)
	default:
		o.notes = append(o.notes, "the agency's status for this value is "+strconv.Quote(status))
	}
}
