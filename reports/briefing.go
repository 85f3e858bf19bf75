// Package reports is Attaché's domain: it selects records from a dataset and builds the one
// briefing model that every renderer (PDF, workbook, GUI preview) reads. It knows nothing of
// any GUI toolkit.
package reports

import (
	"time"

	"attache/reports/dataset"
	"attache/reports/i18n"
)

// Briefing is everything a rendered briefing says, built once from a dataset and a selection.
type Briefing struct {
	Cover Cover
	// InBrief are the key messages a busy reader reads first (see inbrief.go), in order.
	InBrief []Message
	// Recent are the items of the last 24 months of the range, newest first.
	Recent []*Item
	// DatesAhead are the anniversaries and dated events of the 12 months after the
	// briefing's date, soonest first.
	DatesAhead []DateAhead
	KeyFigures []KeyFigure
	Sections   []Section // one per selected sector with matches, in the dataset's sector order
	Series     []Series  // per indicator and reporter, values by year in range
	Timeline   []Item    // every matching record, oldest first
	Notes      []Note
	Sources    []CitedSource // numbered in order of first citation

	// Records holds every matching record, oldest first (the workbook's Records sheet).
	Records []*dataset.Record
	// Indicators, Sectors and Countries resolve the ids that records use.
	Indicators map[string]*dataset.Indicator
	Sectors    map[string]*dataset.Sector
	Countries  map[string]dataset.Country
	// Citations maps a source id to its number in Sources.
	Citations map[string]int
}

// Empty reports whether nothing matched the selection.
func (b *Briefing) Empty() bool { return len(b.Records) == 0 }

// Cover is what the first lines of every export state.
type Cover struct {
	Title      string
	Countries  []dataset.Country
	Sectors    []dataset.Sector // the selected sectors, in the dataset's order
	AllSectors bool             // every sector of the dataset is selected
	From, To   dataset.Date     // the range as asked (zero when open)
	// FirstDay and LastDay are the range actually covered: the asked range, narrowed to the
	// dataset's own first and last days where an end was left open.
	FirstDay, LastDay dataset.Day
	Kinds             []dataset.Kind // empty when every kind is selected
	Text              string         // free-text filter, when one was used

	DatasetTitle   string
	Dataset        dataset.Identity
	AppVersion     string
	Generated      time.Time
	PreparedBy     string
	Classification string

	RecordCount int
	SourceCount int
	// Untranslated counts the records whose title is not in Lang: they are shown in
	// English, marked.
	Untranslated int

	Lang i18n.Lang // the language the documents are written in; "" means English
}

// Figure is one value with everything needed to cite it.
type Figure struct {
	Record    *dataset.Record
	Indicator *dataset.Indicator
	Value     float64
	Qualifier dataset.Qualifier
	Reporter  string // country code, or "" when the figure is no one side's statistics
	Partial   bool   // a flow over less than a whole calendar year
	Sources   []int  // citation numbers
}

// Year is the calendar year the figure belongs to (the year its period ends in).
func (f Figure) Year() int {
	_, last := f.Record.Period()
	return last.Year()
}

// KeyFigure is the latest value in range of one indicator as one reporter states it.
type KeyFigure struct {
	Indicator *dataset.Indicator
	Reporter  string
	Latest    Figure
	// Stale is set when Latest ended more than two years before the briefing's date: the
	// documents then say "latest available: 2020".
	Stale bool
	// Change compares Latest with the earliest comparable value in range (nil when there is
	// none: a single value, or periods of different length, or NoChange says why).
	Change *Change
	// NoChange says why no change is shown although an earlier value exists ("" otherwise).
	NoChange Why
	// Conflicts are figures for the same fact that other records state differently.
	Conflicts []Figure
	// Mirror is the partner's figure for the same flow and year, when the dataset has one.
	Mirror *Figure
}

