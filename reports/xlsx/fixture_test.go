package xlsx_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// generated is the fixed generation time of every test briefing.
var generated = time.Date(2026, 1, 31, 9, 30, 0, 0, time.UTC)

// longSummary is over Excel's cell limit, with Hangul so that the limit counts characters.
var longSummary = strings.Repeat("서울 Bakı ", 5000) // 40,000 characters

// The formula-guard cases: each must come back as the same text, never a formula.
var guardTexts = []string{`=HYPERLINK("http://x","y")`, "+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn"}

func value(v float64) *float64 { return &v }

func date(s string) dataset.Date { return dataset.MustParseDate(s) }

func datePtr(s string) *dataset.Date { d := date(s); return &d }

// fixtureDataset is a small dataset that holds every kind of cell the workbook writes:
// each date precision, a period end, an inferred date, counts, negative and fractional
// values, mirrors, conflicts, a derived value, the formula-guard texts, a text over the
// cell limit and Azerbaijani and Korean text.
func fixtureDataset() *dataset.Dataset {
	d := &dataset.Dataset{
		Format: dataset.FormatID, ID: "test-aze-kor", Version: "2026.1", Title: "Test pair",
		Countries: []dataset.Country{{Code: "AZE", Name: "Azerbaijan"}, {Code: "KOR", Name: "Republic of Korea"}},
		Sectors: []dataset.Sector{
			{ID: "diplomacy", Name: "Diplomacy & politics"},
			{ID: "trade", Name: "Trade"},
			{ID: "investment", Name: "Investment"},
		},
		Indicators: []dataset.Indicator{
			{ID: "exports", Name: "Exports", Unit: "USD million", Kind: dataset.Flow, Mirror: "imports", Headline: true},
			{ID: "imports", Name: "Imports", Unit: "USD million", Kind: dataset.Flow, Mirror: "exports", Headline: true},
			{ID: "companies", Name: "Korean companies registered", Unit: "count", Kind: dataset.Count},
			{ID: "investment", Name: "Investment", Unit: "USD million", Kind: dataset.Stock},
		},
		Sources: []dataset.Source{
			{ID: "S1", Title: "Relations overview", Publisher: "Ministry", Date: "2019-10-10", Address: "https://example.org/relations?a=1&b=2", Language: "en"},
			{ID: "S2", Title: "Trade statistics by partner", TitleIsDescription: true, Publisher: "Statistics office", Date: "2020", Address: "https://example.org/dots", DateNote: "year of the release"},
			{ID: "S3", Title: "=cmd|' /C calc'!A0", Publisher: "Press", Address: "not a link"},
		},
	}
	r := func(rec dataset.Record) { d.Records = append(d.Records, rec) }
	r(dataset.Record{ID: "R001", Kind: dataset.Event, Date: date("1992-04-30"), Sectors: []string{"diplomacy"},
		Title: "Diplomatic relations established", Summary: "Əlaqələr quruldu; 외교 관계 수립.", Sources: []string{"S1"}, Milestone: dataset.MilestoneRelations})
	r(dataset.Record{ID: "R002", Kind: dataset.Agreement, Date: date("2006-03"), Sectors: []string{"diplomacy", "trade"},
		Title: guardTexts[0], Summary: guardTexts[1], Sources: []string{"S1", "S2"}})
	r(dataset.Record{ID: "R003", Kind: dataset.Statement, Date: date("2007"), DateInferred: true, Sectors: []string{"diplomacy"},
		Title: guardTexts[2], Summary: guardTexts[3], Sources: []string{"S3"}})
	r(dataset.Record{ID: "R004", Kind: dataset.Event, Date: date("2008-05-12"), Sectors: []string{"diplomacy"},
		Title: guardTexts[4], Summary: guardTexts[5], Sources: []string{"S1"}})
	r(dataset.Record{ID: "R005", Kind: dataset.Event, Date: date("2009"), Sectors: []string{"diplomacy"},
		Title: "A very long account", Summary: longSummary, Sources: []string{"S1"}})
	r(dataset.Record{ID: "R010", Kind: dataset.Measure, Date: date("2017"), Sectors: []string{"trade"}, Title: "Exports 2017",
		Indicator: "exports", Value: value(140.5), Qualifier: dataset.Exact, Reporter: "AZE", Partner: "KOR", Sources: []string{"S2"}})
	r(dataset.Record{ID: "R011", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "Exports 2018",
		Indicator: "exports", Value: value(-5), Qualifier: dataset.Exact, Reporter: "AZE", Partner: "KOR", Sources: []string{"S2"}})
	r(dataset.Record{ID: "R012", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "Imports 2018",
		Indicator: "imports", Value: value(227), Reporter: "KOR", Partner: "AZE", Conflicts: []string{"R013"}, Sources: []string{"S1"}})
	r(dataset.Record{ID: "R013", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "Imports 2018, other count",
		Indicator: "imports", Value: value(230.25), Qualifier: dataset.Approx, Reporter: "KOR", Partner: "AZE", Conflicts: []string{"R012"}, Sources: []string{"S2"}})
	r(dataset.Record{ID: "R014", Kind: dataset.Measure, Date: date("2016"), Sectors: []string{"trade"}, Title: "Imports 2016",
		Indicator: "imports", Value: value(87.3), Reporter: "KOR", Partner: "AZE", Sources: []string{"S2"}})
	r(dataset.Record{ID: "R015", Kind: dataset.Measure, Date: date("2017"), Sectors: []string{"trade"}, Title: "Imports 2017 (derived)",
		Indicator: "imports", Value: value(87.3), Reporter: "KOR", Partner: "AZE", Sources: []string{"S1"},
		Derived: &dataset.Derivation{Method: "2018 figure divided by 2.6", From: []string{"R012"}}})
	r(dataset.Record{ID: "R016", Kind: dataset.Measure, Date: date("2019-01"), End: datePtr("2019-11"), Sectors: []string{"trade"},
		Title: "Exports January–November 2019", Indicator: "exports", Value: value(61.125), Reporter: "AZE", Partner: "KOR", Sources: []string{"S2"}})
	r(dataset.Record{ID: "R020", Kind: dataset.Measure, Date: date("2019-10-10"), Sectors: []string{"investment"}, Title: "Korean companies",
		Indicator: "companies", Value: value(74), Qualifier: dataset.AtLeast, Sources: []string{"S1"}})
	r(dataset.Record{ID: "R021", Kind: dataset.Measure, Date: date("2019-10"), Sectors: []string{"investment"}, Title: "Investment in Korea",
		Indicator: "investment", Value: value(474), Reporter: "AZE", Sources: []string{"S1"}})
	return d
}

