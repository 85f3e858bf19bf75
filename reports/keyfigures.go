package reports

import (
	"slices"
	"sync"

	"attache/reports/dataset"
)

// keyChoice is which records a key figure states, chosen before any source is cited.
type keyChoice struct {
	latest, mirror, from *dataset.Record // mirror and from may be nil
	conflicts            []*dataset.Record
}

// buildKeyFigures makes a key figure per indicator and reporter. Choosing its records reads
// the whole group, tens of thousands of records at random places in memory, and changes
// nothing, so the groups are shared out between the two cores; the sources are then cited
// in order, which numbers them.
func (b *builder) buildKeyFigures() {
	keys, groups := b.indicatorGroups()
	choices := make([]keyChoice, len(keys))
	choose := func(first int) {
		for i := first; i < len(keys); i += 2 {
			choices[i] = b.chooseKeyRecords(keys[i], groups[keys[i]], b.groupPositions[keys[i]])
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() { choose(1) })
	choose(0)
	wg.Wait()
	for i, k := range keys {
		c := choices[i]
		kf := KeyFigure{Indicator: b.Indicators[k.indicator], Reporter: k.reporter, Latest: b.figure(c.latest)}
		for _, other := range c.conflicts {
			kf.Conflicts = append(kf.Conflicts, b.figure(other))
		}
		if c.mirror != nil {
			f := b.figure(c.mirror)
			kf.Mirror = &f
		}
		if c.from != nil {
			kf.Change = b.change(kf.Latest, c.from)
		}
		b.KeyFigures = append(b.KeyFigures, kf)
	}
}

// chooseKeyRecords chooses the records of the key figure of group rs, whose positions in
// Records are positions. It only reads.
func (b *builder) chooseKeyRecords(k seriesKey, rs []*dataset.Record, positions []int32) keyChoice {
	ind := b.Indicators[k.indicator]
	at := 0
	for j, r := range rs[1:] {
		if newer(ind.Kind, r, rs[at]) {
			at = j + 1
		}
	}
	latest := rs[at]
	c := keyChoice{latest: latest, conflicts: b.conflictsOf(latest, b.datasetIndexes[positions[at]], rs), mirror: b.mirrorOf(latest)}
	c.from = changeBase(latest, ind, rs, c.conflicts)
	return c
}

// newer reports whether r states a more recent value than cur. Later periods win. A level
// (stock or count) stated on a day wins over one stated for a whole month or year that
// contains that day; for flows a whole period wins over a partial one ending at the same day.
func newer(kind dataset.FigureKind, r, cur *dataset.Record) bool {
	rf, rl := r.Period()
	cf, cl := cur.Period()
	if kind != dataset.Flow && rf <= cl && cf <= rl && r.Date.Precision != cur.Date.Precision {
		return r.Date.Precision > cur.Date.Precision
	}
	if rl != cl {
		return rl > cl
	}
	if rf != cf {
		return rf < cf // the longer period
	}
	return preferred(r, cur) < 0
}

// conflictsOf returns the records that state r, which is d.Records[at], differently: those
// it names as conflicts (in range or not), and those of its group that give another value
// for the same period.
func (b *builder) conflictsOf(r *dataset.Record, at int32, group []*dataset.Record) []*dataset.Record {
	var out []*dataset.Record
	for _, i := range b.refs.Conflicts(int(at)) {
		out = append(out, &b.d.Records[i])
	}
	for _, o := range group {
		if o != r && samePeriod(o, r) && *o.Value != *r.Value && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// mirrorOf finds the partner's figure for the same flow and period: the record of the
// mirror indicator reported by the other country.
func (b *builder) mirrorOf(r *dataset.Record) *dataset.Record {
	ind := b.Indicators[r.Indicator]
	if ind == nil || ind.Mirror == "" || r.Reporter == "" {
		return nil
	}
	// The candidates are the mirror indicator's groups (and any odd record with a value),
	// not every selected record: on a large dataset each pass over them is costly.
	var best *dataset.Record
	consider := func(o *dataset.Record) {
		if o.Indicator == ind.Mirror && o.Value != nil && o.Reporter != r.Reporter && o.Reporter != "" &&
			samePeriod(o, r) && (best == nil || preferred(o, best) < 0) {
			best = o
		}
	}
	keys, groups := b.indicatorGroups()
	for _, k := range keys {
		if k.indicator == ind.Mirror {
			for _, o := range groups[k] {
				consider(o)
			}
		}
	}
	for _, o := range b.oddValued {
		consider(o)
	}
	return best
}

// changeBase returns the earliest figure comparable with the latest one in its group: a
// period of the same length for flows, any earlier date for stocks and counts. Derived
// values and records that conflict with the latest one are never the base.
func changeBase(latest *dataset.Record, ind *dataset.Indicator, group, conflicts []*dataset.Record) *dataset.Record {
	lf, ll := latest.Period()
	var from *dataset.Record
	for _, r := range group {
		rf, rl := r.Period()
		if rl >= lf || r.Derived != nil || slices.Contains(conflicts, r) || slices.Contains(r.Conflicts, latest.ID) {
			continue
		}
		if ind.Kind == dataset.Flow && (!wholeYear(r) || !wholeYear(latest)) {
			if periodLength(rf, rl) != periodLength(lf, ll) {
				continue
			}
		}
		if from == nil {
			from = r
			continue
		}
		ff, _ := from.Period()
		if rf < ff || (rf == ff && preferred(r, from) < 0) {
			from = r
		}
	}
	return from
}

// change compares the latest figure with its base, citing the base.
func (b *builder) change(latest Figure, from *dataset.Record) *Change {
	c := &Change{From: b.figure(from), Absolute: latest.Value - *from.Value}
	if *from.Value != 0 {
		c.Percent = c.Absolute / *from.Value * 100
		c.HasPercent = true
	}
	return c
}

func periodLength(first, last dataset.Day) int {
	return int(last.Time().Sub(first.Time()).Hours()/24) + 1
}
