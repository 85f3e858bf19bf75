// Package i18n holds what the documents need to be written in English, Azerbaijani or
// Korean: the languages, their message catalogs, and how each writes numbers and dates.
//
// It is a leaf: it imports only the standard library, so that the model, the renderers and
// the importer can all use it without importing one another.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language the documents can be written in. The zero value "" means English.
type Lang string

// The languages of the documents.
const (
	En Lang = "en"
	Az Lang = "az"
	Ko Lang = "ko"
)

// Langs lists every language, English first: the order in which catalogs are checked and
// translations listed.
var Langs = []Lang{En, Az, Ko}

// Parse reads a language from a flag, a preference or a locale: "az", "KO", "en-GB",
// "az-Latn-AZ", "ko_KR.UTF-8" all give their base language.
func Parse(s string) (Lang, error) {
	base := s
	if i := strings.IndexAny(base, ".@"); i >= 0 { // "ko_KR.UTF-8", "az_AZ@latin"
		base = base[:i]
	}
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	base = strings.ToLower(strings.TrimSpace(base))
	for _, l := range Langs {
		if base == string(l) {
			return l, nil
		}
	}
	return "", fmt.Errorf("language %q: not one of the documents' languages; use en, az or ko", s)
}

// lang returns l with "" read as English.
func (l Lang) lang() Lang {
	if l == "" {
		return En
	}
	return l
}

// Tag is the BCP 47 tag of l, as the PDF's /Lang and the documents' properties state it.
// Azerbaijani names its script: the language is also written in Cyrillic and Arabic.
func (l Lang) Tag() string {
	switch l.lang() {
	case Az:
		return "az-Latn"
	case Ko:
		return "ko"
	}
	return "en"
}

// Name is the language's name in itself: English, Azərbaycanca, 한국어.
func (l Lang) Name() string {
	switch l.lang() {
	case Az:
		return "Azərbaycanca"
	case Ko:
		return "한국어"
	}
	return "English"
}

// String returns the language's code ("en" for "").
func (l Lang) String() string { return string(l.lang()) }
