package dataset

import (
	"fmt"
	"slices"
	"strings"
)

// Validate checks the semantic rules of a dataset built in code or decoded by other means:
// required fields, ids, references, dates, indicator values. On success it sets the dataset's
// Identity. Like Load, it fills in the defaults the format defines (an indicator record
// without a qualifier is "exact") before it checks and hashes, so that a dataset built in code
// and the same dataset loaded from its JSON have the same identity.
//
// name is the file name used in problems. The error, if any, is a *ValidationError.
func Validate(d *Dataset, name string) error {
	if d == nil {
		return &ValidationError{Problems: []Problem{{File: name, Message: "no dataset"}}}
	}
	c := newChecker(name, len(d.Records))
	c.checkDataset(d)
	if len(c.problems) > 0 {
		sortProblems(c.problems)
		return &ValidationError{Problems: c.problems}
	}
	return d.setIdentity()
}

// checker applies the semantic rules and collects problems. It is the one place the rules
// live: Load, Validate, the table imports and Merge all run it.
type checker struct {
	file     string
	problems []Problem

	countries [2]string
	// countriesOK is true when the dataset names two valid, different countries; only then
	// are reporters and partners checked against them.
	countriesOK bool
	sectors     map[string]int // id → index
	indicators  map[string]int
	sources     map[string]int
	records     map[string]int
	// indicatorUnits holds the unit of each indicator, by index, for derived sums.
	indicatorUnits []string
	// recordList is the list of records being checked, so that a derived value can read its
	// inputs; nil when references are not resolved.
	recordList []Record
	// references is false when records are checked on their own (a table before it is
	// merged): ids of sectors, sources and other records cannot be resolved yet.
	references bool
	// refs gathers the references as they resolve; checkDataset gives them to a dataset
	// without problems (see Dataset.Refs).
	refs refsMaker

	// recordPlace names where records[i] is, for a message that points at another record;
	// nil means by its index.
	recordPlace func(i int) string

	// The record being checked, for recordProblem.
	recordIndex int
	recordID    string
}

func newChecker(file string, records int) *checker {
	return &checker{
		file:       file,
		sectors:    map[string]int{},
		indicators: map[string]int{},
		sources:    map[string]int{},
		records:    make(map[string]int, records),
		references: true,
		refs:       refsMaker{flat: make([]int32, 0, 6*records), start: make([]uint32, 0, records+1)},
	}
}

func (c *checker) problem(field, format string, args ...any) {
	c.problems = append(c.problems, Problem{File: c.file, Field: field, Message: fmt.Sprintf(format, args...)})
}

