package app

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestMain runs the tests in English, whatever the locale of the machine that runs them:
// every window a test builds follows the system's language unless the test chooses one.
func TestMain(m *testing.M) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		os.Unsetenv(name)
	}
	os.Setenv("LANG", "en_US.UTF-8")
	os.Exit(m.Run())
}

// usedKey is a translation key the app's code looks up, with its English text and where.
type usedKey struct {
	english string
	plural  bool
	at      string
}

// usedKeys reads every lang.X and lang.XN call in the package's code (tests aside) and
// returns the keys it looks up. A call whose key or English text is not a literal, or a
// call of lang.L or lang.N (whose key is the English text itself), fails the test: the
// scan would miss it.
func usedKeys(t *testing.T) map[string]usedKey {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]usedKey{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
				return true
			}
			at := fset.Position(call.Pos()).String()
			switch sel.Sel.Name {
			case "X", "XN":
			case "L", "N", "Localize", "LocalizeKey", "LocalizePlural", "LocalizePluralKey":
				t.Errorf("%s: lang.%s: look texts up with lang.X or lang.XN and a key", at, sel.Sel.Name)
				return true
			default:
				return true
			}
			key, okKey := stringLiteral(call.Args[0])
			english, okText := stringLiteral(call.Args[1])
			if !okKey || !okText {
				t.Errorf("%s: lang.%s with a key or text that is not a string literal", at, sel.Sel.Name)
				return true
			}
			u := usedKey{english: english, plural: sel.Sel.Name == "XN", at: at}
			if was, seen := keys[key]; seen && (was.english != u.english || was.plural != u.plural) {
				t.Errorf("%s: key %q has another text at %s", at, key, was.at)
			}
			keys[key] = u
			return true
		})
	}
	if len(keys) == 0 {
		t.Fatal("no lang.X call found")
	}
	return keys
}

