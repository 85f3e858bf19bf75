package assets_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"attache/assets"
	"attache/reports/dataset"
)

// articleSource is the Azernews article of 2019-10-10 the project started from.
const articleSource = "azernews157073"

func loadBundled(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := assets.LoadBundled()
	if err != nil {
		t.Fatalf("the bundled dataset does not load: %v", err)
	}
	return d
}

func recordsByID(d *dataset.Dataset) map[string]*dataset.Record {
	out := make(map[string]*dataset.Record, len(d.Records))
	for i := range d.Records {
		out[d.Records[i].ID] = &d.Records[i]
	}
	return out
}

func TestBundledDatasetLoads(t *testing.T) {
	d := loadBundled(t)
	checks := []struct {
		name      string
		got, want string
	}{
		{"format", d.Format, dataset.FormatID},
		{"id", d.ID, "az-kr"},
		{"first country", d.Countries[0].Code + " " + d.Countries[0].Name, "AZE Azerbaijan"},
		{"second country", d.Countries[1].Code + " " + d.Countries[1].Name, "KOR Republic of Korea"},
		{"identity id", d.Identity().ID, "az-kr"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
	if d.Version == "" || len(d.Identity().SHA256) != 64 {
		t.Errorf("version %q and SHA-256 %q must be set", d.Version, d.Identity().SHA256)
	}
}

// TestBundledDatasetHoldsEveryResearchRecord checks that all 211 records of the research
// material and the 59 additions of December 2026 are there under their own ids, so that each
// traces back to it.
func TestBundledDatasetHoldsEveryResearchRecord(t *testing.T) {
	d := loadBundled(t)
	if len(d.Records) < 211 {
		t.Fatalf("%d records, want at least 211", len(d.Records))
	}
	byID := recordsByID(d)
	for _, series := range []struct {
		prefix string
		count  int
	}{{"R", 109}, {"D", 102}, {"N", 59}} {
		t.Run(series.prefix, func(t *testing.T) {
			for n := 1; n <= series.count; n++ {
				if id := fmt.Sprintf("%s%03d", series.prefix, n); byID[id] == nil {
					t.Errorf("record %s is missing", id)
				}
			}
		})
	}
}

// TestBundledDatasetCoversRecentYears checks the size of the 2026.12 edition: at least 320
// records, at least 10 in each year 2019–2025, and facts of 2026.
func TestBundledDatasetCoversRecentYears(t *testing.T) {
	d := loadBundled(t)
	if len(d.Records) < 320 {
		t.Errorf("%d records, want at least 320", len(d.Records))
	}
	byYear := map[int]int{}
	for _, r := range d.Records {
		byYear[r.Date.Y]++
	}
	for y := 2019; y <= 2025; y++ {
		if byYear[y] < 10 {
			t.Errorf("%d: %d records, want at least 10", y, byYear[y])
		}
	}
	if byYear[2026] == 0 {
		t.Error("no record of 2026")
	}
}

func TestEveryRecordCitesAKnownSource(t *testing.T) {
	d := loadBundled(t)
	sources := map[string]bool{}
	for _, s := range d.Sources {
		sources[s.ID] = true
	}
	for _, r := range d.Records {
		if len(r.Sources) == 0 {
			t.Errorf("record %s cites no source", r.ID)
		}
		for _, s := range r.Sources {
			if !sources[s] {
				t.Errorf("record %s cites unknown source %q", r.ID, s)
			}
		}
	}
}

// figure is what a test expects of one record.
type figure struct {
	name      string
	id        string
	kind      dataset.Kind
	date      string
	indicator string
	value     float64
	qualifier dataset.Qualifier
	derived   []string // the records it is derived from; nil when not derived
	conflicts []string
}

func checkFigure(t *testing.T, r *dataset.Record, want figure) {
	t.Helper()
	if r == nil {
		t.Fatalf("record %s is missing", want.id)
	}
	if r.Kind != want.kind {
		t.Errorf("kind %q, want %q", r.Kind, want.kind)
	}
	if want.date != "" && r.Date.String() != want.date {
		t.Errorf("date %s, want %s", r.Date, want.date)
	}
	if want.indicator != "" {
		if r.Indicator != want.indicator || r.Value == nil || math.Abs(*r.Value-want.value) > 1e-9 || r.Qualifier != want.qualifier {
			got := "no value"
			if r.Value != nil {
				got = fmt.Sprint(*r.Value)
			}
			t.Errorf("indicator %s = %s (%s), want %s = %v (%s)", r.Indicator, got, r.Qualifier, want.indicator, want.value, want.qualifier)
		}
	}
	switch {
	case want.derived == nil && r.Derived != nil:
		t.Errorf("derived from %v, want a source value", r.Derived.From)
	case want.derived != nil && (r.Derived == nil || !slices.Equal(r.Derived.From, want.derived) || strings.TrimSpace(r.Derived.Method) == ""):
		t.Errorf("derivation %+v, want one from %v with a method", r.Derived, want.derived)
	}
	if !slices.Equal(r.Conflicts, want.conflicts) {
		t.Errorf("conflicts %v, want %v", r.Conflicts, want.conflicts)
	}
}

// TestArticleFigures checks every figure of the 2019-10-10 article, each citing it.
func TestArticleFigures(t *testing.T) {
	byID := recordsByID(loadBundled(t))
	figures := []figure{
		{name: "2018 turnover USD 227 million", id: "R059", kind: dataset.Measure, date: "2018", indicator: "trade-turnover", value: 227, qualifier: dataset.Exact},
		{name: "2017 turnover implied by 2.6 times", id: "A001", kind: dataset.Measure, date: "2017", indicator: "trade-turnover", value: 87.3, qualifier: dataset.Approx, derived: []string{"R059"}},
		{name: "Korean investment about USD 180 million", id: "R068", kind: dataset.Measure, indicator: "investment-kr-in-az", value: 180, qualifier: dataset.Approx, conflicts: []string{"R073"}},
		{name: "Azerbaijani investment USD 474 million", id: "R067", kind: dataset.Measure, indicator: "investment-az-in-kr", value: 474, qualifier: dataset.Exact, conflicts: []string{"R072"}},
		{name: "74 Korean contractors registered", id: "R063", kind: dataset.Measure, indicator: "korean-contractors-registered", value: 74, qualifier: dataset.Exact},
		{name: "about 50 documents signed", id: "R069", kind: dataset.Measure, indicator: "documents-signed", value: 50, qualifier: dataset.Approx, conflicts: []string{"R070"}},
		{name: "relations established in 1992", id: "R001", kind: dataset.Event, date: "1992-03-23"},
		{name: "Korean embassy in Baku 2006", id: "R005", kind: dataset.Event, date: "2006-03-04"},
		{name: "Azerbaijani embassy in Seoul 2007", id: "R011", kind: dataset.Event, date: "2007-03-14"},
		{name: "grant-aid framework agreement", id: "R065", kind: dataset.Agreement, date: "2019-01-11"},
	}
	for _, f := range figures {
		t.Run(f.name, func(t *testing.T) {
			r := byID[f.id]
			checkFigure(t, r, f)
			if !slices.Contains(r.Sources, articleSource) {
				t.Errorf("record %s cites %v, not the article %s", f.id, r.Sources, articleSource)
			}
		})
	}
	t.Run("474 and 427 million linked both ways", func(t *testing.T) {
		checkFigure(t, byID["R072"], figure{id: "R072", kind: dataset.Measure, indicator: "investment-az-in-kr", value: 427, qualifier: dataset.Exact, conflicts: []string{"R067"}})
	})
}

// TestMessyDataIsCarried checks one example of each thing the research material marks:
// bounds, partial periods, one side's statistics, conflicting dates, inferred dates, sums.
func TestMessyDataIsCarried(t *testing.T) {
	byID := recordsByID(loadBundled(t))
	cases := []struct {
		name  string
		id    string
		check func(r *dataset.Record) string
	}{
		{"just over 42 million is a lower bound", "R003", func(r *dataset.Record) string {
			return want(r.Qualifier == dataset.AtLeast, "qualifier %q", r.Qualifier)
		}},
		{"January–November 2011 is a period", "R033", func(r *dataset.Record) string {
			return want(r.Date.String() == "2011-01" && r.End != nil && r.End.String() == "2011-11", "period %s … %v", r.Date, r.End)
		}},
		{"DOTS names its reporter", "D013", func(r *dataset.Record) string {
			return want(r.Reporter == "AZE" && r.Partner == "KOR" && r.Indicator == "dots-exports", "%s reported by %q for %q", r.Indicator, r.Reporter, r.Partner)
		}},
		{"carbamide groundbreaking dates conflict", "R035", func(r *dataset.Record) string {
			return want(slices.Equal(r.Conflicts, []string{"R036"}) && slices.Equal(byID["R036"].Conflicts, []string{"R035"}), "conflicts %v", r.Conflicts)
		}},
		{"year inferred from the weekday", "R085", func(r *dataset.Record) string { return want(r.DateInferred, "date_inferred is false") }},
		{"DOTS total is derived from both flows", "DT-AZE-2008", func(r *dataset.Record) string {
			sum := 0.0
			for _, id := range r.Derived.From {
				sum += *byID[id].Value
			}
			return want(r.Indicator == "dots-trade-total" && len(r.Derived.From) == 2 && r.Derived.Operation == dataset.OpSum && math.Abs(sum-*r.Value) < 1e-4, "%v = %v from %v", r.Indicator, *r.Value, r.Derived.From)
		}},
		{"Azerbaijan's 2015 reporting gap is a caveat", "D045", func(r *dataset.Record) string {
			_, hasTotal := byID["DT-AZE-2015"]
			return want(strings.Contains(r.Caveat, "gap") && !hasTotal, "caveat %q, total for 2015 exists: %v", r.Caveat, hasTotal)
		}},
		{"Korean ten-month figure beside the Azerbaijani year", "N020", func(r *dataset.Record) string {
			return want(r.End != nil && r.Reporter == "KOR" && slices.Equal(r.Conflicts, []string{"R075", "R076"}) && byID["R075"].Reporter == "AZE",
				"end %v, reporter %q, conflicts %v", r.End, r.Reporter, r.Conflicts)
		}},
		{"kahriz grant amounts side by side", "N004", func(r *dataset.Record) string {
			return want(slices.Equal(r.Conflicts, []string{"R090"}) && slices.Equal(byID["R090"].Conflicts, []string{"N004"}) && r.Caveat != "", "conflicts %v", r.Conflicts)
		}},
		{"other spellings are searchable", "N046", func(r *dataset.Record) string {
			return want(slices.Contains(r.Aliases, "Lee In-yong"), "aliases %v", r.Aliases)
		}},
		{"the IMF source states its vintage", "D001", func(r *dataset.Record) string {
			for _, s := range loadBundled(t).Sources {
				if s.ID == r.Sources[0] {
					return want(strings.Contains(s.Vintage, "2022") && strings.Contains(s.Vintage, "2020"), "vintage %q", s.Vintage)
				}
			}
			return "no source"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := byID[c.id]
			if r == nil {
				t.Fatalf("record %s is missing", c.id)
			}
			if msg := c.check(r); msg != "" {
				t.Errorf("record %s: %s", c.id, msg)
			}
		})
	}
}

// want returns "" when ok holds, else the formatted message.
func want(ok bool, format string, args ...any) string {
	if ok {
		return ""
	}
	return fmt.Sprintf(format, args...)
}

// TestHeadlineIndicatorHasBothReporters checks that the briefing's trade chart gets a line for
// each country's statistics.
func TestHeadlineIndicatorHasBothReporters(t *testing.T) {
	d := loadBundled(t)
	var headline []string
	for _, ind := range d.Indicators {
		if ind.Headline {
			headline = append(headline, ind.ID)
		}
	}
	if !slices.Equal(headline, []string{"dots-trade-total"}) {
		t.Fatalf("headline indicators %v, want [dots-trade-total]", headline)
	}
	reporters := map[string]int{}
	for _, r := range d.Records {
		if r.Indicator == "dots-trade-total" {
			reporters[r.Reporter]++
			if r.Derived == nil {
				t.Errorf("record %s: a DOTS total must be marked derived", r.ID)
			}
		}
	}
	for _, code := range []string{"AZE", "KOR"} {
		if reporters[code] == 0 {
			t.Errorf("no DOTS total reported by %s", code)
		}
	}
}