// Change is the difference between two comparable figures of one indicator.
type Change struct {
	From     Figure
	Absolute float64
	// Bound says how exact Absolute is: Exact when both figures are; AtLeast or AtMost when
	// a bound on one side makes the change a bound ("at least +37"); Approx when either is
	// approximate.
	Bound      dataset.Qualifier
	Percent    float64 // with the same Bound; zero unless HasPercent
	HasPercent bool
	// NoPercent says why there is no percentage ("" when there is one).
	NoPercent Why
}

// Why is the reason a change or a percentage is not shown; documents say it in words
// (message key "why.<reason>").
type Why string

// The reasons.
const (
	// WhyBounds: both values are bounds the same way ("at least 40" then "at least 77"), or
	// a bound beside an approximate value, so the change could be anything.
	WhyBounds Why = "bounds"
	// WhyCaveat: the latest value carries a caveat (a reporting gap, a different basis).
	WhyCaveat Why = "caveat"
	// WhyConflict: sources disagree on the latest value, so a change from it would pick one.
	WhyConflict Why = "conflict"
	// WhyBoundedBase: the base is a bound, so a percentage of it means nothing.
	WhyBoundedBase Why = "bounded-base"
	// WhyTinyBase: the base is under 1% of the latest value (or zero or negative): the
	// percentage would be in the thousands and say nothing ("n.m.").
	WhyTinyBase Why = "tiny-base"
)

// Topic is what a key message of "In brief" is about, in the order they are given.
type Topic string

// The topics of "In brief".
const (
	TopicRelationship Topic = "relationship" // relations, embassies, agreements
	TopicTrade        Topic = "trade"        // trade as each side reports it
	TopicInvestment   Topic = "investment"   // investment and presence
	TopicContacts     Topic = "contacts"     // the latest high-level contacts
	TopicSector       Topic = "sector"       // one per selected sector with matches
	TopicLimits       Topic = "limits"       // what the briefing cannot say
)

// Message is one key message: one or two plain sentences built by rule from the briefing,
// in its language, with the citation numbers of every fact it states.
type Message struct {
	Topic   Topic
	Text    string
	Sources []int
}

// DateAhead is a date in the year after the briefing's date that a reader should know of:
// an anniversary of a record (a round number of years since relations, an embassy or an
// agreement) or a dated event the data announce.
type DateAhead struct {
	Day     dataset.Day
	Text    string // in the briefing's language: "35th anniversary of diplomatic relations"
	Record  *dataset.Record
	Years   int // the anniversary's number of years; 0 for an announced event
	Sources []int
}

// Section is one sector's matching records, oldest first.
type Section struct {
	Sector dataset.Sector
	// Items point into Briefing.Timeline: a record in several sectors is one item, listed
	// in each of them (a million records are two million listings).
	Items []*Item
}

// Item is one record as a document lists it.
type Item struct {
	Record  *dataset.Record
	Sources []int   // citation numbers
	Figure  *Figure // set for indicator records
}

// Series is one indicator's values by year as one reporter states them.
type Series struct {
	Indicator *dataset.Indicator
	Reporter  string
	Points    []Point // ascending years, only years with a value
	Headline  bool    // charted in the briefing
}

// Point is one year's value in a series.
type Point struct {
	Year   int
	Figure Figure
	// Others are the other records of the year that give a different value: conflicting
	// figures, shown beside Figure, never silently dropped.
	Others []Figure
}

// NoteKind groups the notes of a briefing.
type NoteKind string

// The kinds of note.
const (
	NoteDerived  NoteKind = "derived"
	NoteConflict NoteKind = "conflict"
	NoteInferred NoteKind = "inferred-date"
	NotePartial  NoteKind = "partial-period"
	NoteGap      NoteKind = "gap"
)

// Note is one caveat a reader must see: a derived value, a conflict, an inferred date, a
// partial period or years without data.
type Note struct {
	Kind    NoteKind
	Records []string // record ids concerned
	Text    string
	Sources []int
}

// CitedSource is a source with its citation number.
type CitedSource struct {
	Number int
	dataset.Source
}
