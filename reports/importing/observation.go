package importing

import (
	"fmt"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// series is the indicator an agency's values go into: its id in the dataset, its
// definition when the dataset lacks it, and how a record's title reads.
type series struct {
	id, name, description string
	// mirror is the series in which the partner reports the same flow, "" when none.
	mirror string
	// title is the record title's pattern: %[1]s the reporter's name, %[2]s the partner's.
	title string
	// agency names the publisher shortly in the record's title: "UN Comtrade".
	agency string
}

// observation is one value of an agency file, as the file states it.
type observation struct {
	line     int
	series   series
	reporter string // ISO alpha-3
	partner  string
	date     dataset.Date
	end      *dataset.Date
	value    float64
	// missing is the file's mark where it gives no value ("…", "-", "empty", a status);
	// a missing value is listed, never made a zero.
	missing string
	// currency and scale are the value's unit: "USD" and 1e6 for USD million.
	currency string
	scale    float64
	// estimate makes the value approximate; notes become its caveat.
	estimate bool
	notes    []string
	// valuation says how the value was chosen or valued, for the record's summary.
	valuation string
}

// key is what makes two values the same value: indicator, reporter, partner and period.
func (o *observation) key() string {
	end := ""
	if o.end != nil {
		end = o.end.String()
	}
	return o.series.id + "|" + o.reporter + "|" + o.partner + "|" + o.date.String() + "|" + end
}

// parsePeriod reads the period forms agencies write: "2021", "2021-03", "202103" (UN
// Comtrade), "2021M03", "2021-M03", "2021M3", "2021Q1", "2021-Q1". A quarter is its first
// month with an end.
func parsePeriod(s string) (dataset.Date, *dataset.Date, error) {
	s = strings.TrimSpace(s)
	bad := func() (dataset.Date, *dataset.Date, error) {
		return dataset.Date{}, nil, fmt.Errorf("%q is not a period: write a year (2021), a month (2021-03, 2021M03) or a quarter (2021Q1)", s)
	}
	if len(s) < 4 {
		return bad()
	}
	year, err := strconv.Atoi(s[:4])
	if err != nil || year < 1000 {
		return bad()
	}
	rest := strings.TrimPrefix(s[4:], "-")
	month := func(m string) (dataset.Date, *dataset.Date, error) {
		n, err := strconv.Atoi(m)
		if err != nil || n < 1 || n > 12 {
			return bad()
		}
		return dataset.Date{Y: year, M: n, Precision: dataset.Month}, nil, nil
	}
	switch {
	case rest == "":
		return dataset.Date{Y: year, Precision: dataset.Year}, nil, nil
	case rest[0] == 'M' || rest[0] == 'm':
		return month(rest[1:])
	case rest[0] == 'Q' || rest[0] == 'q':
		q, err := strconv.Atoi(rest[1:])
		if err != nil || q < 1 || q > 4 {
			return bad()
		}
		end := dataset.Date{Y: year, M: 3 * q, Precision: dataset.Month}
		return dataset.Date{Y: year, M: 3*q - 2, Precision: dataset.Month}, &end, nil
	case len(rest) <= 2:
		return month(rest)
	}
	return bad()
}

// scales maps the words agencies write for a scale to its factor.
var scales = map[string]float64{
	"": 1, "units": 1, "unit": 1, "0": 1,
	"thousands": 1e3, "thousand": 1e3, "3": 1e3,
	"millions": 1e6, "million": 1e6, "6": 1e6,
	"billions": 1e9, "billion": 1e9, "9": 1e9,
}

// scaleWord writes a factor as a unit's scale word.
func scaleWord(f float64) string {
	switch f {
	case 1:
		return ""
	case 1e3:
		return "thousand"
	case 1e6:
		return "million"
	case 1e9:
		return "billion"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// unitName is "USD million" for ("USD", 1e6).
func unitName(currency string, scale float64) string {
	if w := scaleWord(scale); w != "" {
		return currency + " " + w
	}
	return currency
}

// parseUnit reads a dataset unit such as "USD million" into its currency and scale; ok is
// false for a unit that is no currency amount ("companies", "percent").
func parseUnit(unit string) (currency string, scale float64, ok bool) {
	f := strings.Fields(unit)
	if len(f) == 0 || len(f) > 2 || len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
		return "", 0, false
	}
	if len(f) == 1 {
		return f[0], 1, true
	}
	s, ok := scales[strings.ToLower(f[1])]
	if !ok || s == 1 {
		return "", 0, false
	}
	return f[0], s, true
}
