package i18n

import (
	"math"
	"testing"
)

func TestNumber(t *testing.T) {
	for _, tt := range []struct {
		name       string
		v          float64
		en, az, ko string
	}{
		// The English column is words.Number's own test table.
		{"integer", 227, "227", "227", "227"},
		{"two decimals", 87.307692, "87.31", "87,31", "87.31"},
		{"grouped", 1234567.5, "1,234,567.5", "1.234.567,5", "1,234,567.5"},
		{"negative", -2, "-2", "-2", "-2"},
		{"small", 0.0082, "0.0082", "0,0082", "0.0082"},
		{"very small", 0.000413, "0.000413", "0,000413", "0.000413"},
		{"zero", 0, "0", "0", "0"},
		{"negative grouped", -12345.678, "-12,345.68", "-12.345,68", "-12,345.68"},
		{"trailing zeros", 1000.10, "1,000.1", "1.000,1", "1,000.1"},
		{"thousand", 1000, "1,000", "1.000", "1,000"},
		{"tiny", 1e-9, "0", "0", "0"},
		{"not a number", math.NaN(), "NaN", "NaN", "NaN"},
		{"infinite", math.Inf(-1), "-Inf", "-Inf", "-Inf"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for l, want := range map[Lang]string{En: tt.en, Az: tt.az, Ko: tt.ko, "": tt.en} {
				if got := l.Number(tt.v); got != want {
					t.Errorf("%s.Number(%v) = %q, want %q", l, tt.v, got, want)
				}
				if got := string(l.AppendNumber([]byte("x"), tt.v)); got != "x"+want {
					t.Errorf("%s.AppendNumber(x, %v) = %q, want %q", l, tt.v, got, "x"+want)
				}
			}
		})
	}
}

func TestInt(t *testing.T) {
	for _, tt := range []struct {
		name   string
		n      int
		en, az string
	}{
		{"zero", 0, "0", "0"},
		{"small", 999, "999", "999"},
		{"thousands", 12345, "12,345", "12.345"},
		{"negative", -1234567, "-1,234,567", "-1.234.567"},
		{"beyond float precision", 1<<62 + 1, "4,611,686,018,427,387,905", "4.611.686.018.427.387.905"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := En.Int(tt.n); got != tt.en {
				t.Errorf("En.Int(%d) = %q, want %q", tt.n, got, tt.en)
			}
			if got := Ko.Int(tt.n); got != tt.en {
				t.Errorf("Ko.Int(%d) = %q, want %q", tt.n, got, tt.en)
			}
			if got := Az.Int(tt.n); got != tt.az {
				t.Errorf("Az.Int(%d) = %q, want %q", tt.n, got, tt.az)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	for l, want := range map[Lang]string{En: "92.5%", Az: "92,5%", Ko: "92.5%"} {
		t.Run(string(l), func(t *testing.T) {
			if got := l.Percent(92.5); got != want {
				t.Errorf("Percent(92.5) = %q, want %q", got, want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	for _, tt := range []struct {
		l                                  Lang
		day, month, year, name, short, jan string
	}{
		{En, "2 December 2026", "December 2026", "2026", "December", "Dec", "Jan"},
		{"", "2 December 2026", "December 2026", "2026", "December", "Dec", "Jan"},
		{Az, "2 dekabr 2026", "dekabr 2026", "2026", "dekabr", "dek", "yan"},
		{Ko, "2026년 12월 2일", "2026년 12월", "2026년", "12월", "12월", "1월"},
	} {
		t.Run(tt.l.String(), func(t *testing.T) {
			for _, c := range []struct{ what, got, want string }{
				{"Day", tt.l.Day(2026, 12, 2), tt.day},
				{"Month", tt.l.Month(2026, 12), tt.month},
				{"Year", tt.l.Year(2026), tt.year},
				{"MonthName", tt.l.MonthName(12), tt.name},
				{"ShortMonth", tt.l.ShortMonth(12), tt.short},
				{"ShortMonth(1)", tt.l.ShortMonth(1), tt.jan},
				{"MonthName(13)", tt.l.MonthName(13), "13"},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

func TestAzerbaijaniMonths(t *testing.T) {
	want := []string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"}
	for i, w := range want {
		if got := Az.MonthName(i + 1); got != w {
			t.Errorf("Az.MonthName(%d) = %q, want %q", i+1, got, w)
		}
	}
}

func BenchmarkAppendNumber(b *testing.B) {
	var buf []byte
	for i := 0; b.Loop(); i++ {
		buf = Az.AppendNumber(buf[:0], float64(i)*1.37)
	}
}
