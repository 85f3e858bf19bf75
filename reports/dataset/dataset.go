// Package dataset defines Attaché's bilateral dataset: its types, how a JSON document is
// loaded and validated, and how records are imported from a flat table (CSV or XLSX).
//
// A dataset is one JSON document per country pair (docs/dataset-format.md). Loading is strict:
// every problem is reported at once with where it is and which field, and a dataset that
// fails validation is never returned.
package dataset

// FormatID names the version of the document format this package reads and writes.
const FormatID = "attache-dataset/1"

// Dataset is one country pair's sourced facts.
type Dataset struct {
	Format     string      `json:"format"`
	ID         string      `json:"id"`
	Version    string      `json:"version"`
	Title      string      `json:"title"`
	Countries  []Country   `json:"countries"`
	Sectors    []Sector    `json:"sectors"`
	Indicators []Indicator `json:"indicators"`
	Sources    []Source    `json:"sources"`
	// Translations holds the title in other languages, keyed by a code of Languages.
	Translations map[string]TitleText `json:"translations,omitempty"`
	// Records stays the last field: the canonical encoding writes it record by record
	// (load_stream.go).
	Records []Record `json:"records"`

	identity Identity // set by Load, Validate and Merge
	refs     *Refs    // set by the same, when the dataset is valid
}

// Identity returns the dataset's id, version and the SHA-256 of its canonical encoding.
func (d *Dataset) Identity() Identity { return d.identity }

// Country is one side of the pair.
type Country struct {
	Code string `json:"code"` // ISO 3166-1 alpha-3
	Name string `json:"name"`
	// Translations holds the name in other languages (Description is not used).
	Translations map[string]NameText `json:"translations,omitempty"`
}

// Sector is an entry of the dataset's controlled list of sectors.
type Sector struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Translations holds the name and description in other languages.
	Translations map[string]NameText `json:"translations,omitempty"`
}

// FigureKind says how an indicator's values add up over time.
type FigureKind string

// The kinds of figure an indicator can hold.
const (
	Flow  FigureKind = "flow"  // a total over a period (trade in a year)
	Stock FigureKind = "stock" // a level at a date (cumulative investment)
	Count FigureKind = "count" // a number of things (companies, documents)
)

// Indicator defines a measured quantity that records of kind "indicator" report.
type Indicator struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Unit        string     `json:"unit"` // with its scale: "USD million", "count"
	Kind        FigureKind `json:"kind"`
	Description string     `json:"description,omitempty"`
	// Mirror names the indicator in which the partner reports the same flow (exports
	// reported by one side mirror imports reported by the other).
	Mirror string `json:"mirror,omitempty"`
	// Headline marks the indicators that the briefing's chart shows, one line per reporter.
	Headline bool `json:"headline,omitempty"`
	// Topic says which message of a briefing's "In brief" the indicator's latest value
	// belongs to (TopicTrade, TopicInvestment, TopicPresence), or "" for none.
	Topic string `json:"topic,omitempty"`
	// Translations holds the name, unit and description in other languages.
	Translations map[string]IndicatorText `json:"translations,omitempty"`
}

// The topics an indicator can belong to in a briefing's "In brief".
const (
	TopicTrade      = "trade"      // the trade between the pair, as each side reports it
	TopicInvestment = "investment" // investment stocks and flows
	TopicPresence   = "presence"   // companies, residents, students: each side's presence
)

// Topics lists the topics an indicator can have.
var Topics = []string{TopicTrade, TopicInvestment, TopicPresence}

// Source is a document that records cite.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// TitleIsDescription marks a title written to describe the source, not its real headline.
	TitleIsDescription bool   `json:"title_is_description,omitempty"`
	Publisher          string `json:"publisher,omitempty"`
	Author             string `json:"author,omitempty"`
	Date               string `json:"date,omitempty"`      // a Date at any precision, or empty when undated
	DateNote           string `json:"date_note,omitempty"` // how the date was established
	Address            string `json:"address,omitempty"`
	Language           string `json:"language,omitempty"` // BCP 47 tag: en, az, ko, ru, de, ja
	Note               string `json:"note,omitempty"`
	// Vintage says, for statistics, when the data was taken and what it covers
	// ("downloaded early 2022; data to 2020").
	Vintage string `json:"vintage,omitempty"`
}

