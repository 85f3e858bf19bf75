package main

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// dotsTitle is how records.csv titles its DOTS data points.
var dotsTitle = regexp.MustCompile(`^IMF DOTS: (AZE|KOR)-reported (exports FOB to|imports CIF from) (KOR|AZE), (\d{4})$`)

// imfNames maps the IMF's country names to the pair's codes.
var imfNames = map[string]string{"Azerbaijan, Rep. of": aze, "Korea, Rep. of": kor}

// shortNames are the country names the generated titles use.
var shortNames = map[string]string{aze: "Azerbaijan", kor: "Korea"}

// dotsKey identifies one DOTS figure: who reported which flow for which year.
type dotsKey struct {
	reporter, indicator string
	year                int
}

// dotsCaveats are warnings from the material's own cross-checks, given to the figures they
// concern as their caveat, so that they travel with the figure.
var dotsCaveats = map[dotsKey]string{
	{aze, indDOTSExports, 2008}: "The two sides' figures differ widely this year: Korea reports only USD 12.4 million of imports from Azerbaijan.",
	{kor, indDOTSImports, 2008}: "The two sides' figures differ widely this year: Azerbaijan reports USD 696.8 million of exports to Korea.",
	// AZE 2015/2016: Azerbaijan reported almost no imports from Korea and no exports to it,
	// while Korea reported about USD 122 million of exports to Azerbaijan each year.
	{aze, indDOTSImports, 2015}: "Almost nil, while Korea reports about USD 122 million of exports to Azerbaijan this year: probably a gap in Azerbaijan's reporting, not a real fall. Azerbaijan reports no exports to Korea this year, so there is no Azerbaijani trade total.",
	{aze, indDOTSImports, 2016}: "Almost nil, while Korea reports about USD 122 million of exports to Azerbaijan this year: probably a gap in Azerbaijan's reporting, not a real fall. Azerbaijan reports no exports to Korea this year, so there is no Azerbaijani trade total.",
	{kor, indDOTSExports, 2015}: "Azerbaijan's own figures for trade with Korea are almost nil or missing this year, probably a gap in its reporting: the two sides cannot be compared this year.",
	{kor, indDOTSExports, 2016}: "Azerbaijan's own figures for trade with Korea are almost nil or missing this year, probably a gap in its reporting: the two sides cannot be compared this year.",
}

// dotsRecord turns one DOTS row of records.csv into a record, checking its value against the
// raw extract.
func dotsRecord(c csvRecord, extract map[dotsKey]float64) (dataset.Record, dotsKey, error) {
	m := dotsTitle.FindStringSubmatch(c.title)
	if m == nil {
		return dataset.Record{}, dotsKey{}, fmt.Errorf("%s line %d (%s): title %q is not a DOTS title", recordsFile, c.line, c.id, c.title)
	}
	reporter, partner := m[1], m[3]
	year, _ := strconv.Atoi(m[4])
	key := dotsKey{reporter: reporter, indicator: indDOTSExports, year: year}
	if m[2] != "exports FOB to" {
		key.indicator = indDOTSImports
	}
	value, err := strconv.ParseFloat(c.value, 64)
	if err != nil {
		return dataset.Record{}, key, fmt.Errorf("%s line %d (%s): value %q is not a number", recordsFile, c.line, c.id, c.value)
	}
	raw, ok := extract[key]
	if !ok || math.Abs(raw-value) > 1e-9 {
		return dataset.Record{}, key, fmt.Errorf("%s line %d (%s): value %v does not match the DOTS extract (%v)", recordsFile, c.line, c.id, value, raw)
	}
	if c.date != m[4] || c.precision != "year" {
		return dataset.Record{}, key, fmt.Errorf("%s line %d (%s): date %q does not match the title's year %d", recordsFile, c.line, c.id, c.date, year)
	}
	rep, par := shortNames[reporter], shortNames[partner]
	var title, summary string
	if key.indicator == indDOTSExports {
		title = fmt.Sprintf("%s's exports to %s, %d, as reported by %s (IMF DOTS)", rep, par, year, rep)
		summary = fmt.Sprintf("Free-on-board value that %s reported to the IMF's Direction of Trade Statistics. The mirror figure is %s's reported imports from %s.", rep, par, rep)
	} else {
		title = fmt.Sprintf("%s's imports from %s, %d, as reported by %s (IMF DOTS)", rep, par, year, rep)
		summary = fmt.Sprintf("Value at cost, insurance and freight that %s reported to the IMF's Direction of Trade Statistics. The mirror figure is %s's reported exports to %s.", rep, par, rep)
	}
	return dataset.Record{
		Caveat: dotsCaveats[key],
		ID:     c.id, Kind: dataset.Measure, Date: dataset.Date{Y: year, Precision: dataset.Year},
		Sectors: []string{secTrade}, Title: title, Summary: summary, Sources: []string{dotsSourceID},
		Indicator: key.indicator, Value: &value, Qualifier: dataset.Exact, Reporter: reporter, Partner: partner,
	}, key, nil
}

