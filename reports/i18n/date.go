package i18n

import "strconv"

// The date patterns (keys date.day, date.month, date.year) and month names (month.<m>,
// month.short.<m>) are in messages/<lang>/common.json: {0} is the year, {1} the month's
// name, {2} the day. English writes "2 December 2026", Azerbaijani "2 dekabr 2026" (months
// in lower case, as the language writes them), Korean "2026년 12월 2일".

// Day writes a date to the day: "2 December 2026", "2 dekabr 2026", "2026년 12월 2일".
func (l Lang) Day(y, m, d int) string {
	return l.T("date.day", strconv.Itoa(y), l.MonthName(m), strconv.Itoa(d))
}

// Month writes a date to the month: "December 2026", "dekabr 2026", "2026년 12월".
func (l Lang) Month(y, m int) string {
	return l.T("date.month", strconv.Itoa(y), l.MonthName(m))
}

// Year writes a year: "2026", "2026", "2026년".
func (l Lang) Year(y int) string { return l.T("date.year", strconv.Itoa(y)) }

// MonthName is the name of month m (1–12): "December", "dekabr", "12월". A month out of
// range gives its number.
func (l Lang) MonthName(m int) string {
	if m < 1 || m > 12 {
		return strconv.Itoa(m)
	}
	return l.text(monthKeys[m-1])
}

// ShortMonth is the short name of month m for compact periods: "Dec", "dek", "12월".
func (l Lang) ShortMonth(m int) string {
	if m < 1 || m > 12 {
		return strconv.Itoa(m)
	}
	return l.text(shortMonthKeys[m-1])
}

var monthKeys, shortMonthKeys = func() (long, short [12]string) {
	for i := range 12 {
		long[i] = "month." + strconv.Itoa(i+1)
		short[i] = "month.short." + strconv.Itoa(i+1)
	}
	return long, short
}()