// Kind is what sort of fact a record states.
type Kind string

// The kinds of record.
const (
	Event     Kind = "event"
	Agreement Kind = "agreement"
	Statement Kind = "statement"
	Measure   Kind = "indicator"
)

// Kinds lists every kind in the order the documents present them.
var Kinds = []Kind{Event, Agreement, Statement, Measure}

// Qualifier says how exact a value is.
type Qualifier string

// The qualifiers a value can carry.
const (
	Exact   Qualifier = "exact"
	Approx  Qualifier = "approx"
	AtLeast Qualifier = "at_least"
	AtMost  Qualifier = "at_most"
)

// Qualifiers lists every qualifier.
var Qualifiers = []Qualifier{Exact, Approx, AtLeast, AtMost}

// The milestones a record can be marked as, so that the briefing's first page can state
// them by rule and never guess them from titles.
const (
	// MilestoneRelations: diplomatic relations established between the pair.
	MilestoneRelations = "relations"
	// MilestoneEmbassy: an embassy of one side opened in the other's country.
	MilestoneEmbassy = "embassy"
	// MilestoneVisit: a high-level contact: a state or official visit, a visit or call by a
	// head of state or government, a speaker, a minister or a special envoy, or a session of
	// an intergovernmental or joint economic commission.
	MilestoneVisit = "visit"
)

// Milestones lists every milestone.
var Milestones = []string{MilestoneRelations, MilestoneEmbassy, MilestoneVisit}

// Derivation explains how a derived value was computed and from which records.
type Derivation struct {
	Method string   `json:"method"`
	From   []string `json:"from"`
	// Operation is OpSum when the value is the sum of the From records' values, which
	// validation then checks; "" when the method is described in words only.
	Operation string `json:"operation,omitempty"`
}

// OpSum is the derivation whose value is the sum of its inputs' values.
const OpSum = "sum"

// SumTolerance is how far a derived sum may be from the sum of its inputs, besides a
// relative 1e-9 of the sum: half a unit in the third decimal place, so that inputs and
// totals rounded to two decimals still agree, and a total that is off by a hundredth does not.
const SumTolerance = 0.005

// Record is one sourced fact: an event, an agreement, a statement or an indicator value.
type Record struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Date    Date     `json:"date"`
	End     *Date    `json:"end,omitempty"` // end of the period the record covers, when it is not the date's own
	Sectors []string `json:"sectors"`
	Title   string   `json:"title"`
	Summary string   `json:"summary,omitempty"`
	// Caveat is a warning for readers that travels with the fact wherever it is shown.
	Caveat string `json:"caveat,omitempty"`
	// Aliases are other spellings of the names in the record, kept so that a search finds them.
	Aliases []string `json:"aliases,omitempty"`
	Sources []string `json:"sources"`
	// DateInferred marks a date that the sources do not state but that was worked out.
	DateInferred bool `json:"date_inferred,omitempty"`
	// Milestone marks a record that the briefing's first page states by rule: one of
	// Milestones, or "" for any other record.
	Milestone string `json:"milestone,omitempty"`

	// Indicator values (kind "indicator" only).
	Indicator string      `json:"indicator,omitempty"`
	Value     *float64    `json:"value,omitempty"`
	Qualifier Qualifier   `json:"qualifier,omitempty"`
	Reporter  string      `json:"reporter,omitempty"` // country code of the side whose statistics these are
	Partner   string      `json:"partner,omitempty"`
	Derived   *Derivation `json:"derived,omitempty"`

	// Conflicts names records that state the same fact differently.
	Conflicts []string `json:"conflicts,omitempty"`

	// Translations holds the title and summary in other languages.
	Translations map[string]RecordText `json:"translations,omitempty"`

	// origin is the table row an imported record came from, so that Merge can point at it;
	// nil for records from a JSON document or built in code.
	origin *tableOrigin
}

// Period is the span of days a record covers.
func (r *Record) Period() (first, last Day) {
	first, last = r.Date.Span()
	if r.End != nil {
		_, last = r.End.Span()
	}
	return first, last
}

// Identity names one exact dataset for an export's metadata.
type Identity struct {
	ID      string
	Version string
	SHA256  string // hex SHA-256 of the canonical JSON encoding
}
