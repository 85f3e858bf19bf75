package dataset_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// textCases are the rules of caveats, aliases, vintages, derived sums and translations, one
// case per rule; they join loadCases, so that the load tests and the fuzz corpus run them.
var textCases = []loadCase{
	{name: "new optional fields", edits: []edit{
		{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "caveat": "A gap in one side's reporting.", "aliases": ["Lee In-yong", "Lee In Yong"], "translations": {"az": {"title": "2018-ci il ticarət dövriyyəsi"}, "ko": {"summary": "요약"}},`},
		{`"date": "2022"}`, `"date": "2022", "vintage": "downloaded early 2022; data to 2020"}`},
		{`"title": "Test pair for validation rules",`, `"title": "Test pair for validation rules", "translations": {"az": {"title": "Sınaq cütü"}},`},
		{`{"id": "trade", "name": "Trade"}`, `{"id": "trade", "name": "Trade", "translations": {"ko": {"name": "무역", "description": "상품 교역"}}}`},
		{`"name": "Exports", "unit": "USD million",`, `"name": "Exports", "unit": "USD million", "translations": {"az": {"unit": "milyon ABŞ dolları"}},`},
		{`{"code": "KOR", "name": "Republic of Korea"}`, `{"code": "KOR", "name": "Republic of Korea", "translations": {"ko": {"name": "대한민국"}}}`},
	}},
	{name: "derived sum that adds up", edits: []edit{
		{`"value": 87.3,`, `"value": 427.504,`},
		{`"from": ["R2"]}`, `"from": ["R2", "R4"], "operation": "sum"}`},
	}},
	{name: "milestones and a translated caveat", edits: []edit{
		{`"title": "Diplomatic relations established",`, `"title": "Diplomatic relations established", "milestone": "relations",`},
		{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "milestone": "visit", "caveat": "A gap in one side's reporting.", "translations": {"az": {"caveat": "Bir tərəfin hesabatında boşluq."}, "ko": {"title": "2018년 교역액", "caveat": "한쪽 통계의 공백."}},`},
	}},
	{name: "unknown milestone", edits: []edit{{`"title": "Diplomatic relations established",`, `"title": "Diplomatic relations established", "milestone": "Relations",`}},
		want: []string{`t.json: line 29: record "R1": field "milestone": unknown milestone "Relations" (want relations, embassy, visit, or leave it out)`}},
	{name: "embassy on an indicator", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "milestone": "embassy",`}},
		want: []string{
			`t.json: line 37: record "R2": field "milestone": a "embassy" milestone is an event or an agreement; this record is of kind "indicator"`,
			`t.json: line 37: record "R2": field "milestone": a "embassy" milestone needs a date to the day (an anniversary needs a day), got "2018" at year precision`,
		}},
	{name: "relations to the month", edits: []edit{
		{`"date": "1992-03-23",`, `"date": "1992-03",`},
		{`"title": "Diplomatic relations established",`, `"title": "Diplomatic relations established", "milestone": "relations",`},
	}, want: []string{`t.json: line 29: record "R1": field "milestone": a "relations" milestone needs a date to the day (an anniversary needs a day), got "1992-03" at month precision`}},
	{name: "blank translated caveat", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "caveat": "A gap.", "translations": {"ko": {"caveat": " "}},`}},
		want: []string{`t.json: line 37: record "R2": field "translations.ko.caveat": must not be empty: write the translation or leave the field out`}},
	{name: "unknown language", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "translations": {"AZ": {"title": "x"}, "fr": {"title": "y"}},`}},
		want: []string{
			`t.json: line 37: record "R2": field "translations.AZ": unknown language "AZ" (want one of en, az, ko)`,
			`t.json: line 37: record "R2": field "translations.fr": unknown language "fr" (want one of en, az, ko)`,
		}},
	{name: "blank translation", edits: []edit{{`{"id": "trade", "name": "Trade"}`, `{"id": "trade", "name": "Trade", "translations": {"az": {"name": " ", "description": "ok"}, "ko": {}}}`}},
		want: []string{
			`t.json: line 11: field "sectors[0].translations.az.name": must not be empty: write the translation or leave the field out`,
			`t.json: line 11: field "sectors[0].translations.ko": the translation is empty: give at least one of name, description, or leave the language out`,
		}},
	{name: "unknown translation field", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "translations": {"ko": {"titel": "x", "summary": "y"}},`}},
		want: []string{`t.json: line 37: record "R2": field "translations.ko.titel": unknown field; did you mean "title"?`}},
	{name: "translation is not an object", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "translations": ["az"],`}},
		want: []string{`t.json: line 37: record "R2": field "translations": must be an object ({…}), got a list`}},
	{name: "country translates only its name", edits: []edit{{`{"code": "KOR", "name": "Republic of Korea"}`, `{"code": "KOR", "name": "Republic of Korea", "translations": {"ko": {"name": "대한민국", "description": "x"}}}`}},
		want: []string{`t.json: line 8: field "countries[1].translations.ko.description": a country has only a name to translate`}},
	{name: "derived sum mismatch", edits: []edit{{`"from": ["R2"]}`, `"from": ["R2", "R4"], "operation": "sum"}`}},
		want: []string{`t.json: line 53: record "R3": field "value": is 87.3, but the sum of the records in derived.from is 427.5: correct the value or the inputs`}},
	{name: "derived with a missing input", edits: []edit{{`"from": ["R2"]}`, `"from": ["R2", "R9"], "operation": "sum"}`}},
		want: []string{`t.json: line 54: record "R3": field "derived.from[1]": unknown record "R9"`}},
	{name: "derived from a record without a value", edits: []edit{{`"from": ["R2"]}`, `"from": ["R1"]}`}},
		want: []string{`t.json: line 54: record "R3": field "derived.from[0]": record "R1" is of kind "event" and has no value: a derived value is computed from indicator values, and exists only when all its inputs do`}},
	{name: "unknown derived operation", edits: []edit{{`"from": ["R2"]}`, `"from": ["R2"], "operation": "ratio"}`}},
		want: []string{`t.json: line 54: record "R3": field "derived.operation": unknown operation "ratio" (want "sum", or leave it out when the method is in words only)`}},
	{name: "blank caveat", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "caveat": "  ",`}},
		want: []string{`t.json: line 37: record "R2": field "caveat": must not be empty: write the caveat or leave the field out`}},
	{name: "duplicate alias", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "aliases": ["Lee In-yong", " ", "Lee In-yong", "a;b"],`}},
		want: []string{
			`t.json: line 37: record "R2": field "aliases[1]": must not be empty`,
			`t.json: line 37: record "R2": field "aliases[2]": alias "Lee In-yong" is listed twice (first as aliases[0])`,
			`t.json: line 37: record "R2": field "aliases[3]": must not contain ";" (it separates aliases in table cells), got "a;b"`,
		}},
	{name: "blank vintage", edits: []edit{{`"date": "2022"}`, `"date": "2022", "vintage": " "}`}},
		want: []string{`t.json: line 21: field "sources[1].vintage": must not be empty: say when the data was taken and what it covers, or leave the field out`}},
}

func init() { loadCases = append(loadCases, textCases...) }

func TestTranslationFallback(t *testing.T) {
	r := dataset.Record{Title: "Visit", Summary: "Talks", Translations: map[string]dataset.RecordText{"az": {Title: "Səfər"}}}
	cases := []struct {
		name, lang, want string
		translated       bool
		get              func(lang string) (string, bool)
	}{
		{"English title", "en", "Visit", true, r.TitleIn},
		{"translated title", "az", "Səfər", true, r.TitleIn},
		{"no Korean title", "ko", "Visit", false, r.TitleIn},
		{"no Azerbaijani summary", "az", "Talks", false, r.SummaryIn},
		{"no summary to translate", "ko", "", true, (&dataset.Record{}).SummaryIn},
		{"translated caveat", "ko", "공백", true, (&dataset.Record{Caveat: "Gap", Translations: map[string]dataset.RecordText{"ko": {Caveat: "공백"}}}).CaveatIn},
		{"no Azerbaijani caveat", "az", "Gap", false, (&dataset.Record{Caveat: "Gap", Translations: map[string]dataset.RecordText{"ko": {Caveat: "공백"}}}).CaveatIn},
		{"no caveat to translate", "az", "", true, r.CaveatIn},
		{"country", "ko", "대한민국", true, dataset.Country{Name: "Republic of Korea", Translations: map[string]dataset.NameText{"ko": {Name: "대한민국"}}}.NameIn},
		{"indicator unit", "az", "count", false, (&dataset.Indicator{Unit: "count"}).UnitIn},
		{"dataset title", "ko", "Pair", false, (&dataset.Dataset{Title: "Pair"}).TitleIn},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, translated := c.get(c.lang)
			if got != c.want || translated != c.translated {
				t.Errorf("got %q, %v; want %q, %v", got, translated, c.want, c.translated)
			}
		})
	}
}

// TestIdentityCoversNewFields checks that the canonical bytes, and so the hash, change with
// each new field.
func TestIdentityCoversNewFields(t *testing.T) {
	base := readValid(t)
	load := func(doc []byte) string {
		t.Helper()
		d, err := dataset.Load(bytes.NewReader(doc), testName)
		if err != nil {
			t.Fatal(err)
		}
		return d.Identity().SHA256
	}
	plain := load(base)
	for _, c := range textCases[:3] {
		doc := c.document(t, base)
		seekable := load(doc)
		if seekable == plain {
			t.Errorf("%s: the identity does not change", c.name)
		}
		// The streaming loader (a reader that cannot seek) hashes the same canonical bytes.
		d, err := dataset.Load(io.MultiReader(bytes.NewReader(doc)), testName)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Identity().SHA256; got != seekable {
			t.Errorf("%s: streamed identity %s, seekable %s", c.name, got, seekable)
		}
	}
}

func TestImportCSVCaveatAndAliases(t *testing.T) {
	r := with(eventRow, "caveat", "Dates differ by a day.", "aliases", "Lee In-yong; Lee In Yong;")
	recs, err := dataset.ImportCSV(strings.NewReader(csvTable(t, r)), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[0]; got.Caveat != "Dates differ by a day." || strings.Join(got.Aliases, "|") != "Lee In-yong|Lee In Yong" {
		t.Errorf("caveat %q, aliases %q", got.Caveat, got.Aliases)
	}
}

// TestImportLegacyTable checks that a table made before the caveat and aliases columns
// still imports, and that one cannot skip a column in between.
func TestImportLegacyTable(t *testing.T) {
	legacy := dataset.TableColumns[:slices.Index(dataset.TableColumns, dataset.ColCaveat)]
	table := func(cols []string, cells []string) string {
		var b strings.Builder
		w := csv.NewWriter(&b)
		_ = w.Write(cols)
		_ = w.Write(cells)
		w.Flush()
		return b.String()
	}
	cells := eventRow.cells()
	recs, err := dataset.ImportCSV(strings.NewReader(table(legacy, cells[:len(legacy)])), "old.csv")
	if err != nil || len(recs) != 1 || recs[0].Caveat != "" || recs[0].Aliases != nil {
		t.Fatalf("legacy table: %v, %+v", err, recs)
	}
	skipped := append(append([]string{}, legacy...), dataset.ColAliases)
	_, err = dataset.ImportCSV(strings.NewReader(table(skipped, append(cells[:len(legacy):len(legacy)], ""))), "skip.csv")
	if got := strings.Join(problemLines(t, err), "\n"); got != `skip.csv: line 1: the header lacks column "caveat"` {
		t.Errorf("got %q", got)
	}
}

func TestImportCSVMilestone(t *testing.T) {
	r := with(eventRow, "milestone", " visit ")
	recs, err := dataset.ImportCSV(strings.NewReader(csvTable(t, r)), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[0].Milestone; got != dataset.MilestoneVisit {
		t.Errorf("milestone %q", got)
	}
	_, err = dataset.ImportCSV(strings.NewReader(csvTable(t, with(eventRow, "milestone", "anniversary"))), "r.csv")
	if got := strings.Join(problemLines(t, err), "\n"); !strings.Contains(got, `column "milestone": unknown milestone "anniversary"`) {
		t.Errorf("got %q", got)
	}
	// A table from before the milestone column still imports.
	cols := dataset.TableColumns[:len(dataset.TableColumns)-1]
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(cols)
	_ = w.Write(eventRow.cells()[:len(cols)])
	w.Flush()
	if recs, err := dataset.ImportCSV(strings.NewReader(b.String()), "old.csv"); err != nil || len(recs) != 1 || recs[0].Milestone != "" {
		t.Fatalf("table without milestone: %v, %+v", err, recs)
	}
}
