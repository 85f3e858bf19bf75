package importing

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"attache/reports/dataset"
	"attache/reports/words"
)

// merger gathers the records of every file against one base dataset.
type merger struct {
	base       *dataset.Dataset
	opts       Options
	pair       [2]string
	names      map[string]string // country code → name
	indicators []dataset.Indicator
	byID       map[string]int // indicator id → index in indicators
	sources    []dataset.Source
	sourceIDs  map[string]int  // source id → index in sources
	baseIDs    map[string]bool // record ids in base
	// existing maps a value's key to the dataset's record that holds it, and to the totals
	// derived in this import.
	existing map[string]*dataset.Record
	// pending maps a value's key to the record this import gives it.
	pending map[string]*dataset.Record
	// merged are the records this import merges, in order, each once.
	merged []*dataset.Record
	slab   slab
	out    *Outcome
}

func newMerger(base *dataset.Dataset, opts Options) *merger {
	m := &merger{
		base: base, opts: opts,
		pair:       [2]string{base.Countries[0].Code, base.Countries[1].Code},
		names:      map[string]string{},
		indicators: slices.Clone(base.Indicators),
		byID:       map[string]int{},
		sources:    slices.Clone(base.Sources),
		sourceIDs:  map[string]int{},
		baseIDs:    make(map[string]bool, len(base.Records)),
		existing:   map[string]*dataset.Record{},
		pending:    map[string]*dataset.Record{},
		out:        &Outcome{},
	}
	for _, c := range base.Countries {
		m.names[c.Code] = c.Name
	}
	for i, ind := range m.indicators {
		m.byID[ind.ID] = i
	}
	for i, s := range m.sources {
		m.sourceIDs[s.ID] = i
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
	return m.agencyFile(newTable(in.Name, s))
}

// agencyFile reads an agency's file a value at a time into records, against the dataset's
// and earlier files'. It refuses values of another pair than the dataset's, and a file that
// gives one value twice (a breakdown, such as by mode of transport, that Attaché does not
// read); with any problem, the whole import fails and what was read is dropped.
func (m *merger) agencyFile(t *table) error {
	f := t.format()
	if !slices.ContainsFunc(m.base.Sectors, func(s dataset.Sector) bool { return s.ID == TradeSector }) {
		return fileProblem(t.name, 0, "the dataset has no sector %q, which imported trade values belong to: add it to the dataset, or import into a new dataset (--new-pair)", TradeSector)
	}
	src := m.source(t.name, f)
	fv := newFileValues(t.name, src.ID)
	report := FileReport{Name: t.name, Format: f, Source: src.ID}
	other := map[string]int{}
	seen := make(map[string]int, t.rowsHint())
	var first, last dataset.Date
	m.out.Added = slices.Grow(m.out.Added, t.rowsHint())
	emit := func(o *observation) {
		if !m.inPair(o.reporter) || !m.inPair(o.partner) || o.reporter == o.partner {
			p := o.reporter + "–" + o.partner
			if o.partner < o.reporter {
				p = o.partner + "–" + o.reporter // one pair, whichever side reports
			}
			if _, ok := other[p]; !ok {
				other[p] = o.line
			}
			return
		}
		k := o.key()
		if at, dup := seen[k]; dup {
			t.problem(o.line, "", "gives the value of line %d again (%s, %s to %s, %s): the file has a breakdown, such as by mode of transport or customs procedure, that Attaché does not read; download the totals", at, o.series.id, o.reporter, o.partner, o.date)
			return
		}
		seen[k] = o.line
		end := o.date
		if o.end != nil {
			end = *o.end
		}
		if first.IsZero() || before(o.date, first) {
			first = o.date
		}
		if last.IsZero() || before(last, end) {
			last = end
		}
		if o.missing != "" {
			report.Missing++
			m.out.Missing = append(m.out.Missing, Entry{File: t.name, Line: o.line, Note: fmt.Sprintf("%s, %s to %s, %s: %s in the file", o.series.id, o.reporter, o.partner, periodText(o.date, o.end), quoteMark(o.missing))})
			return
		}
		ind, err := m.indicator(o)
		if err != nil {
			t.problem(o.line, "", "%v", err)
			return
		}
		report.Values++
		m.place(t.name, o.line, m.record(o, ind, fv))
	}
	switch f {
	case Comtrade:
		readComtrade(t, emit)
	case IMFPanel:
		readIMFPanel(t, emit)
	case IMFYears:
		readIMFYears(t, emit)
	case SDMX:
		readSDMX(t, emit)
	}
	for _, p := range sortedKeys(other) {
		codes := strings.Split(p, "–")
		t.problem(other[p], "", "the file holds values of %s (from this line on), which is not this dataset's pair %s–%s: import it into a dataset for that pair (attache-cli import --new-pair %s,%s)",
			p, m.pair[0], m.pair[1], codes[0], codes[1])
	}
	if err := t.err(); err != nil {
		return err
	}
	if report.Values+report.Missing == 0 {
		return fileProblem(t.name, 0, "the file (%s) holds no values", f)
	}
	src.Publisher = t.publisher
	src.Vintage = fmt.Sprintf("imported on %s from %s; values for %s to %s", src.Date, filepath.Base(t.name), first, last)
	if report.Missing > 0 {
		src.Note = fmt.Sprintf("%d values that the file marks as missing were not imported (they are not zeros).", report.Missing)
	}
	m.out.Files = append(m.out.Files, report)
	return nil
}

// before reports whether date a starts before date b.
func before(a, b dataset.Date) bool {
	if a.Y != b.Y {
		return a.Y < b.Y
	}
	return a.M < b.M || a.M == b.M && a.D < b.D
}

func (m *merger) inPair(code string) bool { return code == m.pair[0] || code == m.pair[1] }

// recordTable adds the records of Attaché's own table: as before, a record replaces the
// dataset's record with its id, and a new id is added.
func (m *merger) recordTable(name string, f Format, recs []dataset.Record) {
	m.out.Files = append(m.out.Files, FileReport{Name: name, Format: f, Values: len(recs)})
	for _, r := range recs {
		e := Entry{File: name, Record: m.slab.put(r)}
		m.merged = append(m.merged, e.Record)
		if m.baseIDs[r.ID] {
			m.out.Updated = append(m.out.Updated, e)
		} else {
			m.out.Added = append(m.out.Added, e)
		}
	}
}

func quoteMark(s string) string {
	if strings.HasPrefix(s, "status ") || s == "empty" {
		return s
	}
	return fmt.Sprintf("%q", s)
}

// slab hands out records at addresses that stay put: chunks that never grow, so that an
// import of a hundred thousand values neither copies them as a slice grows nor allocates
// each alone.
type slab struct{ chunk []dataset.Record }

func (s *slab) put(r dataset.Record) *dataset.Record {
	if len(s.chunk) == cap(s.chunk) {
		s.chunk = make([]dataset.Record, 0, 4096)
	}
	s.chunk = append(s.chunk, r)
	return &s.chunk[len(s.chunk)-1]
}

// place sorts a file's record into added, updated, unchanged or differences.
func (m *merger) place(file string, line int, r dataset.Record) {
	k := recordKey(&r)
	e := Entry{File: file, Line: line}
	old, isPending := m.pending[k]
	if !isPending {
		old = m.existing[k]
	}
	if old == nil {
		e.Record = m.slab.put(r)
		m.pending[k] = e.Record
		m.merged = append(m.merged, e.Record)
		m.out.Added = append(m.out.Added, e)
		return
	}
	e.Old = old
	if isPending {
		o := *old // an earlier file's record, which this one may change
		e.Old = &o
	}
	switch {
	case sameValue(old, &r):
		e.Record = m.slab.put(r)
		m.out.Unchanged = append(m.out.Unchanged, e)
	case !m.opts.Update:
		e.Record = m.slab.put(r)
		m.out.Differences = append(m.out.Differences, e)
	case isPending:
		*old = updated(old, &r) // merged once, with this file's value
		e.Record = old
		m.out.Updated = append(m.out.Updated, e)
	default:
		e.Record = m.slab.put(updated(old, &r))
		m.pending[k] = e.Record
		m.merged = append(m.merged, e.Record)
		m.out.Updated = append(m.out.Updated, e)
	}
}

// records are the records this import merges, in the order they came.
func (m *merger) records() []dataset.Record {
	recs := make([]dataset.Record, len(m.merged))
	for i, r := range m.merged {
		recs[i] = *r
	}
	return recs
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
	merged, err := dataset.Merge(&base, m.records(), name)
	if err != nil {
		return nil, err
	}
	m.out.Dataset = merged
	return m.out, nil
}

// source makes the source that a file's values cite: the publisher, the file's name, the
// date of the import; agencyFile adds the period the values cover. The user can edit it
// afterwards. The same file imported again the same day cites the same source.
func (m *merger) source(name string, f Format) *dataset.Source {
	day := m.opts.Date.Format("2006-01-02")
	file := filepath.Base(name)
	id := "import-" + words.Slug(strings.TrimSuffix(file, filepath.Ext(file))) + "-" + day
	if i, ok := m.sourceIDs[id]; ok {
		return &m.sources[i]
	}
	m.sources = append(m.sources, dataset.Source{
		ID: id, Title: fmt.Sprintf("%s: %s", f, file), TitleIsDescription: true, Date: day, Language: "en",
		DateNote: "The date the file was imported into Attaché; change it to the date of the download, and add the address the file came from.",
	})
	m.sourceIDs[id] = len(m.sources) - 1
	return &m.sources[len(m.sources)-1]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
