// Package words writes what documents say of values, dates, kinds of record and citations,
// in the briefing's language: "about 180 USD million", "May 2006", "Figures", "[3, 7]". The
// words themselves are message keys of reports/i18n (messages/<lang>/model.json); the
// briefing model, the PDF, the workbook and the app all write them through here.
package words

import (
	"strconv"
	"strings"
	"unicode"

	"attache/reports/dataset"
	"attache/reports/i18n"
)

// Qualifier is how documents say a qualifier before a value: "about", "at least",
// "at most", or nothing for an exact value.
func Qualifier(l i18n.Lang, q dataset.Qualifier) string {
	if q == "" || q == dataset.Exact {
		return ""
	}
	return l.T("qualifier." + string(q))
}

// Number writes a value for reading in English: thousands separated by commas, at most
// three significant decimals for small values and two for the rest, no trailing zeros.
// Other languages: i18n.Lang.Number.
func Number(v float64) string { return i18n.En.Number(v) }

// Value writes a qualified value with its unit: "about 180 USD million".
func Value(l i18n.Lang, v float64, q dataset.Qualifier, unit string) string {
	s := l.Number(v)
	if w := Qualifier(l, q); w != "" {
		s = l.T("value.qualified", w, s)
	}
	if unit != "" {
		s = l.T("value.unit", s, unit)
	}
	return s
}

// Date writes a date at its precision for reading: "11 May 2006", "May 2006", "2006".
func Date(l i18n.Lang, d dataset.Date) string {
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

// Day writes a day for reading: "2 December 2026".
func Day(l i18n.Lang, d dataset.Day) string { return l.Day(d.Year(), d.Month(), d.DayOfMonth()) }

// Citations writes citation numbers as the documents show them: "[3]", "[3, 7]"; no
// numbers give "".
func Citations(numbers []int) string {
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

// Kind names a kind of record for a reader, singular for n == 1 and plural otherwise:
// indicator records are "Figure" and "Figures", in the documents, the app and the command
// line alike.
func Kind(l i18n.Lang, k dataset.Kind, n int) string {
	if n == 1 {
		return l.T("kind." + string(k) + ".one")
	}
	return l.T("kind." + string(k) + ".other")
}

// Lower writes s in lower case as l does: Azerbaijani lowers İ to i and I to ı.
func Lower(l i18n.Lang, s string) string {
	if l == i18n.Az {
		return strings.ToLowerSpecial(unicode.TurkishCase, s)
	}
	return strings.ToLower(s)
}

// Signed writes a change with its sign: "+12.5", "−3", "±0".
func Signed(l i18n.Lang, v float64) string {
	switch {
	case v > 0:
		return "+" + l.Number(v)
	case v < 0:
		return "−" + l.Number(-v)
	}
	return "±0"
}

// Marked returns a text of the dataset in language l, marked as English when the dataset
// has no translation of it (ok false): the pair a dataset accessor such as
// dataset.Record.TitleIn returns. Front ends that show dataset texts outside a briefing (the
// app's records table) use it with the same accessors.
func Marked(l i18n.Lang, text string, ok bool) string {
	if ok || text == "" {
		return text
	}
	return l.T("text.untranslated", text)
}

// Ordinal writes a number of years as an anniversary's ordinal: "35th", "35-ci", "35".
// Azerbaijani suffixes follow the vowel of the number's last word (beş → -ci, on → -cu,
// qırx → -cı, yüz → -cü); English and Korean need none for multiples of five (the key
// writes "th" or 주년).
func Ordinal(l i18n.Lang, n int) string {
	s := strconv.Itoa(n)
	if l != i18n.Az {
		return s
	}
	suffix := map[int]string{0: "cu", 1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[n%10]
	if n%10 == 0 {
		suffix = map[int]string{0: "cü", 1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}[n/10%10]
		if n%100 == 0 {
			suffix = "cü"
		}
	}
	return s + "-" + suffix
}

// Records names a list of records briefly: all of them when few, else the first and last.
func Records(rs []*dataset.Record) string {
	if len(rs) > 4 {
		return rs[0].ID + " … " + rs[len(rs)-1].ID
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}
