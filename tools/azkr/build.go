package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// Identity of the bundled dataset.
const (
	datasetID      = "az-kr"
	datasetVersion = "2026.12.0"
	datasetTitle   = "Azerbaijan – Republic of Korea: bilateral relations since 1992"
)

const descriptionPrefix = "[headline not shown]"

// build turns the research material and the hand-made decisions into the dataset. Every
// problem found is returned at once.
func build(m *material) (*dataset.Dataset, error) {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	d := &dataset.Dataset{
		Format: dataset.FormatID, ID: datasetID, Version: datasetVersion, Title: datasetTitle,
		Countries:  []dataset.Country{{Code: aze, Name: "Azerbaijan"}, {Code: kor, Name: "Republic of Korea"}},
		Sectors:    sectors,
		Indicators: indicators,
	}

	sourceByAddress := map[string]string{}
	for _, s := range m.sources {
		meta, ok := sourceMetas[s.key]
		if !ok {
			fail("%s: source %q has no entry in sourceMetas (tools/azkr/sources.go)", sourcesFile, s.key)
			continue
		}
		sourceByAddress[s.address] = s.key
		d.Sources = append(d.Sources, newSource(s.key, s.title, s.address, meta))
	}
	for key := range sourceMetas {
		if _, ok := findSource(m.sources, key); !ok {
			fail("sourceMetas: %q is not a key of the table in %s", key, sourcesFile)
		}
	}
	d.Sources = append(d.Sources, newSource(dotsSourceID, dotsSource.title, dotsSource.address, dotsSource.meta))
	problems = append(problems, additionSources(d, m.additionSources, sourceByAddress)...)

	decided, err := decisions()
	if err != nil {
		return nil, err
	}
	extract, err := dotsExtract(m.dots)
	if err != nil {
		return nil, err
	}
	dotsIDs, dotsValues := map[dotsKey]string{}, map[dotsKey]float64{}
	var webRecords, dotsRecords []dataset.Record
	for _, c := range m.records {
		switch {
		case strings.HasPrefix(c.id, "R"):
			dec, ok := decided[c.id]
			if !ok {
				fail("%s line %d: record %s has no decision; add one to tools/azkr/decisions_*.go", recordsFile, c.line, c.id)
				continue
			}
			delete(decided, c.id)
			r, errs := webRecord(c, dec, sourceByAddress)
			problems = append(problems, errs...)
			webRecords = append(webRecords, r)
		case strings.HasPrefix(c.id, "D"):
			if c.sourceAddress != dotsSource.address {
				fail("%s line %d (%s): source address is not the DOTS extract's", recordsFile, c.line, c.id)
			}
			r, key, err := dotsRecord(c, extract)
			if err != nil {
				fail("%v", err)
				continue
			}
			dotsIDs[key], dotsValues[key] = r.ID, *r.Value
			dotsRecords = append(dotsRecords, r)
		default:
			fail("%s line %d: id %q is neither a web record (R…) nor a DOTS record (D…)", recordsFile, c.line, c.id)
		}
	}
	var additionRecords []dataset.Record
	for _, c := range m.additions {
		if !strings.HasPrefix(c.id, "N") {
			fail("%s line %d: id %q is not an addition (N…)", additionsFile, c.line, c.id)
			continue
		}
		if why := leftOut[c.id]; why != "" {
			if _, ok := decided[c.id]; ok {
				fail("%s line %d: record %s is left out (%s) and has a decision: keep one", additionsFile, c.line, c.id, why)
			}
			continue
		}
		dec, ok := decided[c.id]
		if !ok {
			fail("%s line %d: record %s has no decision; add one to tools/azkr/decisions_2026_12.go or leave it out in leftOut", additionsFile, c.line, c.id)
			continue
		}
		delete(decided, c.id)
		c.file = additionsFile
		r, errs := webRecord(c, dec, sourceByAddress)
		problems = append(problems, errs...)
		additionRecords = append(additionRecords, r)
	}
	for id := range decided {
		fail("decision %s matches no record of %s or %s", id, recordsFile, additionsFile)
	}
	if len(dotsRecords) != len(extract) {
		fail("%s holds %d DOTS records but the extract has %d data points", recordsFile, len(dotsRecords), len(extract))
	}

	var turnover2018 float64
	for _, r := range webRecords {
		if r.ID == article2018Turnover && r.Value != nil {
			turnover2018 = *r.Value
		}
	}
	totals, err := dotsTotals(m.totals, dotsIDs, dotsValues)
	if err != nil {
		fail("%v", err)
	}
	d.Records = append(d.Records, webRecords...)
	d.Records = append(d.Records, additionRecords...)
	d.Records = append(d.Records, articleRecords(turnover2018)...)
	d.Records = append(d.Records, handMadeRecords(webRecords)...)
	d.Records = append(d.Records, dotsRecords...)
	d.Records = append(d.Records, totals...)

	problems = append(problems, checkReferences(d)...)
	problems = append(problems, checkSourceCounts(d, m.sources)...)
	problems = append(problems, checkWording(d, append(slices.Clone(m.records), m.additions...))...)
	problems = append(problems, checkAdditionSources(d, m.additionSources, sourceByAddress)...)
	problems = append(problems, nameSpellings(d)...)
	problems = append(problems, translate(d, m.translations)...)
	if len(problems) > 0 {
		sort.Strings(problems)
		return nil, fmt.Errorf("the dataset cannot be built (%d problems):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	return d, nil
}

func findSource(table []tableSource, key string) (tableSource, bool) {
	for _, s := range table {
		if s.key == key {
			return s, true
		}
	}
	return tableSource{}, false
}

func newSource(id, title, address string, meta sourceMeta) dataset.Source {
	s := dataset.Source{ID: id, Title: title, Publisher: meta.publisher, Author: meta.author, Date: meta.date,
		DateNote: meta.dateNote, Address: address, Language: meta.language, Note: meta.note, Vintage: meta.vintage}
	if rest, ok := strings.CutPrefix(title, descriptionPrefix); ok {
		s.Title, s.TitleIsDescription = strings.TrimSpace(rest), true
	}
	if drawable := typographicSubstitutes.Replace(s.Title); drawable != s.Title {
		s.Title = drawable
		s.Note = strings.TrimSpace(s.Note + " " + substituteNote)
	}
	return s
}

// typographicSubstitutes replaces the few characters of original titles that no bundled font
// can draw with the ordinary character they stand for; the source's note says so.
var typographicSubstitutes = strings.NewReplacer(
	"\u2027", "\u00B7", // hyphenation point, used in a Korean headline as the middle dot
)

const substituteNote = "Title as published, except that its hyphenation point (U+2027) is written as a middle dot (U+00B7), which the bundled fonts can draw."

// webRecord makes a record of R001–R109 from its CSV row and its decision.
func webRecord(c csvRecord, dec decision, sourceByAddress map[string]string) (dataset.Record, []string) {
	var problems []string
	fail := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s line %d (%s): ", c.fileName(), c.line, c.id)+fmt.Sprintf(format, args...))
	}
	kind := c.kind
	if dec.kind != "" {
		if dec.kind == dataset.Kind(c.kind) {
			fail("the decision's kind %q is the CSV's own: leave it out", dec.kind)
		}
		kind = string(dec.kind)
	}
	r := dataset.Record{ID: c.id, Kind: dataset.Kind(kind), Title: dec.title, Summary: dec.summary, Caveat: dec.caveat, Milestone: dec.milestone, DateInferred: dec.inferred,
		Indicator: dec.indicator, Qualifier: dec.qualifier, Reporter: dec.reporter, Partner: dec.partner, Conflicts: dec.conflicts}

	date := c.date
	if dec.date != "" {
		date = dec.date
	}
	var err error
	if r.Date, err = dataset.ParseDate(date); err != nil {
		fail("date: %v", err)
	} else if dec.date == "" && r.Date.Precision.String() != c.precision {
		fail("date %q has precision %s but the CSV says %s", c.date, r.Date.Precision, c.precision)
	}
	if dec.end != "" {
		end, err := dataset.ParseDate(dec.end)
		if err != nil {
			fail("end: %v", err)
		}
		r.End = &end
	}

	r.Sectors = dec.sectors
	if len(r.Sectors) == 0 {
		for _, free := range strings.Split(c.sector, ";") {
			mapped, ok := freeTextSectors[strings.TrimSpace(free)]
			if !ok {
				fail("free-text sector %q is not mapped in freeTextSectors", strings.TrimSpace(free))
			}
			r.Sectors = appendNew(r.Sectors, mapped...)
		}
	}

	key, ok := sourceByAddress[c.sourceAddress]
	if !ok {
		fail("source address %q is not in %s or %s", c.sourceAddress, sourcesFile, additionSourcesFile)
	}
	r.Sources = appendNew([]string{key}, dec.alsoCites...)

	if kind == string(dataset.Measure) {
		v, err := strconv.ParseFloat(c.value, 64)
		if err != nil {
			fail("value %q is not a number", c.value)
		}
		r.Value = &v
		if dec.indicator == "" || dec.qualifier == "" {
			fail("an indicator record needs an indicator and a qualifier in its decision")
		}
		if msg := unitMismatch(c.unit, dec.indicator); msg != "" {
			fail("%s", msg)
		}
	} else {
		if dec.indicator != "" || dec.qualifier != "" || dec.reporter != "" {
			fail("only indicator records carry an indicator, a qualifier or a reporter")
		}
		// A number the CSV gives for an event or agreement must be stated in its words.
		if c.value != "" && !strings.Contains(strings.ReplaceAll(r.Title+" "+r.Summary, ",", ""), c.value) {
			fail("the CSV's value %s must appear in the title or summary", c.value)
		}
	}
	return r, problems
}

// appendNew appends the ids not already in list, keeping their order.
func appendNew(list []string, ids ...string) []string {
	for _, id := range ids {
		if !slices.Contains(list, id) {
			list = append(list, id)
		}
	}
	return list
}

// unitMismatch says why the CSV's free-text unit cannot be the indicator's unit, or "".
// Only the currency and the percentage are compared: counts are named freely in the CSV.
func unitMismatch(csvUnit, indicator string) string {
	var unit string
	for _, ind := range indicators {
		if ind.ID == indicator {
			unit = ind.Unit
		}
	}
	for _, marker := range []string{"USD", "EUR", "percent"} {
		if strings.Contains(csvUnit, marker) != strings.Contains(unit, marker) {
			return fmt.Sprintf("the CSV's unit %q does not fit indicator %q (%s)", csvUnit, indicator, unit)
		}
	}
	return ""
}
