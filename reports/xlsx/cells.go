package xlsx

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/words"
)

// cutCell records a text that was too long for a cell and was cut.
type cutCell struct {
	Sheet   string
	Cell    string // A1 reference
	Record  string // record id, when the cell belongs to one
	Field   string // column or label
	Total   int    // characters of the full text
	Omitted int    // characters left out
}

// cutMarker is appended to a cut text so that a reader sees it is incomplete.
func cutMarker(omitted int) string {
	return fmt.Sprintf("… [cut: %s characters more, see Notes]", words.Number(float64(omitted)))
}

// utf16Len counts the UTF-16 code units of s, the unit in which Excel counts a cell's
// characters.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r) // an invalid byte decodes as U+FFFD: one unit
	}
	return n
}

// cutText returns s as it fits in a cell: unchanged when within MaxCellChars, else its
// beginning and a visible marker saying how many characters (runes) were left out.
func cutText(s string) (kept string, omitted int) {
	if len(s) <= MaxCellChars || utf16Len(s) <= MaxCellChars {
		return s, 0 // no more UTF-16 units than bytes
	}
	total := utf8.RuneCountInString(s)
	units, runes, end := 0, 0, 0
	grow := func(budget int) {
		for end < len(s) {
			r, width := utf8.DecodeRuneInString(s[end:])
			u := utf16.RuneLen(r)
			if units+u > budget {
				return
			}
			units += u
			runes++
			end += width
		}
	}
	// First leave room for the longest marker s could need, then grow into what the actual
	// marker leaves free (it can only get shorter as more is kept).
	grow(MaxCellChars - utf16Len(cutMarker(total)))
	grow(MaxCellChars - utf16Len(cutMarker(total-runes)))
	omitted = total - runes
	return s[:end] + cutMarker(omitted), omitted
}

// guarded reports whether a spreadsheet would read text as a formula or a command if it
// were typed in or imported: the text begins with = + - @, a tab or a carriage return.
func guarded(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// excelSerial returns the day as Excel's serial date number (days since 1899-12-30, with
// Excel's fictitious 1900-02-29 counted), or false for a day before 1900, which Excel
// cannot hold as a date.
func excelSerial(d dataset.Day) (int, bool) {
	y, m, day := d.Year(), d.Month(), d.DayOfMonth()
	if y < 1900 {
		return 0, false
	}
	n := civilDays(y, m, day) - civilDays(1899, 12, 30)
	if d < dataset.DayOf(1900, 3, 1) {
		n-- // Excel counts 1900 as a leap year: serial 60 is 1900-02-29
	}
	return n, true
}

// civilDays counts days from 1970-01-01 to a proleptic Gregorian date, without the range
// limit of time.Duration.
func civilDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// integral reports whether v is a whole number an int64 holds exactly.
func integral(v float64) bool {
	return v == math.Trunc(v) && math.Abs(v) < 1<<53
}

// joinIDs writes the ids of a many-valued cell as the flat table reads them.
func joinIDs(ids []string) string { return strings.Join(ids, dataset.ListSeparator) }

// cellName returns the A1 reference of a column and row, both counted from 1.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return name
}
