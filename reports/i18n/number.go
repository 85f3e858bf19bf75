package i18n

import (
	"bytes"
	"math"
	"strconv"
)

// separators are how a language writes a number: the mark between thousands and the
// decimal mark.
type separators struct{ group, decimal byte }

// separatorsOf gives each language's marks. English and Korean write 1,234.5. Azerbaijani
// writes 1.234,5: CLDR's "az" (and "az-Latn") locale has decimal "," and group "." — as
// golang.org/x/text/message prints them (message.NewPrinter(language.Azerbaijani) gives
// "1.234.567,89" for 1234567.89). The marks are kept here rather than asked of x/text at
// every call: Number is called hundreds of thousands of times for a large selection.
func (l Lang) separators() separators {
	if l == Az {
		return separators{group: '.', decimal: ','}
	}
	return separators{group: ',', decimal: '.'}
}

// Number writes a value for reading: thousands grouped, at most three significant decimals
// for small values and two for the rest, no trailing zeros; "1,234.5" in English and
// Korean, "1.234,5" in Azerbaijani.
func (l Lang) Number(v float64) string { return string(l.AppendNumber(nil, v)) }

// AppendNumber appends v as Number writes it. The notes of a large selection write hundreds
// of thousands of values, so it builds in the caller's buffer.
func (l Lang) AppendNumber(dst []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.AppendFloat(dst, v, 'f', -1, 64)
	}
	decimals := 2
	if a := math.Abs(v); a != 0 && a < 1 {
		decimals = max(2, int(math.Ceil(-math.Log10(a)))+2)
		decimals = min(decimals, 6)
	}
	var digits [32]byte
	s := strconv.AppendFloat(digits[:0], v, 'f', decimals, 64)
	if bytes.IndexByte(s, '.') >= 0 {
		s = bytes.TrimRight(bytes.TrimRight(s, "0"), ".")
	}
	if len(s) > 0 && s[0] == '-' {
		dst = append(dst, '-')
		s = s[1:]
	}
	whole, frac, hasFrac := bytes.Cut(s, []byte("."))
	sep := l.separators()
	dst = appendGrouped(dst, whole, sep.group)
	if hasFrac {
		dst = append(dst, sep.decimal)
		dst = append(dst, frac...)
	}
	return dst
}

// appendGrouped appends the digits with group between every three from the right.
func appendGrouped(dst, digits []byte, group byte) []byte {
	for i, c := range digits { // digits only: one byte each
		if i > 0 && (len(digits)-i)%3 == 0 {
			dst = append(dst, group)
		}
		dst = append(dst, c)
	}
	return dst
}

// Int writes a whole number with its thousands grouped: "12,345", az "12.345".
func (l Lang) Int(n int) string {
	var digits [24]byte
	s := strconv.AppendInt(digits[:0], int64(n), 10)
	var dst []byte
	if s[0] == '-' {
		dst = append(dst, '-')
		s = s[1:]
	}
	return string(appendGrouped(dst, s, l.separators().group))
}

// Percent writes a percentage as Number writes the value, with the sign CLDR gives each
// language, unspaced in all three: "92.5%", az "92,5%", ko "92.5%".
func (l Lang) Percent(p float64) string { return string(append(l.AppendNumber(nil, p), '%')) }
