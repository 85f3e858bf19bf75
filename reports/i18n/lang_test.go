package i18n

import (
	"strings"
	"testing"
)

var parseTests = []struct {
	name, in string
	want     Lang
	err      bool
}{
	{"english", "en", En, false},
	{"azerbaijani", "az", Az, false},
	{"korean", "ko", Ko, false},
	{"upper case", "KO", Ko, false},
	{"mixed case", "Az", Az, false},
	{"region", "en-GB", En, false},
	{"script and region", "az-Latn-AZ", Az, false},
	{"posix locale", "ko_KR.UTF-8", Ko, false},
	{"posix modifier", "az_AZ@latin", Az, false},
	{"spaces", " en ", En, false},
	{"empty", "", "", true},
	{"other language", "fr", "", true},
	{"three letters", "kor", "", true},
	{"separator only", "-", "", true},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if (err != nil) != tt.err || got != tt.want {
				t.Fatalf("Parse(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err)
			}
			if err != nil && !strings.Contains(err.Error(), "en, az or ko") {
				t.Errorf("Parse(%q): error %q does not name the accepted values", tt.in, err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Parse(s)
		if err != nil {
			if l != "" {
				t.Fatalf("Parse(%q) = %q with error %v", s, l, err)
			}
			return
		}
		again, err := Parse(string(l))
		if err != nil || again != l {
			t.Fatalf("Parse(%q) = %q, but Parse(%q) = %q, %v", s, l, l, again, err)
		}
	})
}

func TestTagAndName(t *testing.T) {
	for _, tt := range []struct {
		l         Lang
		tag, name string
	}{
		{En, "en", "English"},
		{Az, "az-Latn", "Azərbaycanca"},
		{Ko, "ko", "한국어"},
		{"", "en", "English"},
	} {
		t.Run(tt.l.String(), func(t *testing.T) {
			if got := tt.l.Tag(); got != tt.tag {
				t.Errorf("Tag() = %q, want %q", got, tt.tag)
			}
			if got := tt.l.Name(); got != tt.name {
				t.Errorf("Name() = %q, want %q", got, tt.name)
			}
		})
	}
}
