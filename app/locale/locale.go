// Package locale settles the process's locale before Fyne reads it.
//
// Fyne reads the locale while its packages initialise, before any code of the app runs, and
// logs an error for one it cannot parse ("klingonish", "garbage_XX.UTF-8"). Go initialises
// packages in the order of their import paths, each once its own imports are: this package
// imports nothing that Fyne's locale code does not import too, and "attache/…" sorts before
// "fyne.io/…", so its init runs first. The app imports it for that effect alone.
package locale

import (
	"os"
	"strings"

	"golang.org/x/text/language"
)

// fallbackLocale is the locale the app runs in when the environment names none it can use.
const fallbackLocale = "en_US.UTF-8"

// The environment variables that name the user's locale, strongest first, and the list of
// languages that may refine them.
var localeVariables = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

const languageListVariable = "LANGUAGE"

func init() { settleLocale(os.Getenv, os.Setenv) }

// settleLocale runs before Fyne reads the locale. A missing, "C" or "POSIX" locale becomes
// fallbackLocale, and so does one that is no language tag at all ("klingonish"): Fyne would
// log an error for it on every start. A locale the user chose that names a language is left
// alone, and so is a list in LANGUAGE that parses.
func settleLocale(getenv func(string) string, setenv func(string, string) error) {
	chosen := ""
	for _, name := range localeVariables {
		if v := getenv(name); v != "" {
			chosen = name
			break
		}
	}
	switch {
	case chosen == "":
		_ = setenv("LANG", fallbackLocale)
	case !isLanguageLocale(getenv(chosen)):
		_ = setenv(chosen, fallbackLocale)
	}
	if list := getenv(languageListVariable); list != "" {
		for _, entry := range strings.Split(list, ":") {
			if !isLanguageLocale(entry) {
				_ = setenv(languageListVariable, "")
				break
			}
		}
	}
}

// isLanguageLocale reports whether a POSIX locale ("de_AT.UTF-8@euro") names a language
// that parses as a BCP 47 tag; "C", "POSIX" and "C.UTF-8" name none.
func isLanguageLocale(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	if base == "" || base == "C" || base == "POSIX" {
		return false
	}
	_, err := language.Parse(strings.ReplaceAll(base, "_", "-"))
	return err == nil
}
