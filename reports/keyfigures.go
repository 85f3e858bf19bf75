package reports

import (
	"math"
	"slices"
	"time"

	"attache/reports/dataset"
)

// buildKeyFigures makes a key figure per indicator and reporter: the latest value in range,
// the records that state it differently, the partner's mirror figure and the change from
// the earliest comparable value. Their sources are cited first, in that order.
func (b *builder) buildKeyFigures() {
	for _, g := range b.groups {
		latestPos := g.positions[0]
		for _, pos := range g.positions[1:] {
			if newer(g.indicator.Kind, b.Records[pos], b.Records[latestPos]) {
				latestPos = pos
			}
		}
		latest := b.Records[latestPos]
		conflicts := b.conflictsOf(latestPos, g)
		kf := KeyFigure{Indicator: g.indicator, Reporter: g.reporter, Latest: b.figure(b.at[latestPos])}
		for _, i := range conflicts {
			kf.Conflicts = append(kf.Conflicts, b.figure(i))
		}
		if pos := b.mirrorOf(latest); pos >= 0 {
			f := b.figure(b.at[pos])
			kf.Mirror = &f
		}
		kf.Stale = stale(latest, b.asOf)
		switch pos := b.changeBase(latest, g, conflicts); {
		case pos < 0:
		case len(conflicts) > 0: // which of the disagreeing values would the change start from?
			kf.NoChange = WhyConflict
		default:
			kf.Change, kf.NoChange = b.change(kf.Latest, b.at[pos])
		}
		b.KeyFigures = append(b.KeyFigures, kf)
	}
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

// conflictsOf returns, as indexes in d.Records, the records that state the record at pos in
// Records differently: those it names as conflicts (in range or not), and those of its
// group that give another value for the same period.
func (b *builder) conflictsOf(pos int, g *group) []int {
	r := b.Records[pos]
	var out []int
	for _, i := range b.refs.Conflicts(b.at[pos]) {
		out = append(out, int(i))
	}
	for _, p := range g.positions {
		if o := b.Records[p]; p != pos && o.SamePeriod(r) && *o.Value != *r.Value && !slices.Contains(out, b.at[p]) {
			out = append(out, b.at[p])
		}
	}
	return out
}

// mirrorOf finds the partner's figure for the same flow and period: the record of the
// mirror indicator reported by the other country, the plainest when there are several. It
// returns its position in Records, -1 for none.
func (b *builder) mirrorOf(r *dataset.Record) int {
	best := -1
	ind := b.Indicators[r.Indicator]
	if ind == nil || ind.Mirror == "" || r.Reporter == "" {
		return best
	}
	for _, g := range b.groups {
		if g.id != ind.Mirror || g.reporter == "" || g.reporter == r.Reporter {
			continue
		}
		for _, pos := range g.positions {
			if o := b.Records[pos]; o.SamePeriod(r) && (best < 0 || preferred(o, b.Records[best]) < 0) {
				best = pos
			}
		}
	}
	return best
}

// changeBase returns the earliest figure comparable with the latest one in its group: a
// period of the same length for flows, any earlier date for stocks and counts. A derived
// value is the base only of a value derived the same way (see comparableDerivation);
// values with a caveat, and records that conflict with the latest one or with any other, are
// never the base. It returns the base's position in Records, -1 for none.
func (b *builder) changeBase(latest *dataset.Record, g *group, conflicts []int) int {
	lf, ll := latest.Period()
	at := -1
	for _, pos := range g.positions {
		r := b.Records[pos]
		rf, rl := r.Period()
		if rl >= lf || !comparableDerivation(r, latest) || r.Caveat != "" || len(r.Conflicts) > 0 || slices.Contains(conflicts, b.at[pos]) {
			continue
		}
		if g.indicator.Kind == dataset.Flow && (!r.WholeYear() || !latest.WholeYear()) &&
			dataset.DaysIn(rf, rl) != dataset.DaysIn(lf, ll) {
			continue
		}
		if at < 0 {
			at = pos
			continue
		}
		if ff, _ := b.Records[at].Period(); rf < ff || (rf == ff && preferred(r, b.Records[at]) < 0) {
			at = pos
		}
	}
	return at
}

// comparableDerivation reports whether base may be compared with latest as far as their
// derivations go: both stated, or both derived by the same method (two yearly totals of the
// same flows). A stated value is never compared with an estimate derived from it, nor the
// other way round.
func comparableDerivation(base, latest *dataset.Record) bool {
	if base.Derived == nil || latest.Derived == nil {
		return base.Derived == nil && latest.Derived == nil
	}
	return base.Derived.Method == latest.Derived.Method
}

// change compares the latest figure with its base, d.Records[from], citing the base. It
// gives no change, and says why, when the two cannot be compared as numbers: when the latest
// carries a caveat, or when bounds leave the change open. A bound on one side gives a
// bounded change: from exactly 40 to at least 77 is at least +37; from at least 40 to
// exactly 77 is at most +37. The percentage is left out when the base is a bound or under
// 1% of the latest value.
func (b *builder) change(latest Figure, from int) (*Change, Why) {
	if latest.Record.Caveat != "" {
		return nil, WhyCaveat
	}
	c := &Change{From: b.figure(from)}
	bound, ok := latest.Qualifier.Minus(c.From.Qualifier)
	if !ok {
		return nil, WhyBounds
	}
	c.Absolute, c.Bound = latest.Value-c.From.Value, bound
	if c.From.Qualifier == dataset.AtLeast || c.From.Qualifier == dataset.AtMost {
		c.NoPercent = WhyBoundedBase
	} else if c.Percent, c.HasPercent = percentOf(latest.Value, c.From.Value); !c.HasPercent {
		c.NoPercent = WhyTinyBase
	}
	return c, ""
}

// percentOf returns the change from base to latest in percent, or false when the base is
// zero, negative or under 1% of the latest value: such a percentage runs into the thousands
// and says nothing ("n.m.").
func percentOf(latest, base float64) (float64, bool) {
	if base <= 0 || base < 0.01*math.Abs(latest) {
		return 0, false
	}
	return (latest - base) / base * 100, true
}

// stale reports whether a record's period ended more than two years before the day asOf.
func stale(r *dataset.Record, asOf time.Time) bool {
	_, last := r.Period()
	return last.Time().AddDate(2, 0, 0).Before(asOf)
}
