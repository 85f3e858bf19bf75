package app

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

// TestLocaleSettledBeforeFyne starts this test binary again under locales Fyne cannot use
// and checks that Fyne, which reads the locale while its packages initialise, logs nothing.
func TestLocaleSettledBeforeFyne(t *testing.T) {
	if os.Getenv("ATTACHE_LOCALE_CHILD") != "" {
		_ = lang.L("Save") // make sure the localizer has been set up
		return
	}
	for _, locale := range []string{"C", "POSIX", "", "klingonish", "garbage_XX.UTF-8"} {
		t.Run("LANG="+locale, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestLocaleSettledBeforeFyne$")
			cmd.Env = append(withoutLocale(os.Environ()), "ATTACHE_LOCALE_CHILD=1", "LANG="+locale)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			if strings.Contains(string(out), "locale") {
				t.Errorf("Fyne logged about the locale:\n%s", out)
			}
		})
	}
}

func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE":
			continue
		}
		out = append(out, kv)
	}
	return out
}
