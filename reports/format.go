package reports

import (
	"math"
	"strconv"
	"strings"

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
func FormatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	decimals := 2
	if a := math.Abs(v); a != 0 && a < 1 {
		decimals = max(2, int(math.Ceil(-math.Log10(a)))+2)
		decimals = min(decimals, 6)
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(c)
	}
	if hasFrac {
		sb.WriteByte('.')
		sb.WriteString(frac)
	}
	return sb.String()
}

// ValueText writes a qualified value with its unit: "about 180 USD million".
func ValueText(v float64, q dataset.Qualifier, unit string) string {
	parts := make([]string, 0, 3)
	if w := QualifierWord(q); w != "" {
		parts = append(parts, w)
	}
	parts = append(parts, FormatNumber(v))
	if unit != "" {
		parts = append(parts, unit)
	}
	return strings.Join(parts, " ")
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
	if c, ok := b.Countries[code]; ok {
		return "as reported by " + c.Name
	}
	return "as reported by " + code
}

// KindName names a kind of record for a reader, in the singular: indicator records are
// "Figure".
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
