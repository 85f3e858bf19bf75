package importing

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"attache/reports/dataset"
)

// merger gathers the records of every file against one base dataset.
type merger struct {
	base       *dataset.Dataset
	opts       Options
	pair       [2]string
	names      map[string]string // country code → name
	indicators []dataset.Indicator
	byID       map[string]int // indicator id → index in indicators
	added      int            // indicators[added:] are new
	sources    []dataset.Source
	sourceIDs  map[string]bool
	baseIDs    map[string]bool // record ids in base
	// existing maps a value's key to the record that holds it: base's, or an earlier file's.
	existing map[string]*dataset.Record
	recs     []dataset.Record
	pending  map[string]int // key → index in recs of a record an earlier file added
	out      *Outcome
}

func newMerger(base *dataset.Dataset, opts Options) *merger {
	m := &merger{
		base: base, opts: opts,
		pair:       [2]string{base.Countries[0].Code, base.Countries[1].Code},
		names:      map[string]string{},
		indicators: slices.Clone(base.Indicators),
		byID:       map[string]int{},
		added:      len(base.Indicators),
		sources:    slices.Clone(base.Sources),
		sourceIDs:  map[string]bool{},
		baseIDs:    make(map[string]bool, len(base.Records)),
		existing:   map[string]*dataset.Record{},
		pending:    map[string]int{},
		out:        &Outcome{},
	}
	for _, c := range base.Countries {
		m.names[c.Code] = c.Name
	}
	for i, ind := range m.indicators {
		m.byID[ind.ID] = i
	}
	for _, s := range m.sources {
		m.sourceIDs[s.ID] = true
	}
	for i := range base.Records {
		r := &base.Records[i]
		m.baseIDs[r.ID] = true
		if r.Kind == dataset.Measure {
			m.existing[recordKey(r)] = r
		}
	}
	return m
}

// recordKey is observation.key for a record.
func recordKey(r *dataset.Record) string {
	end := ""
	if r.End != nil {
		end = r.End.String()
	}
	return r.Indicator + "|" + r.Reporter + "|" + r.Partner + "|" + r.Date.String() + "|" + end
}

// file reads one file and adds what it holds.
func (m *merger) file(in Input) error {
	data, err := readAll(in)
	if err != nil {
		return err
	}
	s, err := sniff(in.Name, data, m.opts.Separator)
	if err != nil {
		return err
	}
	if s.format == RecordTableCSV || s.format == RecordTableXLSX {
		recs, err := readRecordTable(in, data, s)
		if err != nil {
			return err
		}
		m.recordTable(in.Name, s.format, recs)
		return nil
	}
	t, err := readTable(in.Name, s)
	if err != nil {
		return err
	}
	var obs []observation
	var publisher string
	switch s.format {
	case Comtrade:
		obs, publisher = readComtrade(t), comtradePublisher
	case IMFPanel:
		obs, publisher = readIMFPanel(t), imfPublisher
	case IMFYears:
		obs, publisher = readIMFYears(t), imfPublisher
	case SDMX:
		obs, publisher = readSDMX(t)
	}
	if err := t.err(); err != nil {
		return err
	}
	if len(obs) == 0 {
		return fileProblem(in.Name, 0, "the file (%s) holds no values", s.format)
	}
	if err := m.checkFile(t, obs); err != nil {
		return err
	}
	return m.agencyFile(in.Name, s.format, publisher, obs)
}

// checkFile refuses values of another pair than the dataset's, and a file that gives one
// value twice (a breakdown, such as by mode of transport, that Attaché does not read).
func (m *merger) checkFile(t *table, obs []observation) error {
	other := map[string]int{}
	seen := make(map[string]int, len(obs))
	for i := range obs {
		o := &obs[i]
		if !m.inPair(o.reporter) || !m.inPair(o.partner) || o.reporter == o.partner {
			p := o.reporter + "–" + o.partner
			if o.partner < o.reporter {
				p = o.partner + "–" + o.reporter // one pair, whichever side reports
			}
			if _, ok := other[p]; !ok {
				other[p] = o.line
			}
			continue
		}
		k := o.key()
		if first, dup := seen[k]; dup {
			t.problem(o.line, "", "gives the value of line %d again (%s, %s to %s, %s): the file has a breakdown, such as by mode of transport or customs procedure, that Attaché does not read; download the totals", first, o.series.id, o.reporter, o.partner, o.date)
			continue
		}
		seen[k] = o.line
	}
	for _, p := range sortedKeys(other) {
		codes := strings.Split(p, "–")
		t.problem(other[p], "", "the file holds values of %s (from this line on), which is not this dataset's pair %s–%s: import it into a dataset for that pair (attache-cli import --new-pair %s,%s)",
			p, m.pair[0], m.pair[1], codes[0], codes[1])
	}
	return t.err()
}

func (m *merger) inPair(code string) bool { return code == m.pair[0] || code == m.pair[1] }

// recordTable adds the records of Attaché's own table: as before, a record replaces the
// dataset's record with its id, and a new id is added.
func (m *merger) recordTable(name string, f Format, recs []dataset.Record) {
	m.out.Files = append(m.out.Files, FileReport{Name: name, Format: f, Values: len(recs)})
	for _, r := range recs {
		e := Entry{File: name, Record: r}
		if m.baseIDs[r.ID] {
			m.out.Updated = append(m.out.Updated, e)
		} else {
			m.out.Added = append(m.out.Added, e)
		}
		m.recs = append(m.recs, r)
	}
}

