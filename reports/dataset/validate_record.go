package dataset

import (
	"fmt"
	"math"
	"strings"
)

func (c *checker) checkRecords(records []Record) {
	if len(records) == 0 {
		c.problem("records", "at least one record is required")
		return
	}
	// Ids first, so that references to later records resolve.
	for i := range records {
		id := records[i].ID
		if idProblem(id) != "" {
			continue // reported with the record
		}
		if first, dup := c.records[id]; dup {
			c.recordIndex, c.recordID = i, id
			c.recordProblem("id", "id %q is used twice (first by %s)", id, c.placeOf(first))
			continue
		}
		c.records[id] = i
	}
	c.recordList = records
	if !c.references {
		c.recordList = nil
	}
	for i := range records {
		c.recordIndex, c.recordID = i, records[i].ID
		c.checkRecord(&records[i])
	}
	c.checkDerivationCycles(records) // see validate_cycles.go
}

func (c *checker) placeOf(record int) string {
	if c.recordPlace != nil {
		return c.recordPlace(record)
	}
	return fmt.Sprintf("records[%d]", record)
}

// checkRecord applies every rule about one record. It also fills in the default qualifier of
// an indicator value, so that the dataset's identity covers it.
func (c *checker) checkRecord(r *Record) {
	c.refs.startRecord()
	if msg := idProblem(r.ID); msg != "" {
		c.recordProblem("id", "%s", msg)
	}
	switch r.Kind {
	case Event, Agreement, Statement, Measure:
	case "":
		c.recordProblem("kind", "%s: event, agreement, statement or indicator", msgRequired)
	default:
		c.recordProblem("kind", "unknown kind %s (want event, agreement, statement or indicator)", quoteValue(string(r.Kind)))
	}
	c.checkDates(r)
	c.refs.startList()
	c.checkIDList("sectors", r.Sectors, "sector", c.sectors)
	if blank(r.Title) {
		c.recordProblem("title", msgEmpty)
	}
	c.checkRecordText(r)
	c.checkMilestone(r)
	c.refs.startList()
	if len(r.Sources) == 0 {
		c.recordProblem("sources", "at least one source is required: every record cites where it comes from")
	} else {
		c.checkIDList("sources", r.Sources, "source", c.sources)
	}
	if r.Kind == Measure {
		c.checkMeasure(r)
	} else {
		c.checkNoMeasure(r)
	}
	for j, id := range r.Conflicts {
		if i, ok := c.checkRecordRef(r, fmt.Sprintf("conflicts[%d]", j), id, "conflict with"); ok {
			c.refs.add(i, false)
		}
	}
}

func (c *checker) checkDates(r *Record) {
	if r.Date.IsZero() {
		c.recordProblem("date", "%s: YYYY, YYYY-MM or YYYY-MM-DD", msgRequired)
		return
	}
	if !r.Date.valid() {
		c.recordProblem("date", "is not a possible date (%s)", r.Date.parts())
		return
	}
	if r.End == nil {
		return
	}
	if !r.End.valid() {
		c.recordProblem("end", "is not a possible date (%s)", r.End.parts())
		return
	}
	first, _ := r.Date.Span()
	if _, last := r.End.Span(); last < first {
		c.recordProblem("end", "the period ends (%s) before it starts (%s)", r.End, r.Date)
	}
}

// valid reports whether a date built in code is one that ParseDate would accept.
func (d Date) valid() bool {
	if d.Y < 1000 || d.Y > 9999 {
		return false
	}
	switch d.Precision {
	case Year:
		return d.M == 0 && d.D == 0
	case Month:
		return d.M >= 1 && d.M <= 12 && d.D == 0
	case DayPrecision:
		return d.M >= 1 && d.M <= 12 && d.D >= 1 && d.D <= daysIn(d.Y, d.M)
	}
	return false
}

// parts shows a date built in code field by field, for a message about why it is impossible.
func (d Date) parts() string {
	return fmt.Sprintf("year %d, month %d, day %d, precision %s", d.Y, d.M, d.D, d.Precision)
}

// checkIDList checks a record's list of sector or source ids: at least one, each known,
// none twice.
func (c *checker) checkIDList(field string, ids []string, what string, known map[string]int) {
	if len(ids) == 0 {
		c.recordProblem(field, "at least one %s is required", what)
		return
	}
	for j, id := range ids {
		if c.references {
			i, ok := known[id]
			if !ok {
				c.recordProblem(fmt.Sprintf("%s[%d]", field, j), "unknown %s %s", what, quoteValue(id))
				continue
			}
			c.refs.add(i, true)
		} else if id == "" {
			c.recordProblem(fmt.Sprintf("%s[%d]", field, j), "empty %s id", what)
			continue
		}
		for _, earlier := range ids[:j] {
			if earlier == id {
				c.recordProblem(fmt.Sprintf("%s[%d]", field, j), "%s %q is listed twice", what, id)
				break
			}
		}
	}
}

