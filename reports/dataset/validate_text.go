package dataset

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// textField is one field of a translation: its JSON name and its text.
type textField struct{ name, text string }

func recordTextFields(t RecordText) []textField {
	return []textField{{"title", t.Title}, {"summary", t.Summary}, {"caveat", t.Caveat}}
}

func nameTextFields(t NameText) []textField {
	return []textField{{"name", t.Name}, {"description", t.Description}}
}

func indicatorTextFields(t IndicatorText) []textField {
	return []textField{{"name", t.Name}, {"unit", t.Unit}, {"description", t.Description}}
}

func titleTextFields(t TitleText) []textField { return []textField{{"title", t.Title}} }

// checkTranslations checks an object's translations: each keyed by a known language, each
// with at least one field, and no field of only spaces. field is the path of the
// translations ("sectors[2].translations", or "translations" inside a record); report
// reports a problem at a path.
func checkTranslations[T any](texts map[string]T, field string, fields func(T) []textField, report func(field, format string, args ...any)) {
	for _, lang := range sortedKeys(texts) {
		at := field + "." + lang
		if !slices.Contains(Languages, lang) {
			report(at, "unknown language %s (want one of %s)", quoteValue(lang), strings.Join(Languages, ", "))
			continue
		}
		set := 0
		for _, f := range fields(texts[lang]) {
			switch {
			case f.text == "":
			case blank(f.text):
				report(at+"."+f.name, "%s: write the translation or leave the field out", msgEmpty)
			default:
				set++
			}
		}
		if set == 0 && !hasBlank(fields(texts[lang])) {
			names := make([]string, 0, 3)
			for _, f := range fields(texts[lang]) {
				names = append(names, f.name)
			}
			report(at, "the translation is empty: give at least one of %s, or leave the language out", strings.Join(names, ", "))
		}
	}
}

func hasBlank(fs []textField) bool {
	for _, f := range fs {
		if f.text != "" && blank(f.text) {
			return true
		}
	}
	return false
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// checkRecordText checks the record's caveat, aliases and translations.
func (c *checker) checkRecordText(r *Record) {
	if r.Caveat != "" && blank(r.Caveat) {
		c.recordProblem("caveat", "%s: write the caveat or leave the field out", msgEmpty)
	}
	for j, a := range r.Aliases {
		field := fmt.Sprintf("aliases[%d]", j)
		switch {
		case blank(a):
			c.recordProblem(field, msgEmpty)
			continue
		case strings.Contains(a, ";"):
			c.recordProblem(field, "must not contain %q (it separates aliases in table cells), got %s", ";", quoteValue(a))
		}
		if k := slices.Index(r.Aliases[:j], a); k >= 0 {
			c.recordProblem(field, "alias %q is listed twice (first as aliases[%d])", a, k)
		}
	}
	checkTranslations(r.Translations, "translations", recordTextFields, c.recordProblem)
	c.checkRecordChars(r)
}

// checkDerivation checks a derived value: its method, its inputs, and with OpSum that the
// value is the sum of the inputs' values. records is the list the record is checked in,
// or nil when the records are checked on their own (a table before it is merged).
func (c *checker) checkDerivation(r *Record, records []Record) {
	d := r.Derived
	if blank(d.Method) {
		c.recordProblem("derived.method", "%s: say how the value was computed", msgRequired)
	}
	switch d.Operation {
	case "", OpSum:
	default:
		c.recordProblem("derived.operation", "unknown operation %s (want %q, or leave it out when the method is in words only)", quoteValue(d.Operation), OpSum)
	}
	if len(d.From) == 0 {
		c.recordProblem("derived.from", "at least one record is required: the records the value was computed from")
	}
	sum, complete := 0.0, true
	for j, id := range d.From {
		field := fmt.Sprintf("derived.from[%d]", j)
		i, ok := c.checkRecordRef(r, field, id, "be derived from")
		if !ok || records == nil {
			complete = false
			continue
		}
		in := &records[i]
		switch {
		case in.Kind != Measure:
			if in.Kind != "" {
				c.recordProblem(field, "record %q is of kind %q and has no value: a derived value is computed from indicator values, and exists only when all its inputs do", id, in.Kind)
			}
			complete = false
		case in.Value == nil:
			complete = false // the input's own problem says why
		case d.Operation == OpSum:
			if slices.Contains(d.From[:j], id) {
				c.recordProblem(field, "record %q is listed twice: a sum counts each input once", id)
			}
			if u, w := c.unitOf(in.Indicator), c.unitOf(r.Indicator); u != "" && w != "" && u != w {
				c.recordProblem(field, "record %q is in %s, this record in %s: a sum adds values of one unit", id, quoteValue(u), quoteValue(w))
			}
			sum += *in.Value
		}
	}
	if d.Operation == OpSum && complete && len(d.From) > 0 && r.Value != nil {
		if diff := math.Abs(*r.Value - sum); diff > SumTolerance+1e-9*math.Abs(sum) {
			c.recordProblem("value", "is %s, but the sum of the records in derived.from is %s: correct the value or the inputs",
				formatNumber(*r.Value), formatNumber(sum))
		}
	}
}

func (c *checker) unitOf(indicator string) string {
	if i, ok := c.indicators[indicator]; ok && i < len(c.indicatorUnits) {
		return c.indicatorUnits[i]
	}
	return ""
}

func formatNumber(v float64) string { return fmt.Sprintf("%g", v) }
