package reports

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"attache/reports/dataset"
)

// Options are the parts of a briefing that do not come from the data.
type Options struct {
	Title          string // default: "<country> – <country>: bilateral briefing"
	PreparedBy     string
	Classification string
	AppVersion     string
	// Generated is the date the briefing states; fix it for reproducible exports.
	Generated time.Time
	// Progress, when set, is called as the work advances; done reaches total at the end.
	Progress func(done, total int)
}

// buildSteps is the number of steps Build reports through Options.Progress.
const buildSteps = 7

// Build selects from d and returns the briefing that every renderer reads. It stops with
// ctx.Err() when ctx is cancelled. An empty selection gives a valid, empty briefing. A
// dataset that was not validated is read as dataset.ResolveRefs reads it.
func Build(ctx context.Context, d *dataset.Dataset, s Selection, o Options) (*Briefing, error) {
	progress := func(done int) {
		if o.Progress != nil {
			o.Progress(done, buildSteps)
		}
	}
	progress(0)
	sel, err := selectIndexed(d, s)
	if err != nil {
		return nil, err
	}
	refs := d.Refs()
	if refs == nil { // built in code
		if refs, err = dataset.ResolveRefs(d); err != nil {
			return nil, err
		}
	}
	b := newBriefing(d, s, o, sel, refs)
	progress(1)
	// The sections only point to the timeline's items and the series only read them, so
	// they are made on the second core while the notes are (a large selection has millions
	// of items to file); buildNotes waits for the series before it notes their gaps.
	var sections sync.WaitGroup
	defer sections.Wait()
	defer b.series.Wait()
	steps := []func(){
		b.buildKeyFigures,
		// Before the sections and the series, which share its items.
		b.buildTimeline,
		func() { sections.Go(b.buildSections) },
		func() { b.series.Go(b.buildSeries) },
		b.buildNotes,
		func() { sections.Wait(); b.finishSources() },
	}
	for i, step := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step()
		progress(i + 2)
	}
	return b.Briefing, nil
}

// builder holds what the steps of Build share.
type builder struct {
	*Briefing
	d   *dataset.Dataset
	sel Selection
	// refs give each record's sectors, sources and conflicts as indexes.
	refs     *dataset.Refs
	selected map[string]bool // sector ids
	sources  map[string]*dataset.Source
	// sectorItems holds, per selected sector id, the indexes in Timeline of its items, in
	// order: buildTimeline files them while each record is at hand, buildSections uses them.
	sectorItems map[string][]int32
	// noteCandidates holds the records that need a note, in order, found by buildTimeline
	// while each record is at hand (see noteReasons).
	noteCandidates []noteCandidate
	// groupKeys, groups, groupPositions and oddValued are indicatorGroups' result, made
	// once; groupPositions holds the positions in Records of each group's records.
	groupKeys      []seriesKey
	groups         map[seriesKey][]*dataset.Record
	groupPositions map[seriesKey][]int32
	oddValued      []*dataset.Record // records with a value that are not of kind indicator
	// series is done when buildSeries, which runs beside buildNotes, is.
	series sync.WaitGroup
	// citeBlock is where cite carves its results from, so that a million records do not
	// make a million small allocations.
	citeBlock []int
	// datasetIndexes holds the index in d.Records of each of Records (see buildTimeline).
	datasetIndexes []int32
	// facts is what one pass over the selected records in the dataset's order learns (see
	// timelineFacts); factsOK is false when that pass could not be made.
	facts              *timelineFacts
	factsRead, factsOK bool
}