func stringLiteral(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// readTranslations reads one of the embedded translation files: each key with its text, or
// its plural forms.
func readTranslations(t *testing.T, name string) map[string]any {
	t.Helper()
	b, err := translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// pluralForms are the forms each language's counts take (CLDR): Korean has one form.
var pluralForms = map[string][]string{
	languageEnglish:     {"one", "other"},
	languageAzerbaijani: {"one", "other"},
	languageKorean:      {"other"},
}

var templateField = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

func fields(s string) []string {
	var out []string
	for _, m := range templateField.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestTranslationKeys checks that en.json, az.json and ko.json hold exactly the keys the code
// looks up, that en.json says what the code says, and that every translation fills in the
// same values as the English text.
func TestTranslationKeys(t *testing.T) {
	used := usedKeys(t)
	for _, code := range []string{languageEnglish, languageAzerbaijani, languageKorean} {
		t.Run(code, func(t *testing.T) {
			file := code + ".json"
			texts := readTranslations(t, file)
			for key, u := range used {
				v, ok := texts[key]
				if !ok {
					t.Errorf("%s has no %q (%s)", file, key, u.at)
					continue
				}
				forms := map[string]string{}
				switch v := v.(type) {
				case string:
					if u.plural {
						t.Errorf("%s: %q is counted (lang.XN) but has no plural forms", file, key)
					}
					forms["other"] = v
				case map[string]any:
					if !u.plural {
						t.Errorf("%s: %q has plural forms but is not counted (lang.X)", file, key)
					}
					for form, text := range v {
						s, _ := text.(string)
						forms[form] = s
					}
					if got := slices.Sorted(maps.Keys(forms)); !slices.Equal(got, pluralForms[code]) {
						t.Errorf("%s: %q has the forms %v, want %v", file, key, got, pluralForms[code])
					}
				}
				for form, text := range forms {
					if text == "" {
						t.Errorf("%s: %q (%s) is empty", file, key, form)
					}
					if got, want := fields(text), fields(u.english); !slices.Equal(got, want) {
						t.Errorf("%s: %q (%s) fills in %v, the code gives %v", file, key, form, got, want)
					}
				}
				if code == languageEnglish && forms["other"] != u.english {
					t.Errorf("en.json: %q says %q, the code %q (%s)", key, forms["other"], u.english, u.at)
				}
			}
			for key := range texts {
				if _, ok := used[key]; !ok {
					t.Errorf("%s has %q, which the code does not use", file, key)
				}
			}
		})
	}
}

// fyneKeys are the texts Fyne v2.8.1 itself looks up (its lang/translations/base.en.json).
// Fyne ships no Azerbaijani or Korean; fyne.az.json and fyne.ko.json give them.
var fyneKeys = []string{
	"Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
	"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo",
	"Save", "Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
	"friday", "friday.short", "monday", "monday.short", "saturday", "saturday.short", "sunday",
	"sunday.short", "thursday", "thursday.short", "tuesday", "tuesday.short", "wednesday",
	"wednesday.short",
}

func TestFyneTranslationKeys(t *testing.T) {
	for _, file := range []string{"fyne.az.json", "fyne.ko.json"} {
		got := slices.Sorted(maps.Keys(readTranslations(t, file)))
		if !slices.Equal(got, fyneKeys) {
			t.Errorf("%s has the keys %v, want Fyne's %v", file, got, fyneKeys)
		}
	}
	entries, err := translations.ReadDir("translations")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"az.json", "en.json", "fyne.az.json", "fyne.ko.json", "ko.json"}; !slices.Equal(names, want) {
		t.Errorf("translations/ holds %v, want %v", names, want)
	}
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		t.Errorf("Fyne cannot read the translations: %v", err)
	}
}

// menuItem finds an item of the window's main menu by the labels that lead to it.
func menuItem(t *testing.T, w fyne.Window, path ...string) *fyne.MenuItem {
	t.Helper()
	var items []*fyne.MenuItem
	for _, m := range w.MainMenu().Items {
		if m.Label == path[0] {
			items = m.Items
		}
	}
	var found *fyne.MenuItem
	for _, label := range path[1:] {
		found = nil
		for _, it := range items {
			if it.Label == label {
				found = it
			}
		}
		if found == nil {
			t.Fatalf("the menu has no %q", strings.Join(path, " > "))
		}
		if found.ChildMenu != nil {
			items = found.ChildMenu.Items
		}
	}
	return found
}

// chooseLanguage picks a language in the View > Language menu, as the window says them.
func (tu *testUI) chooseLanguage(view, language, name string) {
	tu.t.Helper()
	menuItem(tu.t, tu.win, view, language, name).Action()
	tu.settle()
}

// TestLanguageMenu switches the window from English to Azerbaijani, to Korean and back to
// the system's language through the menu, and checks that the texts change, Fyne's own
// included, and that the dataset and the selection stay as they were.
func TestLanguageMenu(t *testing.T) {
	tu := newTestUI(t, nil)
	test.Tap(tu.sectorCheck("energy"))
	tu.selection.fromYear.SetSelected("2010")
	tu.selection.toYear.SetSelected("2025") // the data of 2026 end before June
	tu.selection.toMonth.SetSelected("Jun")
	test.Type(tu.selection.search, "a")
	tu.preview.table.onSortByDate()
	tu.settle()
	before, data := tu.ws.choice, tu.ws.data()
	if !tu.preview.table.newestFirst {
		t.Fatal("the table did not turn to newest first")
	}

	tests := []struct {
		view, language, name string // the menu's labels, in the language shown before
		code                 string
		export, sectors      string // the Export PDF button and the Sectors heading
		june, cancel         string // the month picker's June and Fyne's own Cancel
	}{
		{"View", "Language", "Azərbaycanca", languageAzerbaijani, "PDF ixrac et...", "Sektorlar", "İyn", "Ləğv et"},
		{"Görünüş", "Dil", "한국어", languageKorean, "PDF 내보내기...", "분야", "6월", "취소"},
		{"보기", "언어", "시스템 기본값", languageEnglish, "Export PDF...", "Sectors", "Jun", "Cancel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu.chooseLanguage(tt.view, tt.language, tt.name)
			if got := currentLang(); got != tt.code {
				t.Errorf("currentLang() = %q, want %q", got, tt.code)
			}
			if got := tu.commands.exportPDF.button.Text; got != tt.export {
				t.Errorf("the Export PDF button says %q, want %q", got, tt.export)
			}
			if !containsText(tu.win.Content(), tt.sectors) {
				t.Errorf("the window does not say %q", tt.sectors)
			}
			if got := lang.X("Cancel", "Cancel"); got != tt.cancel {
				t.Errorf("Fyne's Cancel is %q, want %q", got, tt.cancel)
			}
			if !menuItem(t, tu.win, menuItemPath(tt.code)...).Checked {
				t.Errorf("the menu does not tick the language chosen")
			}
			if tu.ws.data() != data || !reflect.DeepEqual(tu.ws.choice, before) {
				t.Errorf("the workspace changed: choice %+v, want %+v", tu.ws.choice, before)
			}
			if got := tu.selection.read(); !reflect.DeepEqual(got, before) {
				t.Errorf("the panel shows %+v, want %+v", got, before)
			}
			if tu.sectorCheck("energy").Checked || !tu.sectorCheck("trade").Checked {
				t.Errorf("the ticked sectors changed")
			}
			if got := tu.selection.toMonth.Selected; got != tt.june {
				t.Errorf("the month picker shows %q, want %q", got, tt.june)
			}
			if !tu.preview.table.newestFirst {
				t.Errorf("the records are no longer newest first")
			}
			if got, want := tu.rows(), len(tu.expected()); got != want {
				t.Errorf("table rows = %d, want %d", got, want)
			}
		})
	}
}

