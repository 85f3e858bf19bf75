package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// needMaterial skips a test where the research material is not there.
func needMaterial(t *testing.T) *material {
	t.Helper()
	if _, err := os.Stat(filepath.Join(materialDir, additionsFile)); err != nil {
		t.Skipf("research material not found at %s: %v", materialDir, err)
	}
	m, err := readMaterial(materialDir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAdditionsAgreeWithMaterial checks every fact of records-additions-2026-12.csv against
// the dataset: its id, its value, its date and the source the material names for it.
func TestAdditionsAgreeWithMaterial(t *testing.T) {
	m := needMaterial(t)
	d, err := build(m)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*dataset.Record{}
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	sourceOf := map[string]string{} // address → source id
	for _, s := range d.Sources {
		sourceOf[s.Address] = s.ID
	}
	if len(m.additions) != 59 {
		t.Errorf("%d additions, want 59", len(m.additions))
	}
	for _, c := range m.additions {
		t.Run(c.id, func(t *testing.T) {
			r := byID[c.id]
			if why := leftOut[c.id]; why != "" {
				if r != nil {
					t.Errorf("left out (%s) but in the dataset", why)
				}
				return
			}
			if r == nil {
				t.Fatal("missing from the dataset")
			}
			if src := sourceOf[c.sourceAddress]; src == "" || !slices.Contains(r.Sources, src) {
				t.Errorf("cites %v, not the source at %s", r.Sources, c.sourceAddress)
			}
			// The record's period holds the material's date.
			date, err := dataset.ParseDate(c.date)
			if err != nil {
				t.Fatal(err)
			}
			first, last := r.Period()
			if f, l := date.Span(); f < first || l > last && r.End == nil {
				t.Errorf("period %s…%v does not hold the material's date %s", r.Date, r.End, c.date)
			}
			if c.value == "" {
				return
			}
			if r.Kind == dataset.Measure {
				want, err := strconv.ParseFloat(c.value, 64)
				if err != nil || r.Value == nil || math.Abs(*r.Value-want) > 1e-9 {
					t.Errorf("value %v, want %s", r.Value, c.value)
				}
				return
			}
			if text := strings.ReplaceAll(r.Title+" "+r.Summary, ",", ""); !strings.Contains(text, c.value) {
				t.Errorf("the material's number %s is not in the title or summary", c.value)
			}
		})
	}
}

// TestBundledConflictsAndTotals checks the rules the 2026-12 edition adds: totals only where
// both flows are, linked conflicts, partial periods.
func TestBundledConflictsAndTotals(t *testing.T) {
	m := needMaterial(t)
	d, err := build(m)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*dataset.Record{}
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	for _, id := range []string{"DT-AZE-1992", "DT-KOR-1993", "DT-AZE-2015", "DT-AZE-2016"} {
		if byID[id] != nil {
			t.Errorf("%s: a total with a missing flow must not exist", id)
		}
	}
	for _, r := range d.Records {
		if r.Indicator == indDOTSTotal && (r.Derived == nil || r.Derived.Operation != dataset.OpSum || len(r.Derived.From) != 2) {
			t.Errorf("%s: a total is the sum of its two flows, got %+v", r.ID, r.Derived)
		}
	}
	for _, id := range []string{"D045", "D046"} {
		if byID[id].Caveat == "" {
			t.Errorf("%s: the reporting gap must be its caveat", id)
		}
	}
	links := [][2]string{{"N020", "R075"}, {"N020", "R076"}, {"N004", "R090"}, {"R100", "A002"}, {"N037", "A002"}, {"N049", "N050"}}
	for _, l := range links {
		a, b := byID[l[0]], byID[l[1]]
		if !slices.Contains(a.Conflicts, l[1]) || !slices.Contains(b.Conflicts, l[0]) {
			t.Errorf("%s and %s must conflict both ways: %v, %v", l[0], l[1], a.Conflicts, b.Conflicts)
		}
	}
	if r := byID["N020"]; r.End == nil || r.Reporter != kor || r.Partner != aze {
		t.Errorf("N020: want a partial period reported by Korea, got end %v, reporter %q", r.End, r.Reporter)
	}
	if r := byID["N046"]; !slices.Contains(r.Aliases, "Lee In-yong") || strings.Contains(r.Title, "Lee In-yong") {
		t.Errorf("N046: title %q, aliases %v", r.Title, r.Aliases)
	}
}

func TestParseAdditionSources(t *testing.T) {
	head := "| # | source title | publisher | date (basis) | address | records |\n|---|---|---|---|---|---|\n"
	cases := []struct {
		name, text string
		records    []string
		fails      bool
	}{
		{"rows after the header", head + "| 1 | T | P | 2020 | https://example.org/a | N001 |\n| 2 | U | Q | 2021 | https://example.org/b | N002, N003 |\n", []string{"N001", "N002 N003"}, false},
		{"the cautions list is skipped", head + "| 1 | T | P | 2020 | https://example.org/a | N001 |\n## Conflicts\n- **x:** y\n", []string{"N001"}, false},
		{"a short row fails", head + "| 1 | T | P | N001 |\n", nil, true},
		{"a row without records fails", head + "| 1 | T | P | 2020 | https://example.org/a |  |\n", nil, true},
		{"a gap in the numbers fails", head + "| 1 | T | P | 2020 | https://example.org/a | N001 |\n| 3 | T | P | 2020 | https://example.org/c | N003 |\n", nil, true},
		{"no table fails", "# nothing\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := parseAdditionSources(strings.NewReader(c.text), "s.md")
			if (err != nil) != c.fails {
				t.Fatalf("error %v, want failure %v", err, c.fails)
			}
			var got []string
			for _, r := range rows {
				got = append(got, strings.Join(r.records, " "))
			}
			if !slices.Equal(got, c.records) {
				t.Errorf("records %q, want %q", got, c.records)
			}
		})
	}
}

func TestNameSpellings(t *testing.T) {
	cases := []struct {
		name, title, summary string
		aliases              []string
		refused              bool
	}{
		{"canonical name gets the other spellings", "Ambassador Lee Eun Yong speaks", "", []string{"Lee Eun-yong", "Lee In-yong", "Lee In Yong", "Lee In-young"}, false},
		{"a spelling in the summary only", "Korea donates equipment", "Spelled Lee In-yong in the report.", []string{"Lee Eun-yong", "Lee In-yong", "Lee In Yong", "Lee In-young"}, false},
		{"another spelling in the title is refused", "Lee In-yong at the hospital", "", []string{"Lee Eun-yong", "Lee In-yong", "Lee In Yong", "Lee In-young"}, true},
		{"nobody named", "Trade in 2020", "", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &dataset.Dataset{Records: []dataset.Record{{ID: "N001", Title: c.title, Summary: c.summary}}}
			problems := nameSpellings(d)
			if (len(problems) > 0) != c.refused {
				t.Errorf("problems %v, want refused %v", problems, c.refused)
			}
			if !slices.Equal(d.Records[0].Aliases, c.aliases) {
				t.Errorf("aliases %q, want %q", d.Records[0].Aliases, c.aliases)
			}
		})
	}
}