func newBriefing(d *dataset.Dataset, s Selection, o Options, sel selected, refs *dataset.Refs) *builder {
	b := &builder{
		Briefing: &Briefing{
			Records:    sel.records,
			Indicators: make(map[string]*dataset.Indicator, len(d.Indicators)),
			Sectors:    make(map[string]*dataset.Sector, len(d.Sectors)),
			Countries:  make(map[string]dataset.Country, len(d.Countries)),
			Citations:  make(map[string]int),
		},
		d:        d,
		sel:      s,
		refs:     refs,
		selected: make(map[string]bool, len(s.Sectors)),
		sources:  make(map[string]*dataset.Source, len(d.Sources)),

		datasetIndexes: sel.indexes,
	}
	for i := range d.Indicators {
		b.Indicators[d.Indicators[i].ID] = &d.Indicators[i]
	}
	for i := range d.Sectors {
		b.Sectors[d.Sectors[i].ID] = &d.Sectors[i]
	}
	for _, c := range d.Countries {
		b.Countries[c.Code] = c
	}
	for i := range d.Sources {
		b.sources[d.Sources[i].ID] = &d.Sources[i]
	}
	for _, id := range s.Sectors {
		b.selected[id] = true
	}
	b.Cover = b.cover(o, sel.first, sel.last)
	return b
}

// cover states the briefing's first lines; dataFirst and dataLast are DatasetSpan's.
func (b *builder) cover(o Options, dataFirst, dataLast dataset.Day) Cover {
	c := Cover{
		Title:          o.Title,
		Countries:      b.d.Countries,
		From:           b.sel.From,
		To:             b.sel.To,
		Kinds:          b.sel.Kinds,
		Text:           strings.TrimSpace(b.sel.Text),
		DatasetTitle:   b.d.Title,
		Dataset:        b.d.Identity(),
		AppVersion:     o.AppVersion,
		Generated:      o.Generated,
		PreparedBy:     o.PreparedBy,
		Classification: o.Classification,
		RecordCount:    len(b.Records),
	}
	if c.Title == "" {
		c.Title = c.PairText() + ": bilateral briefing"
	}
	for _, sec := range b.d.Sectors {
		if b.selected[sec.ID] {
			c.Sectors = append(c.Sectors, sec)
		}
	}
	c.AllSectors = len(c.Sectors) == len(b.d.Sectors)
	if len(c.Kinds) == len(dataset.Kinds) {
		c.Kinds = nil
	}
	c.FirstDay, c.LastDay = b.sel.bounds()
	if b.sel.From.IsZero() {
		c.FirstDay = dataFirst
	}
	if b.sel.To.IsZero() {
		c.LastDay = dataLast
	}
	return c
}

// DatasetSpan returns the first and last day that any record of d covers.
func DatasetSpan(d *dataset.Dataset) (first, last dataset.Day) {
	for i := range d.Records {
		f, l := d.Records[i].Period()
		if first == 0 || f < first {
			first = f
		}
		if l > last {
			last = l
		}
	}
	return first, last
}