// menuItemPath is the menu path of a language's item once the window speaks it; the
// system's item for English, as the last step of TestLanguageMenu chose it.
func menuItemPath(code string) []string {
	switch code {
	case languageAzerbaijani:
		return []string{"Görünüş", "Dil", "Azərbaycanca"}
	case languageKorean:
		return []string{"보기", "언어", "한국어"}
	}
	return []string{"View", "Language", "System default"}
}

// TestLanguageRemembered chooses Korean and opens the next window in Korean; choosing the
// system's language again forgets the choice.
func TestLanguageRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	first := newTestUI(t, a)
	first.chooseLanguage("View", "Language", "한국어")
	if got := a.Preferences().String(prefLanguage); got != languageKorean {
		t.Fatalf("preference %q = %q, want %q", prefLanguage, got, languageKorean)
	}
	useLanguage(languageEnglish) // as a new run starts, before the window reads its preferences

	second := newTestUI(t, a)
	if got := second.commands.exportPDF.button.Text; got != "PDF 내보내기..." {
		t.Errorf("the next window's Export PDF button says %q, want Korean", got)
	}
	if !menuItem(t, second.win, "보기", "언어", "한국어").Checked {
		t.Errorf("the next window's menu does not tick Korean")
	}
	second.chooseLanguage("보기", "언어", "시스템 기본값")
	if got := a.Preferences().String(prefLanguage); got != "" {
		t.Errorf("after choosing the system's language, preference %q = %q", prefLanguage, got)
	}
	if got := currentLang(); got != languageEnglish {
		t.Errorf("currentLang() = %q, want the system's, en", got)
	}
}

// TestSystemLanguage checks that a window follows the system's language when none was
// chosen, and a choice when one was. The system's language is read from the environment on
// Linux and BSD only.
func TestSystemLanguage(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the system's language comes from the environment on Linux and BSD only")
	}
	tests := []struct {
		name           string
		lang, language string // LANG and LANGUAGE
		chosen         string // the language stored as chosen
		want, export   string
	}{
		{"Azerbaijani", "az_AZ.UTF-8", "", "", languageAzerbaijani, "PDF ixrac et..."},
		{"Korean", "ko_KR.UTF-8", "", "", languageKorean, "PDF 내보내기..."},
		{"English", "en_GB.UTF-8", "", "", languageEnglish, "Export PDF..."},
		{"a language the app does not speak", "de_DE.UTF-8", "", "", languageEnglish, "Export PDF..."},
		{"the first spoken in LANGUAGE", "fr_FR.UTF-8", "fr:ko:en", "", languageKorean, "PDF 내보내기..."},
		{"a choice over the system", "ko_KR.UTF-8", "", languageAzerbaijani, languageAzerbaijani, "PDF ixrac et..."},
		{"a stored choice the app does not know", "ko_KR.UTF-8", "", "xx", languageKorean, "PDF 내보내기..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LANG", tt.lang)
			t.Setenv("LANGUAGE", tt.language)
			a := test.NewTempApp(t)
			if tt.chosen != "" {
				a.Preferences().SetString(prefLanguage, tt.chosen)
			}
			tu := newTestUI(t, a)
			if got := currentLang(); got != tt.want {
				t.Errorf("currentLang() = %q, want %q", got, tt.want)
			}
			if got := tu.commands.exportPDF.button.Text; got != tt.export {
				t.Errorf("the Export PDF button says %q, want %q", got, tt.export)
			}
		})
	}
}

// smallScreen is the smallest screen the window must fit, in every language.
var smallScreen = fyne.NewSize(1024, 700)

// TestWindowFitsInEveryLanguage checks that no language makes the window's content, the
// toolbar above all, need more room than a small screen has.
func TestWindowFitsInEveryLanguage(t *testing.T) {
	tu := newTestUI(t, nil)
	for _, l := range appLanguages {
		t.Run(l.code, func(t *testing.T) {
			useLanguage(l.code)
			tu.showInLanguage()
			tu.settle()
			if got := tu.win.Content().MinSize(); got.Width > smallScreen.Width || got.Height > smallScreen.Height {
				t.Errorf("the window needs %v, more than a screen of %v", got, smallScreen)
			}
		})
	}
}
