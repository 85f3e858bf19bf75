package reports

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"

	"attache/reports/dataset"
)

// QualifierWord is how documents say a qualifier before a value: "about", "at least",
// "at most", or nothing for an exact value.
func QualifierWord(q dataset.Qualifier) string {
	switch q {
	case dataset.Approx:
		return "about"
	case dataset.AtLeast:
		return "at least"
	case dataset.AtMost:
		return "at most"
	}
	return ""
}

// FormatNumber writes a value for reading: thousands separated by commas, at most three
// significant decimals for small values and two for the rest, no trailing zeros.
func FormatNumber(v float64) string { return string(appendNumber(nil, v)) }

// appendNumber appends v as FormatNumber writes it. The notes of a large selection write
// hundreds of thousands of values, so it builds in the caller's buffer.
func appendNumber(dst []byte, v float64) []byte {
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
	for i, c := range whole { // digits only: one byte each
		if i > 0 && (len(whole)-i)%3 == 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, c)
	}
	if hasFrac {
		dst = append(dst, '.')
		dst = append(dst, frac...)
	}
	return dst
}

// ValueText writes a qualified value with its unit: "about 180 USD million".
func ValueText(v float64, q dataset.Qualifier, unit string) string {
	return string(appendValueText(nil, v, q, unit))
}

// appendValueText appends v as ValueText writes it.
func appendValueText(dst []byte, v float64, q dataset.Qualifier, unit string) []byte {
	if w := QualifierWord(q); w != "" {
		dst = append(dst, w...)
		dst = append(dst, ' ')
	}
	dst = appendNumber(dst, v)
	if unit != "" {
		dst = append(dst, ' ')
		dst = append(dst, unit...)
	}
	return dst
}

// Text writes the figure as documents show it: "about 180 USD million".
func (f Figure) Text() string {
	unit := ""
	if f.Indicator != nil {
		unit = f.Indicator.Unit
	}
	return ValueText(f.Value, f.Qualifier, unit)
}

// PeriodText writes the range a cover states: "1992 – 2026-11", or the days when the range
// was left open at an end and the data decide it.
func (c Cover) PeriodText() string {
	from, to := c.From.String(), c.To.String()
	if from == "" {
		from = c.FirstDay.String()
	}
	if to == "" {
		to = c.LastDay.String()
	}
	return from + " – " + to
}

// ReporterText names who reports a figure: "as reported by Azerbaijan", or "" when the
// figure is no one side's statistics.
func (b *Briefing) ReporterText(code string) string {
	if code == "" {
		return ""
	}
	return "as reported by " + b.CountryName(code)
}

// CountryName names a country by its code: its name in the dataset, else the code ("" stays
// "").
func (b *Briefing) CountryName(code string) string {
	if c, ok := b.Countries[code]; ok && c.Name != "" {
		return c.Name
	}
	return code
}

// PairText names the dataset's two countries: "Azerbaijan – Republic of Korea".
func (c Cover) PairText() string {
	names := make([]string, len(c.Countries))
	for i, ctry := range c.Countries {
		names[i] = ctry.Name
	}
	return strings.Join(names, " – ")
}

// CitationText writes citation numbers as the documents show them: "[3]", "[3, 7]"; no
// numbers give "".
func CitationText(numbers []int) string {
	if len(numbers) == 0 {
		return ""
	}
	text := []byte{'['}
	for i, n := range numbers {
		if i > 0 {
			text = append(text, ", "...)
		}
		text = strconv.AppendInt(text, int64(n), 10)
	}
	return string(append(text, ']'))
}

// Today is the generation date an export states unless told otherwise: today, at midnight
// UTC, so that every export of a day states the same date.
func Today() time.Time {
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// ParseKind reads a kind of record by the name people see or the name the data uses, any
// case, singular or plural: "figure", "Figures" and "indicator" are all dataset.Measure.
func ParseKind(s string) (dataset.Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range dataset.Kinds {
		name := strings.ToLower(KindName(k))
		if s == string(k) || s == name || s == name+"s" || s == string(k)+"s" {
			return k, true
		}
	}
	return "", false
}

// KindName names a kind of record for a reader, in the singular: indicator records are
// "Figure", in the documents, the app and the command line alike.
func KindName(k dataset.Kind) string {
	switch k {
	case dataset.Event:
		return "Event"
	case dataset.Agreement:
		return "Agreement"
	case dataset.Statement:
		return "Statement"
	case dataset.Measure:
		return "Figure"
	}
	return string(k)
}