// recordProblem reports a problem in the record being checked; field is relative to the
// record ("value", "sectors[1]").
func (c *checker) recordProblem(field, format string, args ...any) {
	path := fmt.Sprintf("records[%d]", c.recordIndex)
	if field != "" {
		path += "." + field
	}
	c.problems = append(c.problems, Problem{
		File: c.file, Record: c.recordID, Field: path, Message: fmt.Sprintf(format, args...),
	})
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

const (
	msgRequired = "is required"
	msgEmpty    = "must not be empty"
)

func (c *checker) checkDataset(d *Dataset) {
	switch {
	case d.Format == "":
		c.problem("format", "%s: write %q", msgRequired, FormatID)
	case d.Format != FormatID:
		c.problem("format", "must be %q, got %s", FormatID, quoteValue(d.Format))
	}
	if blank(d.ID) {
		c.problem("id", msgRequired)
	}
	if blank(d.Version) {
		c.problem("version", msgRequired)
	}
	if blank(d.Title) {
		c.problem("title", msgEmpty)
	}
	checkTranslations(d.Translations, "translations", titleTextFields, c.problem)
	c.checkHeadChars(d)
	c.checkCountries(d.Countries)
	c.checkSectors(d.Sectors)
	c.checkIndicators(d.Indicators)
	c.checkSources(d.Sources)
	c.checkRecords(d.Records)
	d.refs = nil
	if c.references && len(c.problems) == 0 {
		d.refs = c.refs.finish(d.Records)
	}
}

func (c *checker) checkCountries(countries []Country) {
	before := len(c.problems)
	defer func() { c.countriesOK = len(countries) == 2 && len(c.problems) == before }()
	if len(countries) != 2 {
		c.problem("countries", "must list exactly two countries, got %d", len(countries))
	}
	for i, k := range countries {
		field := fmt.Sprintf("countries[%d]", i)
		if !countryCode(k.Code) {
			c.problem(field+".code", "must be three capital letters (ISO 3166-1 alpha-3, like AZE), got %s", quoteValue(k.Code))
		}
		if blank(k.Name) {
			c.problem(field+".name", msgEmpty)
		}
		checkTranslations(k.Translations, field+".translations", nameTextFields, c.problem)
		for _, lang := range sortedKeys(k.Translations) {
			if k.Translations[lang].Description != "" {
				c.problem(field+".translations."+lang+".description", "a country has only a name to translate")
			}
		}
		if i < 2 {
			c.countries[i] = k.Code
		}
		if i == 1 && k.Code == countries[0].Code && countryCode(k.Code) {
			c.problem(field+".code", "the two countries must differ, both are %q", k.Code)
		}
	}
}

func countryCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// checkID checks an id's form and records it in seen; list names the list for messages.
func (c *checker) checkID(field, id string, index int, seen map[string]int, list string) {
	if msg := idProblem(id); msg != "" {
		c.problem(field, "%s", msg)
		return
	}
	if first, dup := seen[id]; dup {
		c.problem(field, "id %q is used twice (first by %s[%d])", id, list, first)
		return
	}
	seen[id] = index
}

// idProblem says what is wrong with an id, or "" when nothing is. Ids are joined with ";" in
// table cells, so they may not hold one.
func idProblem(id string) string {
	switch {
	case id == "":
		return msgRequired
	case strings.TrimSpace(id) != id:
		return fmt.Sprintf("must not begin or end with a space, got %q", id)
	case strings.Contains(id, ";"):
		return fmt.Sprintf("must not contain %q (it separates ids in table cells), got %q", ";", id)
	}
	return idCharProblem(id) // see validate_chars.go
}

func (c *checker) checkSectors(sectors []Sector) {
	if len(sectors) == 0 {
		c.problem("sectors", "at least one sector is required")
	}
	for i, s := range sectors {
		field := fmt.Sprintf("sectors[%d]", i)
		c.checkID(field+".id", s.ID, i, c.sectors, "sectors")
		if blank(s.Name) {
			c.problem(field+".name", msgEmpty)
		}
		checkTranslations(s.Translations, field+".translations", nameTextFields, c.problem)
	}
}

func (c *checker) checkIndicators(indicators []Indicator) {
	c.indicatorUnits = make([]string, len(indicators))
	for i, ind := range indicators {
		c.checkID(fmt.Sprintf("indicators[%d].id", i), ind.ID, i, c.indicators, "indicators")
		c.indicatorUnits[i] = ind.Unit
	}
	for i, ind := range indicators {
		field := fmt.Sprintf("indicators[%d]", i)
		if blank(ind.Name) {
			c.problem(field+".name", msgEmpty)
		}
		if blank(ind.Unit) {
			c.problem(field+".unit", "%s (with its scale, like \"USD million\" or \"count\")", msgRequired)
		}
		switch ind.Kind {
		case Flow, Stock, Count:
		case "":
			c.problem(field+".kind", "%s: flow, stock or count", msgRequired)
		default:
			c.problem(field+".kind", "unknown figure kind %s (want flow, stock or count)", quoteValue(string(ind.Kind)))
		}
		checkTranslations(ind.Translations, field+".translations", indicatorTextFields, c.problem)
		if ind.Topic != "" && !slices.Contains(Topics, ind.Topic) {
			c.problem(field+".topic", "unknown topic %s (want trade, investment or presence, or leave it out)", quoteValue(ind.Topic))
		}
		if ind.Mirror != "" {
			if _, ok := c.indicators[ind.Mirror]; !ok {
				c.problem(field+".mirror", "unknown indicator %s", quoteValue(ind.Mirror))
			} else if ind.Mirror == ind.ID {
				c.problem(field+".mirror", "an indicator cannot mirror itself")
			}
		}
	}
}

func (c *checker) checkSources(sources []Source) {
	for i, s := range sources {
		field := fmt.Sprintf("sources[%d]", i)
		c.checkID(field+".id", s.ID, i, c.sources, "sources")
		if blank(s.Title) {
			c.problem(field+".title", msgEmpty)
		}
		if s.Date != "" {
			if _, err := ParseDate(s.Date); err != nil {
				c.problem(field+".date", "%v", err)
			}
		}
		if s.Vintage != "" && blank(s.Vintage) {
			c.problem(field+".vintage", "%s: say when the data was taken and what it covers, or leave the field out", msgEmpty)
		}
	}
}
