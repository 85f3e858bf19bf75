package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"attache/reports/dataset"
)

// translationFile is one language's file in the translations folder (az.json, ko.json):
// the translated text of the dataset, keyed by the ids of what it translates.
type translationFile struct {
	name       string                           // the file's path, for messages
	Dataset    *dataset.TitleText               `json:"dataset"`
	Countries  map[string]dataset.NameText      `json:"countries"`
	Sectors    map[string]dataset.NameText      `json:"sectors"`
	Indicators map[string]dataset.IndicatorText `json:"indicators"`
	Records    map[string]dataset.RecordText    `json:"records"`
}

// readTranslations reads every <language>.json and <language>-<part>.json of dir (ko.json,
// ko-caveats.json) and merges the files of each language, refusing a text given by two of
// them. A folder that does not exist holds no translations; a file named for a language the
// format does not know is an error.
func readTranslations(dir string) (map[string]*translationFile, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	out := map[string]*translationFile{}
	for _, path := range paths { // sorted, so that a merge names its files in a stable order
		lang, _, _ := strings.Cut(strings.TrimSuffix(filepath.Base(path), ".json"), "-")
		if lang == dataset.English || !slices.Contains(dataset.Languages, lang) {
			return nil, fmt.Errorf("%s: the file name must be a language code the dataset translates into (%s), alone or followed by -<part>", path, strings.Join(dataset.Languages[1:], ", "))
		}
		b, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		t := &translationFile{name: path}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(t); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if have, ok := out[lang]; ok {
			if err := have.merge(t); err != nil {
				return nil, err
			}
			continue
		}
		out[lang] = t
	}
	return out, nil
}

// merge adds another file of the same language to t; a text that both give is an error.
// t's name then lists both files.
func (t *translationFile) merge(o *translationFile) error {
	var dups []string
	dup := func(what, id string) func(field string) {
		return func(field string) {
			dups = append(dups, fmt.Sprintf("%s: %s%s: %s is given in %s too; keep one", o.name, what, id, field, t.name))
		}
	}
	if o.Dataset != nil {
		if t.Dataset == nil {
			t.Dataset = &dataset.TitleText{}
		}
		*t.Dataset = mergeText(*t.Dataset, *o.Dataset, dup("dataset", ""))
	}
	mergeTexts(&t.Countries, o.Countries, "country", dup)
	mergeTexts(&t.Sectors, o.Sectors, "sector", dup)
	mergeTexts(&t.Indicators, o.Indicators, "indicator", dup)
	mergeTexts(&t.Records, o.Records, "record", dup)
	if len(dups) > 0 {
		return errors.New(strings.Join(dups, "\n"))
	}
	t.name += " + " + o.name
	return nil
}

func mergeTexts[T any](have *map[string]T, add map[string]T, what string, dup func(what, id string) func(field string)) {
	for _, id := range sortedLangs(add) {
		if *have == nil {
			*have = map[string]T{}
		}
		(*have)[id] = mergeText((*have)[id], add[id], dup(what+" ", fmt.Sprintf("%q", id)))
	}
}

// mergeText sets the text fields of add onto have; dup names a field both set.
func mergeText[T any](have, add T, dup func(field string)) T {
	h, a := reflect.ValueOf(&have).Elem(), reflect.ValueOf(add)
	for i := range h.NumField() {
		s := a.Field(i).String()
		if s == "" {
			continue
		}
		if h.Field(i).String() != "" {
			name, _, _ := strings.Cut(h.Type().Field(i).Tag.Get("json"), ",")
			dup(fmt.Sprintf("%q", name))
			continue
		}
		h.Field(i).SetString(s)
	}
	return have
}

// translate fills the dataset's translations from the files read, refusing ids the dataset
// does not have. A missing file or entry is allowed: translate reports the coverage.
func translate(d *dataset.Dataset, files map[string]*translationFile) []string {
	var problems []string
	for _, lang := range sortedLangs(files) {
		t := files[lang]
		unknown := func(what, id string) {
			problems = append(problems, fmt.Sprintf("%s: %s %q is not in the dataset", t.name, what, id))
		}
		if t.Dataset != nil {
			if d.Translations == nil {
				d.Translations = map[string]dataset.TitleText{}
			}
			d.Translations[lang] = *t.Dataset
		}
		fill(t.Countries, unknown, "country", len(d.Countries), func(i int) string { return d.Countries[i].Code },
			func(i int, text dataset.NameText) { setText(&d.Countries[i].Translations, lang, text) })
		fill(t.Sectors, unknown, "sector", len(d.Sectors), func(i int) string { return d.Sectors[i].ID },
			func(i int, text dataset.NameText) { setText(&d.Sectors[i].Translations, lang, text) })
		fill(t.Indicators, unknown, "indicator", len(d.Indicators), func(i int) string { return d.Indicators[i].ID },
			func(i int, text dataset.IndicatorText) { setText(&d.Indicators[i].Translations, lang, text) })
		fill(t.Records, unknown, "record", len(d.Records), func(i int) string { return d.Records[i].ID },
			func(i int, text dataset.RecordText) { setText(&d.Records[i].Translations, lang, text) })
	}
	return problems
}

// fill sets the text of every item that texts translates and reports the ids it names that
// no item has.
func fill[T any](texts map[string]T, unknown func(what, id string), what string, n int, id func(i int) string, set func(i int, text T)) {
	index := make(map[string]int, n)
	for i := range n {
		index[id(i)] = i
	}
	for _, key := range sortedLangs(texts) {
		i, ok := index[key]
		if !ok {
			unknown(what, key)
			continue
		}
		set(i, texts[key])
	}
}

func setText[T any](m *map[string]T, lang string, text T) {
	if *m == nil {
		*m = map[string]T{}
	}
	(*m)[lang] = text
}

func sortedLangs[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// translationCoverage says, per language, how many records, sectors, indicators and
// countries are translated.
func translationCoverage(d *dataset.Dataset) string {
	var b strings.Builder
	for _, lang := range dataset.Languages[1:] {
		records, caveats, withCaveat, sectors, indicators, countries := 0, 0, 0, 0, 0, 0
		for _, r := range d.Records {
			if _, ok := r.Translations[lang]; ok {
				records++
			}
			if r.Caveat != "" {
				withCaveat++
				if r.Translations[lang].Caveat != "" {
					caveats++
				}
			}
		}
		for _, s := range d.Sectors {
			if _, ok := s.Translations[lang]; ok {
				sectors++
			}
		}
		for _, ind := range d.Indicators {
			if _, ok := ind.Translations[lang]; ok {
				indicators++
			}
		}
		for _, c := range d.Countries {
			if _, ok := c.Translations[lang]; ok {
				countries++
			}
		}
		_, title := d.Translations[lang]
		fmt.Fprintf(&b, "translations %s: %d/%d records, %d/%d caveats, %d/%d sectors, %d/%d indicators, %d/%d countries, title %v\n",
			lang, records, len(d.Records), caveats, withCaveat, sectors, len(d.Sectors), indicators, len(d.Indicators), countries, len(d.Countries), title)
	}
	return b.String()
}