// fixtureBriefing builds the briefing of every record of the fixture dataset, loaded as
// a document is, so that it is validated and carries its identity.
func fixtureBriefing(t testing.TB) *reports.Briefing {
	t.Helper()
	d := load(t, fixtureDataset())
	return build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
}

// load encodes a dataset and loads it back through dataset.Load.
func load(t testing.TB, d *dataset.Dataset) *dataset.Dataset {
	t.Helper()
	var buf bytes.Buffer
	if err := synthetic.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	loaded, err := dataset.Load(&buf, d.ID+".json")
	if err != nil {
		t.Fatalf("dataset.Load: %v", err)
	}
	return loaded
}

func build(t testing.TB, d *dataset.Dataset, s selection.Selection) *reports.Briefing {
	t.Helper()
	b, err := reports.Build(context.Background(), d, s, reports.Options{AppVersion: "1.2.3-test", Generated: generated,
		PreparedBy: "Desk officer", Classification: "UNCLASSIFIED"})
	if err != nil {
		t.Fatalf("reports.Build: %v", err)
	}
	return b
}

// render renders b and returns the workbook's bytes.
func render(t testing.TB, b *reports.Briefing) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := xlsx.Render(context.Background(), &buf, b, xlsx.Options{}); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// nothingSelected matches no record of the fixture: a range before its first.
var nothingSelected = selection.Selection{From: date("1900"), To: date("1901")}
