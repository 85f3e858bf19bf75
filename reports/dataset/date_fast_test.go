package dataset

import (
	"fmt"
	"testing"
	"time"
)

// TestDaysInMatchesTime checks the arithmetic of daysIn against the time package, months
// out of range included.
func TestDaysInMatchesTime(t *testing.T) {
	cases := []struct {
		name     string
		from, to int
		months   []int
	}{
		{"centuries and leap years", 1896, 2104, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"months out of range", 1999, 2001, []int{-13, -1, 0, 13, 14, 25}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for y := c.from; y <= c.to; y++ {
				for _, m := range c.months {
					want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
					if got := daysIn(y, m); got != want {
						t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
					}
				}
			}
		})
	}
}

// TestFormatDateMatchesFmt checks the fast date formatting against fmt, odd values included.
func TestFormatDateMatchesFmt(t *testing.T) {
	cases := []struct {
		name    string
		y, m, d int
	}{
		{"ordinary", 2006, 3, 4},
		{"first day", 1, 1, 1},
		{"last day", 9999, 12, 31},
		{"zero", 0, 0, 0},
		{"negative year", -44, 3, 15},
		{"five-digit year", 12345, 6, 7},
		{"month out of range", 2001, 123, 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checks := []struct {
				got, want string
			}{
				{Date{Y: c.y, Precision: Year}.String(), fmt.Sprintf("%04d", c.y)},
				{Date{Y: c.y, M: c.m, Precision: Month}.String(), fmt.Sprintf("%04d-%02d", c.y, c.m)},
				{Date{Y: c.y, M: c.m, D: c.d, Precision: DayPrecision}.String(), fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)},
				{Date{Y: c.y, M: c.m, D: c.d}.String(), ""},
			}
			if c.y >= 0 && c.m >= 0 && c.d >= 0 && c.y <= 9999 && c.m <= 99 {
				checks = append(checks, struct{ got, want string }{DayOf(c.y, c.m, c.d).String(), fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)})
			}
			for _, ch := range checks {
				if ch.got != ch.want {
					t.Errorf("got %q, want %q", ch.got, ch.want)
				}
			}
		})
	}
}
