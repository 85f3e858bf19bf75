package reports

import (
	"cmp"
	"math"
	"strings"
	"time"

	"attache/reports/i18n"
	"attache/reports/words"
)

// The words and numbers the model writes come from reports/i18n, in the briefing's
// language (Cover.Lang; "" is English): its message keys are in messages/<lang>/model.json.

// Lang is the language the briefing is written in.
func (b *Briefing) Lang() i18n.Lang { return b.Cover.Lang }

// FigureText writes the figure as documents show it: "about 180 USD million".
func (b *Briefing) FigureText(f Figure) string {
	return words.Value(b.Lang(), f.Value, f.Qualifier, b.Unit(f.Indicator))
}

// PeriodText writes the range a cover states: "1992 – 2026-11", or the days when the range
// was left open at an end and the data decide it.
func (c Cover) PeriodText() string {
	return c.Lang.T("period.range", cmp.Or(c.From.String(), c.FirstDay.String()), cmp.Or(c.To.String(), c.LastDay.String()))
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
	names := make([]string, len(c.Countries))
	for i, k := range c.Countries {
		names[i], _ = k.NameIn(c.Lang.String())
	}
	if len(names) != 2 {
		return strings.Join(names, " – ")
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
		names[i] = words.Kind(c.Lang, k, 2)
		if i > 0 { // "Events, agreements": the list reads as one phrase
			names[i] = words.Lower(c.Lang, names[i])
		}
	}
	return strings.Join(names, c.Lang.T("cover.kinds.separator"))
}

// Today is the generation date an export states unless told otherwise: today, at midnight
// UTC, so that every export of a day states the same date.
func Today() time.Time {
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// ChangeText writes a change as the documents and the app show it: its bound and sign, and
// its percentage to one decimal when it has one: "at least +13 (+22.8%)".
func ChangeText(l i18n.Lang, c *Change) string {
	s := words.Signed(l, c.Absolute)
	if c.HasPercent {
		s += " (" + words.Signed(l, math.Round(c.Percent*10)/10) + "%)"
	}
	if w := words.Qualifier(l, c.Bound); w != "" {
		s = l.T("value.qualified", w, s)
	}
	return s
}
