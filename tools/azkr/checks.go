package main

import (
	"fmt"
	"strings"
	"unicode"

	"attache/reports/dataset"
)

// checkReferences checks what a loader would: unique ids and references that resolve. It
// also checks what only this dataset promises: conflicts linked both ways, every source and
// indicator used.
func checkReferences(d *dataset.Dataset) []string {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	set := func(ids []string, what string) map[string]bool {
		out := map[string]bool{}
		for _, id := range ids {
			if out[id] {
				fail("%s %q is defined twice", what, id)
			}
			out[id] = true
		}
		return out
	}
	var ids []string
	for _, s := range d.Sectors {
		ids = append(ids, s.ID)
	}
	sectorIDs := set(ids, "sector")
	ids = nil
	for _, i := range d.Indicators {
		ids = append(ids, i.ID)
	}
	indicatorIDs := set(ids, "indicator")
	ids = nil
	for _, s := range d.Sources {
		ids = append(ids, s.ID)
	}
	sourceIDs := set(ids, "source")
	ids = nil
	for _, r := range d.Records {
		ids = append(ids, r.ID)
	}
	recordIDs := set(ids, "record")
	countries := map[string]bool{}
	for _, c := range d.Countries {
		countries[c.Code] = true
	}

	byID := map[string]*dataset.Record{}
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	cited, measured := map[string]bool{}, map[string]bool{}
	for _, r := range d.Records {
		where := "record " + r.ID
		if strings.TrimSpace(r.Title) == "" || strings.TrimSpace(r.Summary) == "" {
			fail("%s: title and summary must not be empty", where)
		}
		if len(r.Sectors) == 0 || len(r.Sources) == 0 {
			fail("%s: needs at least one sector and one source", where)
		}
		for _, s := range r.Sectors {
			if !sectorIDs[s] {
				fail("%s: unknown sector %q", where, s)
			}
		}
		for _, s := range r.Sources {
			if !sourceIDs[s] {
				fail("%s: unknown source %q", where, s)
			}
			cited[s] = true
		}
		if r.End != nil {
			first, _ := r.Date.Span()
			_, last := r.End.Span()
			if last < first {
				fail("%s: end %s is before date %s", where, r.End, r.Date)
			}
		}
		isMeasure := r.Kind == dataset.Measure
		if isMeasure != (r.Value != nil) || isMeasure != (r.Indicator != "") {
			fail("%s: kind %q and the presence of indicator and value disagree", where, r.Kind)
		}
		if r.Indicator != "" {
			if !indicatorIDs[r.Indicator] {
				fail("%s: unknown indicator %q", where, r.Indicator)
			}
			measured[r.Indicator] = true
		}
		for _, c := range []string{r.Reporter, r.Partner} {
			if c != "" && !countries[c] {
				fail("%s: unknown country %q", where, c)
			}
		}
		for _, c := range r.Conflicts {
			other, ok := byID[c]
			if !ok {
				fail("%s: conflicts with unknown record %q", where, c)
				continue
			}
			if !contains(other.Conflicts, r.ID) {
				fail("%s: conflicts with %s, but %s does not link back", where, c, c)
			}
		}
		if r.Derived != nil {
			for _, f := range r.Derived.From {
				if !recordIDs[f] {
					fail("%s: derived from unknown record %q", where, f)
				}
			}
		}
	}
	for id := range sourceIDs {
		if !cited[id] {
			fail("source %q is cited by no record", id)
		}
	}
	for id := range indicatorIDs {
		if !measured[id] {
			fail("indicator %q has no record", id)
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
		if !ok || !strings.HasPrefix(r.ID, "R") {
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

func contains(list []string, id string) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}
