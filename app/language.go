package app

import (
	"embed"
	"strings"
	"sync"
	_ "unsafe" // for go:linkname, see setFyneLanguage

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"attache/reports/export"
	"attache/reports/i18n"
	"attache/reports/words"
)

// The app's texts in English, Azerbaijani and Korean (en.json, az.json, ko.json), and Fyne's
// own texts (buttons of its dialogs, the file dialog, Quit) in the two of those languages
// that Fyne does not ship (fyne.az.json, fyne.ko.json). Every text the app shows is looked
// up by key with lang.X or lang.XN; the English text beside the key in the code is the same
// as en.json's (a test checks it).
//
//go:embed translations
var translations embed.FS

// The languages the app speaks, by code. languageSystem is no language: follow the system.
const (
	languageSystem      = ""
	languageEnglish     = "en"
	languageAzerbaijani = "az"
	languageKorean      = "ko"
)

// appLanguage is a language the user can choose, named in its own language so that anyone
// can find theirs whatever the window speaks.
type appLanguage struct {
	code, name string
}

// appLanguages lists the languages in the order the Language menu shows them; English comes
// first as the one used when the system asks for a language the app does not speak.
var appLanguages = []appLanguage{
	{languageEnglish, "English"},
	{languageAzerbaijani, "Azərbaycanca"},
	{languageKorean, "한국어"},
}

// shownLanguage is the code of the language the app is shown in.
var shownLanguage = languageEnglish

var loadTranslations sync.Once

// currentLang returns the language the app is shown in: "en", "az" or "ko". Exports default
// to it.
func currentLang() string { return shownLanguage }

// appDocumentLang is the app's language as the documents name it, for the texts that
// reports writes in the preview.
func appDocumentLang() i18n.Lang {
	l, err := i18n.Parse(currentLang())
	if err != nil {
		return i18n.En
	}
	return l
}

// useLanguage shows the app, and Fyne's own dialogs, in the language of code, or in the
// system's (languageSystem) when the app speaks it, else in English. Widgets built before
// keep their text: the window rebuilds its views after a change (showInLanguage).
func useLanguage(code string) {
	loadTranslations.Do(func() {
		if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
			fyne.LogError("the app's translations could not be read", err)
		}
	})
	if !isAppLanguage(code) {
		code = systemLanguage()
	}
	shownLanguage = code
	setFyneLanguage(code)
}

// isAppLanguage reports whether code names a language the app speaks.
func isAppLanguage(code string) bool {
	for _, l := range appLanguages {
		if l.code == code {
			return true
		}
	}
	return false
}

// systemLanguage is the first of the user's languages that the app speaks, read as Fyne
// reads them (LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Linux and BSD, the user's settings on
// Windows and macOS); English when the app speaks none of them.
//
// Fyne itself would pick the first language it has any translation for, its own included:
// on a German system it would show Fyne's German buttons beside the app's English texts, and
// log a failed translation for every text of the app. Settling on one of the app's languages
// keeps the window in one language.
func systemLanguage() string {
	names, err := locale.GetLocales()
	if err != nil {
		fyne.LogError("the system's languages could not be read", err)
	}
	var wanted []language.Tag
	for _, name := range names {
		if tag, err := language.Parse(name); err == nil {
			wanted = append(wanted, tag)
		}
	}
	spoken := make([]language.Tag, len(appLanguages))
	for i, l := range appLanguages {
		spoken[i] = language.MustParse(l.code)
	}
	_, i, confidence := language.NewMatcher(spoken).Match(wanted...)
	if confidence == language.No {
		return languageEnglish
	}
	return appLanguages[i].code
}

// setFyneLanguage points the localizer behind lang.L, lang.X and their kin at one language.
//
// Fyne v2.8.1 has no way to choose the language at run time: its localizer always follows
// the system's locales, read when translations are added (fyne-io/fyne#5333 asks for one).
// This links to the function its own tests use for that, lang.setupLang(lang string), which
// makes a new localizer for the language over the bundle of every translation loaded. When
// Fyne renames it the build fails at link time, and TestLanguageMenu checks that it still
// does what it did; replace it with Fyne's API once there is one.
//
//go:linkname setFyneLanguage fyne.io/fyne/v2/lang.setupLang
func setFyneLanguage(lang string)

// onLanguageChosen shows the window in the language chosen in the menu at once and
// remembers the choice for the next run.
func (u *ui) onLanguageChosen(code string) {
	rememberLanguage(u.app.Preferences(), code)
	useLanguage(code)
	u.showInLanguage()
}

// showInLanguage builds the window's views afresh in the language in use and shows the
// workspace in them as it was: the dataset, the ticked sectors, the period, the kinds, the
// search and the order of the records. Nothing of the workspace lives in the views, so
// nothing is lost.
func (u *ui) showInLanguage() {
	newestFirst := u.preview.table.newestFirst
	u.buildViews()
	u.preview.table.newestFirst = newestFirst
	if u.ws.index == nil {
		return // no dataset could be read
	}
	u.selection.showDataset(u.ws.data(), u.ws.index.span, u.ws.choice)
	u.selection.showPresets(u.allPresets(), "")
	u.commands.allowBackToBundled(!u.ws.bundled())
	u.refreshPreview()
}

// originLabel says where the dataset in use came from, in the language in use: the bundled
// dataset, a file's path, or either with the tables imported into it ("… + records.csv").
func originLabel(origin string) string {
	if rest, ok := strings.CutPrefix(origin, bundledOrigin); ok {
		return lang.X("dataset.origin.bundled", "the bundled dataset") + rest
	}
	return origin
}

// byFormat is the text of a sentence about one export format: the PDF's or the workbook's.
// Each is a whole sentence under its own key, for the languages that inflect the noun.
func byFormat(f export.Format, pdf, workbook string) string {
	if f == export.Workbook {
		return workbook
	}
	return pdf
}

// countData is what a counted text fills in: the count as the app writes numbers.
func countData(n int) map[string]any {
	return map[string]any{"Count": words.Number(float64(n))}
}

// recordCount is "1 record", "12 records" in the language in use; the others likewise.
func recordCount(n int) string {
	return lang.XN("count.records", "{{.Count}} records", n, countData(n))
}

func sourceCount(n int) string {
	return lang.XN("count.sources", "{{.Count}} sources", n, countData(n))
}

func sectorCount(n int) string {
	return lang.XN("count.sectors", "{{.Count}} sectors", n, countData(n))
}

func problemCount(n int) string {
	return lang.XN("count.problems", "{{.Count}} problems", n, countData(n))
}
