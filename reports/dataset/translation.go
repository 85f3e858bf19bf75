package dataset

// Languages lists the language codes that translations may be keyed by; "en" is the
// language of the dataset's own text.
var Languages = []string{"en", "az", "ko"}

// English is the code of the language the dataset's own fields are written in.
const English = "en"

// RecordText is a record's title, summary and caveat in another language.
type RecordText struct {
	Title   string `json:"title,omitempty"`
	Summary string `json:"summary,omitempty"`
	Caveat  string `json:"caveat,omitempty"`
}

// NameText is a sector's or a country's name (and a sector's description) in another language.
type NameText struct {
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
}

// IndicatorText is an indicator's name, unit and description in another language.
type IndicatorText struct {
	Name        string `json:"name,omitempty"`
	Unit        string `json:"unit,omitempty"`
	Description string `json:"description,omitempty"`
}

// TitleText is the dataset's title in another language.
type TitleText struct {
	Title string `json:"title,omitempty"`
}

// in returns the translation of english into lang that pick finds, or english itself.
// translated is false when a translation was wanted and none is there; English text, and
// English text that is empty (nothing to translate), count as translated.
func in[T any](english, lang string, texts map[string]T, pick func(T) string) (text string, translated bool) {
	if lang == English || english == "" {
		return english, true
	}
	if t, ok := texts[lang]; ok {
		if s := pick(t); s != "" {
			return s, true
		}
	}
	return english, false
}

// TitleIn returns the record's title in lang, or the English title with translated false.
func (r *Record) TitleIn(lang string) (text string, translated bool) {
	return in(r.Title, lang, r.Translations, func(t RecordText) string { return t.Title })
}

// SummaryIn returns the record's summary in lang, or the English summary with translated
// false. A record without a summary has nothing to translate: ("", true).
func (r *Record) SummaryIn(lang string) (text string, translated bool) {
	return in(r.Summary, lang, r.Translations, func(t RecordText) string { return t.Summary })
}

// CaveatIn returns the record's caveat in lang, or the English caveat with translated
// false. A record without a caveat has nothing to translate: ("", true).
func (r *Record) CaveatIn(lang string) (text string, translated bool) {
	return in(r.Caveat, lang, r.Translations, func(t RecordText) string { return t.Caveat })
}

// NameIn returns the sector's name in lang, or the English name with translated false.
func (s *Sector) NameIn(lang string) (text string, translated bool) {
	return in(s.Name, lang, s.Translations, func(t NameText) string { return t.Name })
}

// DescriptionIn returns the sector's description in lang, or the English one with translated false.
func (s *Sector) DescriptionIn(lang string) (text string, translated bool) {
	return in(s.Description, lang, s.Translations, func(t NameText) string { return t.Description })
}

// NameIn returns the indicator's name in lang, or the English name with translated false.
func (ind *Indicator) NameIn(lang string) (text string, translated bool) {
	return in(ind.Name, lang, ind.Translations, func(t IndicatorText) string { return t.Name })
}

// UnitIn returns the indicator's unit in lang, or the English unit with translated false.
func (ind *Indicator) UnitIn(lang string) (text string, translated bool) {
	return in(ind.Unit, lang, ind.Translations, func(t IndicatorText) string { return t.Unit })
}

// DescriptionIn returns the indicator's description in lang, or the English one with translated false.
func (ind *Indicator) DescriptionIn(lang string) (text string, translated bool) {
	return in(ind.Description, lang, ind.Translations, func(t IndicatorText) string { return t.Description })
}

// NameIn returns the country's name in lang, or the English name with translated false.
func (k Country) NameIn(lang string) (text string, translated bool) {
	return in(k.Name, lang, k.Translations, func(t NameText) string { return t.Name })
}

// TitleIn returns the dataset's title in lang, or the English title with translated false.
func (d *Dataset) TitleIn(lang string) (text string, translated bool) {
	return in(d.Title, lang, d.Translations, func(t TitleText) string { return t.Title })
}