// checkRecordRef checks a reference from r to another record (conflicts, derived.from) and
// returns the other record's index when it resolves.
func (c *checker) checkRecordRef(r *Record, field, id, verb string) (int, bool) {
	if id == r.ID {
		c.recordProblem(field, "a record cannot %s itself", verb)
		return 0, false
	}
	if !c.references {
		if id == "" {
			c.recordProblem(field, "empty record id")
		}
		return 0, false
	}
	i, ok := c.records[id]
	if !ok {
		c.recordProblem(field, "unknown record %s", quoteValue(id))
	}
	return i, ok
}

func (c *checker) checkMeasure(r *Record) {
	switch {
	case r.Indicator == "":
		c.recordProblem("indicator", "%s on an indicator record", msgRequired)
	case c.references:
		if _, ok := c.indicators[r.Indicator]; !ok {
			c.recordProblem("indicator", "unknown indicator %s", quoteValue(r.Indicator))
		}
	}
	switch {
	case r.Value == nil:
		c.recordProblem("value", "%s on an indicator record", msgRequired)
	case math.IsNaN(*r.Value) || math.IsInf(*r.Value, 0):
		c.recordProblem("value", "must be a finite number, got %v", *r.Value)
	}
	fillDefaults(r)
	switch r.Qualifier {
	case Exact, Approx, AtLeast, AtMost:
	default:
		c.recordProblem("qualifier", "unknown qualifier %s (want exact, approx, at_least or at_most)", quoteValue(string(r.Qualifier)))
	}
	c.checkCountryRef(r.Reporter, "reporter")
	c.checkCountryRef(r.Partner, "partner")
	if r.Reporter != "" && r.Reporter == r.Partner {
		c.recordProblem("partner", "must differ from the reporter, both are %q", r.Reporter)
	}
	if r.Derived != nil {
		c.checkDerivation(r, c.recordList)
	}
}

func (c *checker) checkCountryRef(code, field string) {
	if code == "" {
		return
	}
	if c.references {
		if c.countriesOK && code != c.countries[0] && code != c.countries[1] {
			c.recordProblem(field, "unknown %s %s (want %s or %s)", field, quoteValue(code), c.countries[0], c.countries[1])
		}
	} else if !countryCode(code) {
		c.recordProblem(field, "must be a country code of three capital letters, got %s", quoteValue(code))
	}
}

// checkNoMeasure refuses indicator fields on a record that is not an indicator value.
func (c *checker) checkNoMeasure(r *Record) {
	if r.Kind == "" {
		return // the missing kind is the problem
	}
	present := func(field string, set bool) {
		if set {
			c.recordProblem(field, "only indicator records carry %s; this record is of kind %q", strings.ReplaceAll(field, "_", " "), r.Kind)
		}
	}
	present("indicator", r.Indicator != "")
	present("value", r.Value != nil)
	present("qualifier", r.Qualifier != "")
	present("reporter", r.Reporter != "")
	present("partner", r.Partner != "")
	present("derived", r.Derived != nil)
}

// checkMilestone checks the record's milestone: one of Milestones; relations and embassies
// are events or agreements dated to the day, since the briefing counts their anniversaries.
func (c *checker) checkMilestone(r *Record) {
	switch r.Milestone {
	case "", MilestoneVisit:
		return
	case MilestoneRelations, MilestoneEmbassy:
	default:
		c.recordProblem("milestone", "unknown milestone %s (want %s, or leave it out)", quoteValue(r.Milestone), strings.Join(Milestones, ", "))
		return
	}
	if r.Kind != Event && r.Kind != Agreement && r.Kind != "" {
		c.recordProblem("milestone", "a %q milestone is an event or an agreement; this record is of kind %q", r.Milestone, r.Kind)
	}
	if p := r.Date.Precision; p != 0 && p != DayPrecision {
		c.recordProblem("milestone", "a %q milestone needs a date to the day (an anniversary needs a day), got %q at %s precision", r.Milestone, r.Date.String(), p)
	}
}

// fillDefaults fills in what a record may leave out and its identity covers: the qualifier of
// an indicator value, exact. The check applies it, and so does the hash computed while the
// document is read (load_hash.go), to its copy.
func fillDefaults(r *Record) {
	if r.Kind == Measure && r.Qualifier == "" {
		r.Qualifier = Exact
	}
}