// cite numbers a record's sources in order of first citation and returns their numbers.
func (b *builder) cite(r *dataset.Record) []int {
	if cap(b.citeBlock)-len(b.citeBlock) < len(r.Sources) {
		b.citeBlock = make([]int, 0, max(1024, len(r.Sources)))
	}
	start := len(b.citeBlock)
	nums := b.citeBlock[start : start : start+len(r.Sources)]
	for _, id := range r.Sources {
		n, ok := b.Citations[id]
		if !ok {
			n = len(b.Citations) + 1
			b.Citations[id] = n
		}
		if !slices.Contains(nums, n) {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	b.citeBlock = b.citeBlock[:start+len(nums)]
	return nums[:len(nums):len(nums)] // full: an append by a caller copies, never overwrites the block
}

// figure returns the figure of an indicator record, citing its sources.
func (b *builder) figure(r *dataset.Record) Figure { return b.figureCiting(r, b.cite(r)) }

// figureCiting is figure for a record whose citation numbers the caller has.
func (b *builder) figureCiting(r *dataset.Record, sources []int) Figure {
	f := Figure{
		Record:    r,
		Indicator: b.Indicators[r.Indicator],
		Qualifier: r.Qualifier,
		Reporter:  r.Reporter,
		Sources:   sources,
	}
	f.Partial = f.Indicator != nil && f.Indicator.Kind == dataset.Flow && !wholeYear(r)
	if f.Qualifier == "" {
		f.Qualifier = dataset.Exact
	}
	if r.Value != nil {
		f.Value = *r.Value
	}
	return f
}

// wholeYear reports whether a record's period is exactly one calendar year.
func wholeYear(r *dataset.Record) bool {
	first, last := r.Period()
	return first.Year() == last.Year() && first == dataset.DayOf(first.Year(), 1, 1) && last == dataset.DayOf(first.Year(), 12, 31)
}

// samePeriod reports whether two records cover exactly the same days.
func samePeriod(a, b *dataset.Record) bool {
	af, al := a.Period()
	bf, bl := b.Period()
	return af == bf && al == bl
}

type seriesKey struct{ indicator, reporter string }

// indicatorGroups returns the selected indicator records grouped by indicator and reporter,
// in the dataset's indicator order and the countries' order (no reporter first).
func (b *builder) indicatorGroups() ([]seriesKey, map[seriesKey][]*dataset.Record) {
	if b.groups != nil {
		return b.groupKeys, b.groups
	}
	groups := make(map[seriesKey][]*dataset.Record)
	b.groupPositions = make(map[seriesKey][]int32)
	if tf, ok := b.timelineFacts(); ok { // gathered in the dataset's order: see timeline.go
		for k, positions := range tf.groups {
			slices.Sort(positions)
			rs := make([]*dataset.Record, len(positions))
			for i, pos := range positions {
				rs[i] = b.Records[pos]
			}
			groups[k] = rs
			b.groupPositions[k] = positions
		}
		slices.Sort(tf.oddValued)
		for _, pos := range tf.oddValued {
			b.oddValued = append(b.oddValued, b.Records[pos])
		}
	} else {
		for pos, r := range b.Records {
			if r.Kind == dataset.Measure && r.Value != nil {
				k := seriesKey{r.Indicator, r.Reporter}
				groups[k] = append(groups[k], r)
				b.groupPositions[k] = append(b.groupPositions[k], int32(pos))
			} else if r.Value != nil {
				b.oddValued = append(b.oddValued, r)
			}
		}
	}
	reporterRank := map[string]int{"": 0}
	for i, c := range b.d.Countries {
		reporterRank[c.Code] = i + 1
	}
	indicatorRank := make(map[string]int, len(b.d.Indicators))
	for i, ind := range b.d.Indicators {
		indicatorRank[ind.ID] = i
	}
	keys := make([]seriesKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y seriesKey) int {
		if d := indicatorRank[x.indicator] - indicatorRank[y.indicator]; d != 0 {
			return d
		}
		return reporterRank[x.reporter] - reporterRank[y.reporter]
	})
	b.groupKeys, b.groups = keys, groups
	return keys, groups
}

// preferred orders records that state the same thing: the plainest first (exact before
// qualified, stated before derived, whole periods before partial ones), then by id.
func preferred(a, b *dataset.Record) int {
	rank := func(r *dataset.Record) int {
		n := 0
		if r.Qualifier != "" && r.Qualifier != dataset.Exact {
			n++
		}
		if r.Derived != nil {
			n += 2
		}
		return n
	}
	if d := rank(a) - rank(b); d != 0 {
		return d
	}
	return strings.Compare(a.ID, b.ID)
}

// buildSections gives each selected sector with matches its section: the timeline's items
// that buildTimeline filed under it, in order.
func (b *builder) buildSections() {
	for _, sec := range b.d.Sectors {
		indexes := b.sectorItems[sec.ID]
		if len(indexes) == 0 {
			continue
		}
		items := make([]*Item, len(indexes))
		for i, at := range indexes {
			items[i] = &b.Timeline[at]
		}
		b.Sections = append(b.Sections, Section{Sector: sec, Items: items})
	}
}

func (b *builder) finishSources() {
	b.Sources = make([]CitedSource, len(b.Citations))
	for id, n := range b.Citations {
		b.Sources[n-1] = CitedSource{Number: n, Source: *b.sources[id]}
	}
	b.Cover.SourceCount = len(b.Sources)
}
