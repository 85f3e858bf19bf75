package reports

import (
	"attache/reports/dataset"
	"attache/reports/words"
)

// The dataset's own texts (titles, summaries, caveats, names, units) in the briefing's
// language. A text the dataset does not translate is shown in English, marked as such
// (key text.untranslated), and Cover.Untranslated counts the records concerned, so that a
// missing translation never hides.

func (b *Briefing) translated(text string, ok bool) string { return words.Marked(b.Lang(), text, ok) }

// RecordTitle is a record's title in the briefing's language.
func (b *Briefing) RecordTitle(r *dataset.Record) string {
	return b.translated(r.TitleIn(b.Lang().String()))
}

// RecordSummary is a record's summary in the briefing's language.
func (b *Briefing) RecordSummary(r *dataset.Record) string {
	return b.translated(r.SummaryIn(b.Lang().String()))
}

// Caveat is a record's caveat in the briefing's language, "" when it has none.
func (b *Briefing) Caveat(r *dataset.Record) string {
	if r == nil {
		return ""
	}
	return b.translated(r.CaveatIn(b.Lang().String()))
}

// SectorName is a sector's name in the briefing's language; an unknown id is its own name.
func (b *Briefing) SectorName(id string) string {
	s, ok := b.Sectors[id]
	if !ok {
		return id
	}
	return b.translated(s.NameIn(b.Lang().String()))
}

// IndicatorName is an indicator's name in the briefing's language.
func (b *Briefing) IndicatorName(ind *dataset.Indicator) string {
	if ind == nil {
		return ""
	}
	return b.translated(ind.NameIn(b.Lang().String()))
}

// Unit is an indicator's unit in the briefing's language ("" for none).
func (b *Briefing) Unit(ind *dataset.Indicator) string {
	if ind == nil {
		return ""
	}
	text, _ := ind.UnitIn(b.Lang().String()) // a unit is too short to carry a marker
	return text
}

// SeriesLabel names a series for a chart legend or a column header: "Exports (AZE)".
func (b *Briefing) SeriesLabel(s Series) string {
	if s.Reporter == "" {
		return b.IndicatorName(s.Indicator)
	}
	return b.IndicatorName(s.Indicator) + " (" + s.Reporter + ")"
}
