package i18n

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCatalogsComplete makes sure no language lacks a key another has, and that every
// translation uses the same placeholders as the others: a missing one drops a value, an
// extra one prints "{3}".
func TestCatalogsComplete(t *testing.T) {
	all := map[string]bool{}
	for _, l := range Langs {
		for key := range catalogs[l] {
			all[key] = true
		}
	}
	if len(all) == 0 {
		t.Fatal("no messages loaded")
	}
	for _, key := range slices.Sorted(maps.Keys(all)) {
		t.Run(key, func(t *testing.T) {
			want := placeholders(catalogs[En][key])
			for _, l := range Langs {
				text, ok := catalogs[l][key]
				if !ok {
					t.Errorf("%s lacks the key", l)
					continue
				}
				if strings.TrimSpace(text) == "" && strings.TrimSpace(catalogs[En][key]) != "" {
					t.Errorf("%s: empty text", l)
				}
				if got := placeholders(text); !slices.Equal(got, want) {
					t.Errorf("%s %q has placeholders %v, English has %v", l, text, got, want)
				}
			}
			if base, ok := strings.CutSuffix(key, ".one"); ok && !all[base+".other"] {
				t.Errorf("%s.other is missing", base)
			}
			if base, ok := strings.CutSuffix(key, ".other"); ok && !all[base+".one"] {
				t.Errorf("%s.one is missing", base)
			}
		})
	}
}

func TestLoadRejectsDuplicateKeys(t *testing.T) {
	fsys := fstest.MapFS{
		"messages/en/common.json": {Data: []byte(`{"page": "Page", "title": "Title"}`)},
		"messages/en/pdf.json":    {Data: []byte(`{"title": "Briefing"}`)},
	}
	_, err := load(fsys)
	if err == nil {
		t.Fatal("a key defined in two files was accepted")
	}
	for _, want := range []string{`"title"`, "messages/en/common.json", "messages/en/pdf.json"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestLoadMergesFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"messages/en/a.json": {Data: []byte(`{"a": "A"}`)},
		"messages/en/b.json": {Data: []byte(`{"b": "B"}`)},
		"messages/ko/a.json": {Data: []byte(`{"a": "가"}`)},
	}
	cats, err := load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := cats[En]; len(got) != 2 || got["a"] != "A" || got["b"] != "B" {
		t.Errorf("English catalog = %v, want a and b merged", got)
	}
	if got := cats[Ko]["a"]; got != "가" {
		t.Errorf("Korean a = %q", got)
	}
}

func TestLoadRejectsNestedJSON(t *testing.T) {
	fsys := fstest.MapFS{"messages/az/x.json": {Data: []byte(`{"a": {"b": "c"}}`)}}
	if _, err := load(fsys); err == nil || !strings.Contains(err.Error(), "messages/az/x.json") {
		t.Errorf("load = %v, want an error naming the file", err)
	}
}

func TestT(t *testing.T) {
	withCatalogs(t, map[Lang]catalog{
		En: {"as": "as reported by {0}", "pair": "{0} and {1}", "only.en": "English only", "brace": "{x} {0} {9} {"},
		Az: {"as": "{0} məlumatına görə", "pair": "{1} və {0}"},
		Ko: {"as": "{0} 발표 기준", "pair": "{0}·{1}"},
	})
	for _, tt := range []struct {
		name string
		l    Lang
		key  string
		args []string
		want string
	}{
		{"english", En, "as", []string{"Azerbaijan"}, "as reported by Azerbaijan"},
		{"empty is english", "", "as", []string{"Azerbaijan"}, "as reported by Azerbaijan"},
		{"azerbaijani", Az, "as", []string{"Azərbaycan"}, "Azərbaycan məlumatına görə"},
		{"korean", Ko, "as", []string{"아제르바이잔"}, "아제르바이잔 발표 기준"},
		{"reordered", Az, "pair", []string{"A", "B"}, "B və A"},
		{"argument beyond the placeholders", En, "as", []string{"A", "B"}, "as reported by A"},
		{"falls back to english", Ko, "only.en", nil, "English only"},
		{"missing everywhere", Az, "no.such.key", nil, "no.such.key"},
		{"stray braces kept", En, "brace", []string{"a"}, "{x} a {9} {"},
		{"no arguments", En, "as", nil, "as reported by {0}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.l.T(tt.key, tt.args...); got != tt.want {
				t.Errorf("T(%q) = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
}

func TestN(t *testing.T) {
	withCatalogs(t, map[Lang]catalog{
		En: {"records.one": "{0} record", "records.other": "{0} records", "in.one": "{0} record in {1}", "in.other": "{0} records in {1}"},
		Az: {"records.one": "{0} qeyd", "records.other": "{0} qeyd"},
		Ko: {"records.one": "기록 {0}건", "records.other": "기록 {0}건"},
	})
	for _, tt := range []struct {
		name string
		l    Lang
		key  string
		n    int
		args []string
		want string
	}{
		{"one", En, "records", 1, nil, "1 record"},
		{"none", En, "records", 0, nil, "0 records"},
		{"many grouped", En, "records", 12345, nil, "12,345 records"},
		{"azerbaijani grouped", Az, "records", 12345, nil, "12.345 qeyd"},
		{"korean", Ko, "records", 3, nil, "기록 3건"},
		{"further arguments", En, "in", 2, []string{"2019"}, "2 records in 2019"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.l.N(tt.key, tt.n, tt.args...); got != tt.want {
				t.Errorf("N(%q, %d) = %q, want %q", tt.key, tt.n, got, tt.want)
			}
		})
	}
}

func TestTranslations(t *testing.T) {
	withCatalogs(t, map[Lang]catalog{
		En: {"sheet": "Records", "same": "ID"},
		Az: {"sheet": "Qeydlər", "same": "ID"},
		Ko: {"sheet": "기록"},
	})
	if got, want := Translations("sheet"), []string{"Records", "Qeydlər", "기록"}; !slices.Equal(got, want) {
		t.Errorf("Translations(sheet) = %q, want %q", got, want)
	}
	if got, want := Translations("same"), []string{"ID"}; !slices.Equal(got, want) {
		t.Errorf("Translations(same) = %q, want %q", got, want)
	}
	if got := Translations("none"); got != nil {
		t.Errorf("Translations(none) = %q, want nil", got)
	}
}

// withCatalogs replaces the loaded catalogs for one test.
func withCatalogs(t *testing.T, c map[Lang]catalog) {
	saved := catalogs
	catalogs = c
	t.Cleanup(func() { catalogs = saved })
}
