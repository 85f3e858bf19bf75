package dataset

import "time"

// DayOfTime is the day of a time, in the time's own location.
func DayOfTime(t time.Time) Day { return DayOf(t.Year(), int(t.Month()), t.Day()) }

// DaysIn is the number of days from first to last, both included.
func DaysIn(first, last Day) int { return int(last.Time().Sub(first.Time()).Hours()/24) + 1 }

// WholeYear reports whether a record's period is exactly one calendar year.
func (r *Record) WholeYear() bool {
	first, last := r.Period()
	return first == DayOf(first.Year(), 1, 1) && last == DayOf(first.Year(), 12, 31)
}

// SamePeriod reports whether two records cover exactly the same days.
func (r *Record) SamePeriod(o *Record) bool {
	rf, rl := r.Period()
	of, ol := o.Period()
	return rf == of && rl == ol
}

// Minus returns how exact the difference latest − base is, from the two values'
// qualifiers (latest is the receiver), or false when the difference is open: both bounds
// the same way, or a bound beside an approximation. From exactly 40 to at least 77 is at
// least +37; from at least 40 to exactly 77 is at most +37.
func (latest Qualifier) Minus(base Qualifier) (Qualifier, bool) {
	lower := func(q Qualifier) bool { return q == AtLeast }
	upper := func(q Qualifier) bool { return q == AtMost }
	bounded := func(q Qualifier) bool { return lower(q) || upper(q) }
	switch {
	case latest == Exact && base == Exact:
		return Exact, true
	case bounded(latest) && bounded(base):
		if lower(latest) && upper(base) {
			return AtLeast, true // latest ≥ L and base ≤ B: the difference is ≥ L − B
		}
		if upper(latest) && lower(base) {
			return AtMost, true
		}
		return "", false
	case bounded(latest) || bounded(base):
		if latest == Approx || base == Approx {
			return "", false
		}
		if lower(latest) || upper(base) {
			return AtLeast, true
		}
		return AtMost, true
	}
	return Approx, true // one or both approximate
}

// In returns the day of d's month and day in year y, as an anniversary falls: 29 February
// falls on 28 February in a common year. d must be precise to the day.
func (d Date) In(y int) Day {
	last := DayOfTime(time.Date(y, time.Month(d.M)+1, 0, 0, 0, 0, 0, time.UTC)) // the month's last day
	return DayOf(y, d.M, min(d.D, last.DayOfMonth()))
}
