package reports

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"attache/reports/dataset"
	"attache/reports/i18n"
)

// The words and numbers the model writes come from reports/i18n, in the briefing's
// language (Cover.Lang; "" is English): its message keys are in messages/<lang>/model.json.

// QualifierWord is how documents say a qualifier before a value: "about", "at least",
// "at most", or nothing for an exact value.
func QualifierWord(l i18n.Lang, q dataset.Qualifier) string {
	if q == "" || q == dataset.Exact {
		return ""
	}
	return l.T("qualifier." + string(q))
}

// FormatNumber writes a value for reading in English: thousands separated by commas, at most
// three significant decimals for small values and two for the rest, no trailing zeros.
// Other languages: i18n.Lang.Number.
func FormatNumber(v float64) string { return i18n.En.Number(v) }

// ValueText writes a qualified value with its unit: "about 180 USD million".
func ValueText(l i18n.Lang, v float64, q dataset.Qualifier, unit string) string {
	s := l.Number(v)
	if w := QualifierWord(l, q); w != "" {
		s = l.T("value.qualified", w, s)
	}
	if unit != "" {
		s = l.T("value.unit", s, unit)
	}
	return s
}

// DateText writes a date at its precision for reading: "11 May 2006", "May 2006", "2006".
func DateText(l i18n.Lang, d dataset.Date) string {
	switch d.Precision {
	case dataset.DayPrecision:
		return l.Day(d.Y, d.M, d.D)
	case dataset.Month:
		return l.Month(d.Y, d.M)
	case dataset.Year:
		return l.Year(d.Y)
	}
	return ""
}

// DayText writes a day for reading: "2 December 2026".
func DayText(l i18n.Lang, d dataset.Day) string { return l.Day(d.Year(), d.Month(), d.DayOfMonth()) }

// Lang is the language the briefing is written in.
func (b *Briefing) Lang() i18n.Lang { return b.Cover.Lang }

// FigureText writes the figure as documents show it: "about 180 USD million".
func (b *Briefing) FigureText(f Figure) string {
	return ValueText(b.Lang(), f.Value, f.Qualifier, b.Unit(f.Indicator))
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
	return c.Lang.T("period.range", from, to)
}

// ReporterText names who reports a figure: "as reported by Azerbaijan", or "" when the
// figure is no one side's statistics.
func (b *Briefing) ReporterText(code string) string {
	if code == "" {
		return ""
	}
	return b.Lang().T("reporter.as_reported_by", b.CountryName(code))
}

// CountryName names a country by its code in the briefing's language: its name in the
// dataset, else the code ("" stays "").
func (b *Briefing) CountryName(code string) string {
	if c, ok := b.Countries[code]; ok && c.Name != "" {
		name, _ := c.NameIn(b.Lang().String())
		return name
	}
	return code
}

// PairText names the dataset's two countries: "Azerbaijan – Republic of Korea".
func (c Cover) PairText() string {
	names := make([]string, 2)
	for i := range names {
		if i < len(c.Countries) {
			names[i], _ = c.Countries[i].NameIn(c.Lang.String())
		}
	}
	if len(c.Countries) != 2 {
		list := make([]string, len(c.Countries))
		for i, k := range c.Countries {
			list[i], _ = k.NameIn(c.Lang.String())
		}
		return strings.Join(list, " – ")
	}
	return c.Lang.T("pair.text", names...)
}

// SectorsText names the selected sectors on one line: "All 15 sectors" or "Trade; Energy".
func (c Cover) SectorsText() string {
	if c.AllSectors {
		return c.Lang.N("cover.sectors.all", len(c.Sectors))
	}
	names := make([]string, len(c.Sectors))
	for i := range c.Sectors {
		names[i], _ = c.Sectors[i].NameIn(c.Lang.String())
	}
	return strings.Join(names, c.Lang.T("list.separator"))
}

// KindsText names the selected kinds of record on one line: "All kinds" or "Events,
// figures".
func (c Cover) KindsText() string {
	if len(c.Kinds) == 0 {
		return c.Lang.T("cover.kinds.all")
	}
	names := make([]string, len(c.Kinds))
	for i, k := range c.Kinds {
		names[i] = KindName(c.Lang, k, 2)
		if i > 0 { // "Events, agreements": the list reads as one phrase
			names[i] = lower(c.Lang, names[i])
		}
	}
	return strings.Join(names, c.Lang.T("cover.kinds.separator"))
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

// ParseKind reads a kind of record by the name people see, in any of the documents'
// languages, or the name the data uses, any case, singular or plural: "figure", "Figures",
// "indicator" and "Göstərici" are all dataset.Measure.
func ParseKind(s string) (dataset.Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range dataset.Kinds {
		if s == string(k) || s == string(k)+"s" {
			return k, true
		}
		for _, n := range []string{".one", ".other"} {
			for _, name := range i18n.Translations("kind." + string(k) + n) {
				if s == strings.ToLower(name) {
					return k, true
				}
			}
		}
	}
	return "", false
}

// KindName names a kind of record for a reader, singular for n == 1 and plural otherwise:
// indicator records are "Figure" and "Figures", in the documents, the app and the command
// line alike.
func KindName(l i18n.Lang, k dataset.Kind, n int) string {
	if n == 1 {
		return l.T("kind." + string(k) + ".one")
	}
	return l.T("kind." + string(k) + ".other")
}

// lower writes s in lower case as l does: Azerbaijani lowers İ to i and I to ı.
func lower(l i18n.Lang, s string) string {
	if l == i18n.Az {
		return strings.ToLowerSpecial(unicode.TurkishCase, s)
	}
	return strings.ToLower(s)
}

// SignedText writes a change with its sign: "+12.5", "−3", "±0".
func SignedText(l i18n.Lang, v float64) string {
	switch {
	case v > 0:
		return "+" + l.Number(v)
	case v < 0:
		return "−" + l.Number(-v)
	}
	return "±0"
}

// ChangeText writes a change as the documents and the app show it: its bound and sign, and
// its percentage to one decimal when it has one: "at least +13 (+22.8%)".
func ChangeText(l i18n.Lang, c *Change) string {
	s := SignedText(l, c.Absolute)
	if c.HasPercent {
		s += " (" + SignedText(l, math.Round(c.Percent*10)/10) + "%)"
	}
	if w := QualifierWord(l, c.Bound); w != "" {
		s = l.T("value.qualified", w, s)
	}
	return s
}