// dotsExtract indexes the raw extract by reporter, flow and year.
func dotsExtract(points []dotsPoint) (map[dotsKey]float64, error) {
	out := map[dotsKey]float64{}
	for _, p := range points {
		reporter, ok := imfNames[p.reporter]
		if !ok {
			return nil, fmt.Errorf("%s: unknown reporter %q", dotsFile, p.reporter)
		}
		key := dotsKey{reporter: reporter, indicator: indDOTSExports, year: p.year}
		if strings.HasPrefix(p.flow, "Imports") {
			key.indicator = indDOTSImports
		}
		out[key] = p.value
	}
	return out, nil
}

// totalID names the derived total of one reporter and year, e.g. "DT-AZE-2008".
func totalID(reporter string, year int) string { return fmt.Sprintf("DT-%s-%d", reporter, year) }

const totalMethod = "Sum of the reporter's exports (FOB) and imports (CIF) for the year in IMF DOTS, rounded to 4 decimals; made only for a year in which the reporter gives both flows."

// dotsTotals makes one derived record per reporter and year of the totals file in which the
// reporter gives both flows, checking each against the sum of the two DOTS records. The
// totals file also sums years with one flow, counting the other as zero (its note says
// "blank cells treated as 0"): that is not a total, and those rows are passed over.
func dotsTotals(totals []dotsTotal, ids map[dotsKey]string, values map[dotsKey]float64) ([]dataset.Record, error) {
	var out []dataset.Record
	for _, reporter := range []string{aze, kor} {
		partner := kor
		if reporter == kor {
			partner = aze
		}
		for _, t := range totals {
			total, has := t.aze, t.hasAZE
			if reporter == kor {
				total, has = t.kor, t.hasKOR
			}
			if !has {
				continue
			}
			var from []string
			sum := 0.0
			for _, ind := range []string{indDOTSExports, indDOTSImports} {
				k := dotsKey{reporter, ind, t.year}
				if id, ok := ids[k]; ok {
					from = append(from, id)
					sum += values[k]
				}
			}
			if len(from) < 2 {
				continue // one flow is missing: no total
			}
			if math.Abs(sum-total) > 1e-4 {
				return nil, fmt.Errorf("%s: %s total for %d is %v but its DOTS records sum to %v", totalsFile, reporter, t.year, total, sum)
			}
			rep, par := shortNames[reporter], shortNames[partner]
			summary := fmt.Sprintf("%s's reported exports to %s plus its imports from %s, computed from the IMF DOTS records; not a published figure.", rep, par, par)
			var caveat string
			for _, ind := range []string{indDOTSExports, indDOTSImports} {
				if c, warned := dotsCaveats[dotsKey{reporter, ind, t.year}]; warned {
					caveat = c // the total carries its input's warning
				}
			}
			v := total
			out = append(out, dataset.Record{
				ID: totalID(reporter, t.year), Kind: dataset.Measure, Date: dataset.Date{Y: t.year, Precision: dataset.Year},
				Sectors: []string{secTrade}, Title: fmt.Sprintf("Trade total, %d, as reported by %s (IMF DOTS, derived)", t.year, rep),
				Summary: summary, Caveat: caveat, Sources: []string{dotsSourceID},
				Indicator: indDOTSTotal, Value: &v, Qualifier: dataset.Exact, Reporter: reporter, Partner: partner,
				Derived: &dataset.Derivation{Method: totalMethod, From: from, Operation: dataset.OpSum},
			})
		}
	}
	return out, nil
}
