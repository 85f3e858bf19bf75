package dataset

import "testing"

func TestDateIn(t *testing.T) {
	for _, tt := range []struct {
		date string
		year int
		want Day
	}{
		{"1992-03-23", 2027, DayOf(2027, 3, 23)},
		{"2000-02-29", 2027, DayOf(2027, 2, 28)}, // a common year
		{"2000-02-29", 2028, DayOf(2028, 2, 29)},
		{"2010-12-31", 2026, DayOf(2026, 12, 31)},
	} {
		if got := MustParseDate(tt.date).In(tt.year); got != tt.want {
			t.Errorf("%s in %d = %v, want %v", tt.date, tt.year, got, tt.want)
		}
	}
}

func TestRecordPeriods(t *testing.T) {
	year := &Record{Date: MustParseDate("2020")}
	days := &Record{Date: MustParseDate("2020-01-01"), End: &[]Date{MustParseDate("2020-12-31")}[0]}
	half := &Record{Date: MustParseDate("2020-01"), End: &[]Date{MustParseDate("2020-06")}[0]}
	if !year.WholeYear() || !days.WholeYear() || half.WholeYear() {
		t.Errorf("WholeYear: year %v, days %v, half %v; want true, true, false", year.WholeYear(), days.WholeYear(), half.WholeYear())
	}
	if !year.SamePeriod(days) || year.SamePeriod(half) {
		t.Error("SamePeriod: a year and its days are the same period, a half year is not")
	}
	if got := DaysIn(DayOf(2020, 1, 1), DayOf(2020, 12, 31)); got != 366 {
		t.Errorf("DaysIn(2020) = %d, want 366", got)
	}
}

func TestQualifierMinus(t *testing.T) {
	for _, tt := range []struct {
		latest, base, want Qualifier
		ok                 bool
	}{
		{Exact, Exact, Exact, true},
		{AtLeast, Exact, AtLeast, true}, // from exactly 40 to at least 77: at least +37
		{Exact, AtLeast, AtMost, true},  // from at least 40 to exactly 77: at most +37
		{AtLeast, AtMost, AtLeast, true},
		{AtLeast, AtLeast, "", false},
		{AtLeast, Approx, "", false},
		{Approx, Exact, Approx, true},
	} {
		if got, ok := tt.latest.Minus(tt.base); got != tt.want || ok != tt.ok {
			t.Errorf("%s minus %s = %q, %v; want %q, %v", tt.latest, tt.base, got, ok, tt.want, tt.ok)
		}
	}
}