// agencyFile turns a file's values into records, against the dataset's and earlier files'.
func (m *merger) agencyFile(name string, f Format, publisher string, obs []observation) error {
	if !slices.ContainsFunc(m.base.Sectors, func(s dataset.Sector) bool { return s.ID == TradeSector }) {
		return fileProblem(name, 0, "the dataset has no sector %q, which imported trade values belong to: add it to the dataset, or import into a new dataset (--new-pair)", TradeSector)
	}
	src := m.source(name, f, publisher, obs)
	report := FileReport{Name: name, Format: f, Source: src}
	var problems []Problem
	for i := range obs {
		o := &obs[i]
		if o.missing != "" {
			report.Missing++
			m.out.Missing = append(m.out.Missing, Entry{File: name, Line: o.line, Note: fmt.Sprintf("%s, %s to %s, %s: %s in the file", o.series.id, o.reporter, o.partner, periodText(o.date, o.end), quoteMark(o.missing))})
			continue
		}
		ind, err := m.indicator(o)
		if err != nil {
			problems = append(problems, Problem{File: name, Line: o.line, Message: err.Error()})
			continue
		}
		report.Values++
		m.place(m.record(o, ind, name, src))
	}
	if len(problems) > 0 {
		return &dataset.ValidationError{Problems: problems}
	}
	m.out.Files = append(m.out.Files, report)
	return nil
}

func quoteMark(s string) string {
	if strings.HasPrefix(s, "status ") || s == "empty" {
		return s
	}
	return fmt.Sprintf("%q", s)
}

// place sorts a new record into added, updated, unchanged or differences.
func (m *merger) place(e Entry) {
	r := &e.Record
	k := recordKey(r)
	old, had := m.existing[k]
	if !had {
		m.existing[k] = r
		m.pending[k] = len(m.recs)
		m.recs = append(m.recs, *r)
		m.out.Added = append(m.out.Added, e)
		return
	}
	e.Old = old
	switch {
	case sameValue(old, r):
		m.out.Unchanged = append(m.out.Unchanged, e)
	case !m.opts.Update:
		m.out.Differences = append(m.out.Differences, e)
	default:
		*r = updated(old, r)
		e.Record = *r
		if i, ok := m.pending[k]; ok {
			m.recs[i] = *r
		} else {
			m.pending[k] = len(m.recs)
			m.recs = append(m.recs, *r)
		}
		m.out.Updated = append(m.out.Updated, e)
	}
}

// updated is the dataset's record old with the value of the file's record r: its value,
// qualifier, caveat, summary and source are the file's; its id, title and sectors stay,
// and so do the translations of its title, while those of its summary and caveat, which
// spoke of the old value, go.
func updated(old, r *dataset.Record) dataset.Record {
	u := *old
	u.Value, u.Qualifier, u.Caveat, u.Summary, u.Sources = r.Value, r.Qualifier, r.Caveat, r.Summary, r.Sources
	u.Conflicts = nil
	if len(old.Translations) > 0 {
		u.Translations = make(map[string]dataset.RecordText, len(old.Translations))
		for lang, t := range old.Translations {
			if t.Title != "" {
				u.Translations[lang] = dataset.RecordText{Title: t.Title}
			}
		}
	}
	return u
}

func sameValue(a, b *dataset.Record) bool {
	if a.Value == nil || b.Value == nil {
		return a.Value == b.Value
	}
	qa, qb := a.Qualifier, b.Qualifier
	if qa == "" {
		qa = dataset.Exact
	}
	if qb == "" {
		qb = dataset.Exact
	}
	return *a.Value == *b.Value && qa == qb
}

// finish merges the records into the dataset and validates it whole.
func (m *merger) finish(name string) (*Outcome, error) {
	m.deriveTotals()
	base := *m.base
	base.Indicators = m.indicators
	base.Sources = m.sources
	merged, err := dataset.Merge(&base, m.recs, name)
	if err != nil {
		return nil, err
	}
	m.out.Dataset = merged
	return m.out, nil
}

// source makes the source that a file's values cite: the publisher, the file's name, the
// date of the import and the period the values cover. The user can edit it afterwards.
func (m *merger) source(name string, f Format, publisher string, obs []observation) string {
	day := m.opts.Date.Format("2006-01-02")
	file := filepath.Base(name)
	id := "import-" + slug(strings.TrimSuffix(file, filepath.Ext(file))) + "-" + day
	if m.sourceIDs[id] {
		return id // the same file imported again the same day cites the same source
	}
	first, last := obs[0].date, obs[0].date
	missing := 0
	for i := range obs {
		if obs[i].date.String() < first.String() {
			first = obs[i].date
		}
		if e := obs[i].date; obs[i].end != nil {
			e = *obs[i].end
			if e.String() > last.String() {
				last = e
			}
		} else if e.String() > last.String() {
			last = e
		}
		if obs[i].missing != "" {
			missing++
		}
	}
	src := dataset.Source{
		ID: id, Title: fmt.Sprintf("%s: %s", f, file), TitleIsDescription: true,
		Publisher: publisher, Date: day, Language: "en",
		DateNote: "The date the file was imported into Attaché; change it to the date of the download, and add the address the file came from.",
		Vintage:  fmt.Sprintf("imported on %s from %s; values for %s to %s", day, file, first, last),
	}
	if missing > 0 {
		src.Note = fmt.Sprintf("%d values that the file marks as missing were not imported (they are not zeros).", missing)
	}
	m.sources = append(m.sources, src)
	m.sourceIDs[id] = true
	return id
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
