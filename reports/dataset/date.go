package dataset

import (
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a date is known.
type Precision uint8

// The precisions a date can have.
const (
	Year Precision = iota + 1
	Month
	DayPrecision
)

// String names the precision as the documents and the format use it.
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case DayPrecision:
		return "day"
	}
	return "unknown"
}

// Date is a calendar date known to a year, a month or a day: "2006", "2006-03", "2006-03-04".
type Date struct {
	Y         int
	M         int // 0 when the precision is Year
	D         int // 0 unless the precision is DayPrecision
	Precision Precision
}

// Day is a calendar day as the number yyyymmdd, so that days compare as integers.
type Day int

// DayOf returns the Day of a year, month and day.
func DayOf(y, m, d int) Day { return Day(y*10000 + m*100 + d) }

// Year returns the day's year.
func (d Day) Year() int { return int(d) / 10000 }

// Month returns the day's month, 1 to 12.
func (d Day) Month() int { return int(d) / 100 % 100 }

// DayOfMonth returns the day's number in its month, 1 to 31.
func (d Day) DayOfMonth() int { return int(d) % 100 }

// Time returns the day at midnight UTC.
func (d Day) Time() time.Time {
	return time.Date(d.Year(), time.Month(d.Month()), d.DayOfMonth(), 0, 0, 0, 0, time.UTC)
}

// String formats the day as yyyy-mm-dd.
func (d Day) String() string { return formatDate(d.Year(), d.Month(), d.DayOfMonth(), DayPrecision) }

// ParseDate reads "2006", "2006-03" or "2006-03-04" and refuses impossible dates.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("%q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): %s", s, why)
	}
	digits := func(part string) (int, bool) {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	var d Date
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad("wrong length")
	}
	y, ok := digits(s[:4])
	if !ok {
		return bad("year must be four digits")
	}
	if y < 1000 {
		return bad("year before 1000")
	}
	d.Y, d.Precision = y, Year
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad("parts must be separated by '-'")
		}
		m, ok := digits(s[5:7])
		if !ok || m < 1 || m > 12 {
			return bad("month must be 01 to 12")
		}
		d.M, d.Precision = m, Month
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad("parts must be separated by '-'")
		}
		day, ok := digits(s[8:10])
		if !ok || day < 1 || day > daysIn(d.Y, d.M) {
			return bad(fmt.Sprintf("day must be 01 to %02d in that month", daysIn(d.Y, d.M)))
		}
		d.D, d.Precision = day, DayPrecision
	}
	return d, nil
}

// MustParseDate is ParseDate for constants in code and tests; it panics on a bad date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// daysIn returns the number of days in month m of year y. Period and Span call it for every
// month-precision date, so it is plain arithmetic (time.Date cost a third of selecting a
// million records); a month out of 1–12 is normalised as time.Date would.
func daysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Precision == 0 }

// String formats the date at its own precision.
func (d Date) String() string { return formatDate(d.Y, d.M, d.D, d.Precision) }

// formatDate writes yyyy, yyyy-mm or yyyy-mm-dd as fmt's %04d and %02d would. Notes and
// cells write a date for each of a million records, so the usual case skips fmt.
func formatDate(y, m, d int, p Precision) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 {
		switch p {
		case Year:
			return fmt.Sprintf("%04d", y)
		case Month:
			return fmt.Sprintf("%04d-%02d", y, m)
		case DayPrecision:
			return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		return ""
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10),
		'-', byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	switch p {
	case Year:
		return string(b[:4])
	case Month:
		return string(b[:7])
	case DayPrecision:
		return string(b[:10])
	}
	return ""
}

// Span returns the first and last day the date covers: 2017 is 2017-01-01 … 2017-12-31.
func (d Date) Span() (first, last Day) {
	switch d.Precision {
	case Year:
		return DayOf(d.Y, 1, 1), DayOf(d.Y, 12, 31)
	case Month:
		return DayOf(d.Y, d.M, 1), DayOf(d.Y, d.M, daysIn(d.Y, d.M))
	case DayPrecision:
		return DayOf(d.Y, d.M, d.D), DayOf(d.Y, d.M, d.D)
	}
	return 0, 0
}

// MarshalText writes the date at its own precision.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return nil, fmt.Errorf("empty date")
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads a date written as ParseDate accepts it.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
