package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"attache/reports/dataset"
)

// checkReferences checks what only this dataset promises, beyond the format that
// dataset.Load checks afterwards (ids, references that resolve, periods, indicator fields):
// every record summarised, conflicts linked both ways, every source and indicator used.
func checkReferences(d *dataset.Dataset) []string {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	byID := map[string]*dataset.Record{}
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	cited, measured := map[string]bool{}, map[string]bool{}
	for _, r := range d.Records {
		where := "record " + r.ID
		if strings.TrimSpace(r.Summary) == "" {
			fail("%s: summary must not be empty", where)
		}
		for _, s := range r.Sources {
			cited[s] = true
		}
		if r.Indicator != "" {
			measured[r.Indicator] = true
		}
		for _, c := range r.Conflicts {
			// An unknown record is Load's to report.
			if other, ok := byID[c]; ok && !slices.Contains(other.Conflicts, r.ID) {
				fail("%s: conflicts with %s, but %s does not link back", where, c, c)
			}
		}
	}
	for _, s := range d.Sources {
		if !cited[s.ID] {
			fail("source %q is cited by no record", s.ID)
		}
	}
	for _, ind := range d.Indicators {
		if !measured[ind.ID] {
			fail("indicator %q has no record", ind.ID)
		}
	}
	return problems
}

// checkSourceCounts checks that every source cites at least as many records as sources.md
// says it does.
func checkSourceCounts(d *dataset.Dataset, table []tableSource) []string {
	count := map[string]int{}
	for _, r := range d.Records {
		for _, s := range r.Sources {
			count[s]++
		}
	}
	var problems []string
	for _, s := range table {
		if count[s.key] < s.records {
			problems = append(problems, fmt.Sprintf("%s: source %q has %d records in sources.md but %d in the dataset", sourcesFile, s.key, s.records, count[s.key]))
		}
	}
	return problems
}

// copiedWords is the length of a run of words shared with the CSV's quote or title that
// counts as copying.
const copiedWords = 5

// checkWording refuses titles and summaries that share a run of copiedWords words with the
// CSV's quote or title: the dataset speaks in its own words.
func checkWording(d *dataset.Dataset, rows []csvRecord) []string {
	byID := map[string]csvRecord{}
	for _, c := range rows {
		byID[c.id] = c
	}
	var problems []string
	for _, r := range d.Records {
		c, ok := byID[r.ID]
		if !ok || !(strings.HasPrefix(r.ID, "R") || strings.HasPrefix(r.ID, "N")) {
			continue
		}
		own := map[string]bool{}
		for _, text := range []string{r.Title, r.Summary} {
			for _, run := range runs(text) {
				own[run] = true
			}
		}
		for _, evidence := range []struct{ name, text string }{{"quote", c.quote}, {"CSV title", c.title}} {
			for _, run := range runs(evidence.text) {
				if own[run] {
					problems = append(problems, fmt.Sprintf("record %s: %q repeats the %s's words", r.ID, run, evidence.name))
					break
				}
			}
		}
	}
	return problems
}

// runs returns every run of copiedWords consecutive words of the text, lower-cased.
func runs(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for i := 0; i+copiedWords <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+copiedWords], " "))
	}
	return out
}