func TestTranslations(t *testing.T) {
	base := func() *dataset.Dataset {
		return &dataset.Dataset{
			Title:      "Pair",
			Countries:  []dataset.Country{{Code: aze, Name: "Azerbaijan"}, {Code: kor, Name: "Republic of Korea"}},
			Sectors:    []dataset.Sector{{ID: secTrade, Name: "Trade"}},
			Indicators: []dataset.Indicator{{ID: indTurnover, Name: "Turnover", Unit: unitUSDMillion}},
			Records:    []dataset.Record{{ID: "R001", Title: "Relations", Caveat: "The date is uncertain."}},
		}
	}
	cases := []struct {
		name    string
		files   map[string]string // file name → content
		fails   string            // part of the error or problem; "" when none
		records int               // records translated into az
	}{
		{"no folder", nil, "", 0},
		{"a full file", map[string]string{"az.json": `{"dataset": {"title": "Cüt"}, "countries": {"AZE": {"name": "Azərbaycan"}}, "sectors": {"trade": {"name": "Ticarət"}}, "indicators": {"trade-turnover": {"unit": "milyon ABŞ dolları"}}, "records": {"R001": {"title": "Əlaqələr"}}}`}, "", 1},
		{"an unknown record", map[string]string{"az.json": `{"records": {"R999": {"title": "x"}}}`}, `az.json: record "R999" is not in the dataset`, 0},
		{"an unknown sector", map[string]string{"ko.json": `{"sectors": {"tarde": {"name": "무역"}}}`}, `ko.json: sector "tarde" is not in the dataset`, 0},
		{"an unknown field", map[string]string{"az.json": `{"records": {"R001": {"titel": "x"}}}`}, `unknown field "titel"`, 0},
		{"a file for an unknown language", map[string]string{"fr.json": `{}`}, "fr.json: the file name must be a language code", 0},
		{"a language in two files", map[string]string{"az.json": `{"records": {"R001": {"title": "Əlaqələr"}}}`, "az-caveats.json": `{"records": {"R001": {"caveat": "Tarix dəqiq deyil."}}}`}, "", 1},
		{"a text given in two files", map[string]string{"az.json": `{"records": {"R001": {"title": "Əlaqələr"}}}`, "az-caveats.json": `{"records": {"R001": {"title": "Başqa", "caveat": "x"}}}`}, `record "R001": "title" is given in`, 0},
		{"a part file for an unknown language", map[string]string{"fr-caveats.json": `{}`}, "fr-caveats.json: the file name must be a language code", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "translations")
			if c.files != nil {
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				for name, text := range c.files {
					if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var got []string
			files, err := readTranslations(dir)
			d := base()
			if err != nil {
				got = append(got, err.Error())
			} else {
				got = translate(d, files)
			}
			msg := strings.Join(got, "\n")
			if (c.fails == "") != (msg == "") || !strings.Contains(msg, c.fails) {
				t.Fatalf("problems %q, want %q", msg, c.fails)
			}
			if n := len(d.Records[0].Translations); n != c.records {
				t.Errorf("%d record translations, want %d", n, c.records)
			}
			if c.records > 0 {
				if title, ok := d.Records[0].TitleIn("az"); !ok || title != "Əlaqələr" {
					t.Errorf("TitleIn(az) = %q, %v", title, ok)
				}
				if c.files["az-caveats.json"] != "" {
					if caveat, ok := d.Records[0].CaveatIn("az"); !ok || caveat != "Tarix dəqiq deyil." {
						t.Errorf("CaveatIn(az) = %q, %v", caveat, ok)
					}
				}
				if !strings.Contains(translationCoverage(d), "translations az: 1/1 records") {
					t.Errorf("coverage %q", translationCoverage(d))
				}
			}
		})
	}
}

// TestLeftOutIsListed checks that LEFT-OUT-2026-12.md names every fact the tool leaves out.
func TestLeftOutIsListed(t *testing.T) {
	b, err := os.ReadFile("LEFT-OUT-2026-12.md")
	if err != nil {
		t.Fatal(err)
	}
	for id := range leftOut {
		if !bytes.Contains(b, []byte(id)) {
			t.Errorf("LEFT-OUT-2026-12.md does not list %s", id)
		}
	}
}

// TestGeneratedJSONHasNoBlankFields guards the format's rule that optional text is either
// left out or written.
func TestGeneratedJSONHasNoBlankFields(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "az-kr.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte(`: ""`)) {
		t.Error("assets/az-kr.json holds an empty string")
	}
}
