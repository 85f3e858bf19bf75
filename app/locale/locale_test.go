package locale

import "testing"

func TestSettleLocale(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want map[string]string // variables expected afterwards ("" for unset or empty)
	}{
		{"nothing set", map[string]string{}, map[string]string{"LANG": fallbackLocale}},
		{"C", map[string]string{"LANG": "C"}, map[string]string{"LANG": fallbackLocale}},
		{"POSIX", map[string]string{"LANG": "POSIX"}, map[string]string{"LANG": fallbackLocale}},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": fallbackLocale}},
		{"LC_ALL=C wins over LANG", map[string]string{"LC_ALL": "C", "LANG": "de_DE.UTF-8"},
			map[string]string{"LC_ALL": fallbackLocale, "LANG": "de_DE.UTF-8"}},
		{"not a language", map[string]string{"LANG": "klingonish"}, map[string]string{"LANG": fallbackLocale}},
		{"a real locale stays", map[string]string{"LANG": "az_AZ.UTF-8"}, map[string]string{"LANG": "az_AZ.UTF-8"}},
		{"a modifier", map[string]string{"LANG": "ko_KR.UTF-8@hangul"}, map[string]string{"LANG": "ko_KR.UTF-8@hangul"}},
		{"a bad LANGUAGE list", map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB:xx_garbage_word"},
			map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": ""}},
		{"a good LANGUAGE list", map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB:en"},
			map[string]string{"LANGUAGE": "en_GB:en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			settleLocale(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
			for k, want := range tt.want {
				if env[k] != want {
					t.Errorf("%s = %q, want %q", k, env[k], want)
				}
			}
		})
	}
}

func FuzzIsLanguageLocale(f *testing.F) {
	for _, seed := range []string{"", "C", "POSIX", "C.UTF-8", "en_US.UTF-8", "az_AZ", "ko_KR.UTF-8@hangul", "klingonish", "_", "@", "."} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, v string) {
		_ = isLanguageLocale(v) // must not panic on anything the environment holds
	})
}
