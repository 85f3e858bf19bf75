package reports

// The rules by which figures never mislead, and the rules of the briefing's page one (In
// brief, Recent developments, Dates ahead), each pinned on a small dataset of its own.

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/selection"
)

// Small datasets built in code: Azerbaijan and Korea, five sectors, the indicators a test
// needs, and one source per record ("src-<record id>"), so that a test can ask which
// record's source a message cites.

type recOpt func(*dataset.Record)

func q(qual dataset.Qualifier) recOpt { return func(r *dataset.Record) { r.Qualifier = qual } }

// by makes the figure one side's statistics (the other side is the partner).
func by(reporter string) recOpt {
	return func(r *dataset.Record) {
		r.Reporter, r.Partner = reporter, "KOR"
		if reporter == "KOR" {
			r.Partner = "AZE"
		}
	}
}

func caveat(text string) recOpt      { return func(r *dataset.Record) { r.Caveat = text } }
func milestone(m string) recOpt      { return func(r *dataset.Record) { r.Milestone = m } }
func ending(end string) recOpt       { return func(r *dataset.Record) { r.End = datePtr(end) } }
func inSectors(ids ...string) recOpt { return func(r *dataset.Record) { r.Sectors = ids } }
func conflicting(ids ...string) recOpt {
	return func(r *dataset.Record) { r.Conflicts = ids }
}
func sumOf(ids ...string) recOpt {
	return func(r *dataset.Record) {
		r.Derived = &dataset.Derivation{Method: "sum of exports and imports", From: ids, Operation: dataset.OpSum}
	}
}
func translated(lang, title string) recOpt {
	return func(r *dataset.Record) {
		if r.Translations == nil {
			r.Translations = map[string]dataset.RecordText{}
		}
		r.Translations[lang] = dataset.RecordText{Title: title}
	}
}

// fig is an indicator record; its title is its id.
func fig(id, when, indicator string, v float64, opts ...recOpt) dataset.Record {
	r := dataset.Record{ID: id, Kind: dataset.Measure, Date: date(when), Sectors: []string{"trade"}, Title: id,
		Indicator: indicator, Value: ptr(v)}
	for _, o := range opts {
		o(&r)
	}
	return r
}

// rec is a record of another kind.
func rec(id, when string, kind dataset.Kind, title string, opts ...recOpt) dataset.Record {
	r := dataset.Record{ID: id, Kind: kind, Date: date(when), Sectors: []string{"diplomacy"}, Title: title}
	for _, o := range opts {
		o(&r)
	}
	return r
}

var (
	turnover = dataset.Indicator{ID: "turnover", Name: "Trade turnover", Unit: "USD million", Kind: dataset.Flow,
		Topic: dataset.TopicTrade, Headline: true,
		Translations: map[string]dataset.IndicatorText{"az": {Name: "Ticarət dövriyyəsi"}, "ko": {Name: "교역액"}}}
	exports = dataset.Indicator{ID: "exports", Name: "Exports", Unit: "USD million", Kind: dataset.Flow}
	imports = dataset.Indicator{ID: "imports", Name: "Imports", Unit: "USD million", Kind: dataset.Flow}
	invest  = dataset.Indicator{ID: "invest", Name: "Investment stock", Unit: "USD million", Kind: dataset.Stock,
		Topic: dataset.TopicInvestment}
	companies = dataset.Indicator{ID: "companies", Name: "Korean companies in Azerbaijan", Unit: "companies",
		Kind: dataset.Count, Topic: dataset.TopicPresence}
)

func mini(indicators []dataset.Indicator, records ...dataset.Record) *dataset.Dataset {
	d := &dataset.Dataset{
		Format: dataset.FormatID, ID: "aze-kor-test", Version: "1", Title: "Test pair",
		Countries: []dataset.Country{
			{Code: "AZE", Name: "Azerbaijan", Translations: map[string]dataset.NameText{"az": {Name: "Azərbaycan"}, "ko": {Name: "아제르바이잔"}}},
			{Code: "KOR", Name: "Republic of Korea", Translations: map[string]dataset.NameText{"az": {Name: "Koreya Respublikası"}, "ko": {Name: "대한민국"}}},
		},
		Sectors: []dataset.Sector{
			{ID: "diplomacy", Name: "Diplomacy"}, {ID: "trade", Name: "Trade"}, {ID: "energy", Name: "Energy"},
			{ID: "culture", Name: "Culture"}, {ID: "education", Name: "Education"},
		},
		Indicators: indicators,
		Records:    records,
	}
	for i := range d.Records {
		r := &d.Records[i]
		if len(r.Sources) == 0 {
			d.Sources = append(d.Sources, dataset.Source{ID: "src-" + r.ID, Title: "Source of " + r.ID})
			r.Sources = []string{"src-" + r.ID}
		}
	}
	return d
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// build validates d (a test's dataset must be one the application would load) and builds
// its briefing as of the day generated.
func build(t *testing.T, d *dataset.Dataset, s selection.Selection, generated string, lang ...i18n.Lang) *Briefing {
	t.Helper()
	if err := dataset.Validate(d, "test.json"); err != nil {
		t.Fatalf("the test's dataset is not valid: %v", err)
	}
	o := Options{Generated: day(generated), AppVersion: "test"}
	if len(lang) > 0 {
		o.Lang = lang[0]
	}
	b, err := Build(context.Background(), d, s, o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cites returns the citation numbers of the sources of the given records, sorted.
func cites(t *testing.T, b *Briefing, ids ...string) []int {
	t.Helper()
	var nums []int
	for _, id := range ids {
		n, ok := b.Citations["src-"+id]
		if !ok {
			t.Fatalf("the source of %s is not cited", id)
		}
		nums = append(nums, n)
	}
	slices.Sort(nums)
	return slices.Compact(nums)
}

func message(t *testing.T, b *Briefing, topic Topic) Message {
	t.Helper()
	for _, m := range b.InBrief {
		if m.Topic == topic {
			return m
		}
	}
	t.Fatalf("no %s message in %+v", topic, b.InBrief)
	return Message{}
}

func TestRuleDerivedTotals(t *testing.T) {
	problems := func(t *testing.T, d *dataset.Dataset) []dataset.Problem {
		t.Helper()
		err := dataset.Validate(d, "test.json")
		var ve *dataset.ValidationError
		if err == nil {
			return nil
		}
		if !errors.As(err, &ve) {
			t.Fatalf("Validate gave %v, want a *ValidationError", err)
		}
		return ve.Problems
	}
	for _, tt := range []struct {
		name    string
		records []dataset.Record
		field   string // the problem's field, "" for none
		message string
	}{
		{
			name: "a total of complete inputs is valid",
			records: []dataset.Record{
				fig("X2017", "2017", "exports", 150), fig("M2017", "2017", "imports", 100),
				fig("T2017", "2017", "turnover", 250, sumOf("X2017", "M2017")),
			},
		},
		{
			name: "a total whose input is missing is refused",
			records: []dataset.Record{
				fig("X2017", "2017", "exports", 150),
				fig("T2017", "2017", "turnover", 150, sumOf("X2017", "M2017")),
			},
			field: "records[1].derived.from[1]", message: `unknown record "M2017"`,
		},
		{
			name: "a total from a record without a value is refused",
			records: []dataset.Record{
				fig("X2017", "2017", "exports", 150), rec("M2017", "2017", dataset.Event, "Imports not published"),
				fig("T2017", "2017", "turnover", 150, sumOf("X2017", "M2017")),
			},
			field: "records[2].derived.from[1]", message: "exists only when all its inputs do",
		},
		{
			name: "a total that is not the sum is refused",
			records: []dataset.Record{
				fig("X2017", "2017", "exports", 150), fig("M2017", "2017", "imports", 100),
				fig("T2017", "2017", "turnover", 300, sumOf("X2017", "M2017")),
			},
			field: "records[2].value", message: "is 300, but the sum of the records in derived.from is 250",
		},
		{
			name: "a total off by more than the rounding tolerance is refused",
			records: []dataset.Record{
				fig("X2017", "2017", "exports", 150.25), fig("M2017", "2017", "imports", 100.25),
				fig("T2017", "2017", "turnover", 250.51, sumOf("X2017", "M2017")),
			},
			field: "records[2].value", message: "the sum of the records in derived.from is 250.5",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := problems(t, mini([]dataset.Indicator{turnover, exports, imports}, tt.records...))
			if tt.field == "" {
				if len(got) > 0 {
					t.Fatalf("want no problem, got %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Field != tt.field || !strings.Contains(got[0].Message, tt.message) {
				t.Errorf("problems = %v, want one at %s saying %q", got, tt.field, tt.message)
			}
		})
	}

	t.Run("a total that exists only for complete years leaves a gap in the series", func(t *testing.T) {
		// Imports for 2017 are not published: there is no total for 2017, and the series of
		// the total says so rather than drawing a line through a year it does not know.
		d := mini([]dataset.Indicator{turnover, exports, imports},
			fig("X2016", "2016", "exports", 140), fig("M2016", "2016", "imports", 90),
			fig("X2017", "2017", "exports", 150),
			fig("X2018", "2018", "exports", 160), fig("M2018", "2018", "imports", 110),
			fig("T2016", "2016", "turnover", 230, sumOf("X2016", "M2016")),
			fig("T2018", "2018", "turnover", 270, sumOf("X2018", "M2018")),
		)
		b := build(t, d, selection.Selection{}, "2019-06-01")
		var years []int
		for _, s := range b.Series {
			if s.Indicator.ID == "turnover" {
				for _, p := range s.Points {
					years = append(years, p.Year)
				}
			}
		}
		if !slices.Equal(years, []int{2016, 2018}) {
			t.Errorf("turnover years = %v, want [2016 2018]: no point for 2017", years)
		}
		var gaps []string
		for _, n := range b.Notes {
			if n.Kind == NoteGap {
				gaps = append(gaps, n.Text)
			}
		}
		if want := "Trade turnover: no whole-year value for 2017."; !slices.Contains(gaps, want) {
			t.Errorf("gap notes = %q, want %q", gaps, want)
		}
		// Two totals derived the same way compare: the base is the earlier complete year.
		if kf := keyFigure(t, b, "turnover", ""); kf.Change == nil || kf.Change.From.Record.ID != "T2016" {
			t.Errorf("turnover change = %+v, want one from T2016 (both totals are sums of the same flows)", kf.Change)
		}
	})
}

func TestRuleChangeBounds(t *testing.T) {
	for _, tt := range []struct {
		name         string
		base, latest dataset.Qualifier
		noChange     Why
		bound        dataset.Qualifier
		noPercent    Why
	}{
		{name: "exact to exact is exact", base: dataset.Exact, latest: dataset.Exact, bound: dataset.Exact},
		{name: "exact to at least is at least", base: dataset.Exact, latest: dataset.AtLeast, bound: dataset.AtLeast},
		{name: "exact to at most is at most", base: dataset.Exact, latest: dataset.AtMost, bound: dataset.AtMost},
		{name: "at least to exact is at most, with no percentage", base: dataset.AtLeast, latest: dataset.Exact,
			bound: dataset.AtMost, noPercent: WhyBoundedBase},
		{name: "at most to exact is at least, with no percentage", base: dataset.AtMost, latest: dataset.Exact,
			bound: dataset.AtLeast, noPercent: WhyBoundedBase},
		{name: "at most to at least is at least, with no percentage", base: dataset.AtMost, latest: dataset.AtLeast,
			bound: dataset.AtLeast, noPercent: WhyBoundedBase},
		{name: "at least to at least gives no change", base: dataset.AtLeast, latest: dataset.AtLeast, noChange: WhyBounds},
		{name: "at most to at most gives no change", base: dataset.AtMost, latest: dataset.AtMost, noChange: WhyBounds},
		{name: "at least to at most is at most, with no percentage", base: dataset.AtLeast, latest: dataset.AtMost,
			bound: dataset.AtMost, noPercent: WhyBoundedBase},
		{name: "approximate to at least gives no change", base: dataset.Approx, latest: dataset.AtLeast, noChange: WhyBounds},
		{name: "at least to approximate gives no change", base: dataset.AtLeast, latest: dataset.Approx, noChange: WhyBounds},
		{name: "approximate to exact is approximate", base: dataset.Approx, latest: dataset.Exact, bound: dataset.Approx},
		{name: "exact to approximate is approximate", base: dataset.Exact, latest: dataset.Approx, bound: dataset.Approx},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mini([]dataset.Indicator{turnover},
				fig("T2018", "2018", "turnover", 40, q(tt.base)), fig("T2020", "2020", "turnover", 77, q(tt.latest)))
			kf := keyFigure(t, build(t, d, selection.Selection{}, "2021-06-01"), "turnover", "")
			if kf.Latest.Record.ID != "T2020" {
				t.Fatalf("latest = %s, want T2020", kf.Latest.Record.ID)
			}
			if tt.noChange != "" {
				if kf.Change != nil || kf.NoChange != tt.noChange {
					t.Errorf("change = %+v, NoChange = %q; want no change because %q", kf.Change, kf.NoChange, tt.noChange)
				}
				return
			}
			c := kf.Change
			if c == nil || kf.NoChange != "" {
				t.Fatalf("no change (NoChange %q), want one from T2018", kf.NoChange)
			}
			if c.From.Record.ID != "T2018" || c.Absolute != 37 || c.Bound != tt.bound {
				t.Errorf("change = %s %+v from %s, want %s +37 from T2018", c.Bound, c.Absolute, c.From.Record.ID, tt.bound)
			}
			if c.NoPercent != tt.noPercent || c.HasPercent != (tt.noPercent == "") {
				t.Errorf("percentage: HasPercent %v, NoPercent %q; want NoPercent %q", c.HasPercent, c.NoPercent, tt.noPercent)
			}
			if c.HasPercent && c.Percent != 92.5 {
				t.Errorf("percent = %v, want 92.5", c.Percent)
			}
		})
	}
}

func TestRuleCaveats(t *testing.T) {
	t.Run("a caveated base is never the base: the next comparable value is", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover},
			fig("T2016", "2016", "turnover", 50, caveat("customs changed their method")),
			fig("T2017", "2017", "turnover", 80), fig("T2019", "2019", "turnover", 100))
		kf := keyFigure(t, build(t, d, selection.Selection{}, "2020-06-01"), "turnover", "")
		if kf.Change == nil || kf.Change.From.Record.ID != "T2017" || kf.Change.Absolute != 20 || kf.Change.Percent != 25 {
			t.Errorf("change = %+v, want +20 (+25%%) from T2017", kf.Change)
		}
	})
	t.Run("a caveated latest value gives no change", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover},
			fig("T2017", "2017", "turnover", 80), fig("T2019", "2019", "turnover", 100, caveat("January to October only")))
		kf := keyFigure(t, build(t, d, selection.Selection{}, "2020-06-01"), "turnover", "")
		if kf.Change != nil || kf.NoChange != WhyCaveat {
			t.Errorf("change = %+v, NoChange = %q; want none because %q", kf.Change, kf.NoChange, WhyCaveat)
		}
	})
	t.Run("a latest value that sources state differently gives no change", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover},
			fig("T2017", "2017", "turnover", 80), fig("T2019", "2019", "turnover", 100), fig("T2019B", "2019", "turnover", 95))
		kf := keyFigure(t, build(t, d, selection.Selection{}, "2020-06-01"), "turnover", "")
		if len(kf.Conflicts) == 0 || kf.Change != nil || kf.NoChange != WhyConflict {
			t.Errorf("conflicts %d, change = %+v, NoChange = %q; want none because %q", len(kf.Conflicts), kf.Change, kf.NoChange, WhyConflict)
		}
	})
}

func TestRuleTinyBase(t *testing.T) {
	for _, tt := range []struct {
		name    string
		base    float64
		percent bool
	}{
		{"a base under 1% of the latest value gives no percentage", 0.5, false},
		{"a zero base gives no percentage", 0, false},
		{"a base of exactly 1% of the latest value gives one", 1, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mini([]dataset.Indicator{turnover},
				fig("T2017", "2017", "turnover", tt.base), fig("T2019", "2019", "turnover", 100))
			kf := keyFigure(t, build(t, d, selection.Selection{}, "2020-06-01"), "turnover", "")
			c := kf.Change
			if c == nil || c.Absolute != 100-tt.base || c.Bound != dataset.Exact {
				t.Fatalf("change = %+v, want exactly %v", c, 100-tt.base)
			}
			if tt.percent {
				if !c.HasPercent || c.NoPercent != "" || c.Percent != 9900 {
					t.Errorf("percentage = %v (HasPercent %v, NoPercent %q), want 9900", c.Percent, c.HasPercent, c.NoPercent)
				}
			} else if c.HasPercent || c.NoPercent != WhyTinyBase {
				t.Errorf("HasPercent %v, NoPercent %q; want no percentage because %q", c.HasPercent, c.NoPercent, WhyTinyBase)
			}
		})
	}
}

func TestRuleSeriesConflict(t *testing.T) {
	for _, tt := range []struct {
		name    string
		records []dataset.Record
		chosen  string
		others  []string
	}{
		{
			name: "an exact value is plainer than an approximate one",
			records: []dataset.Record{
				fig("A2018", "2018", "turnover", 230, q(dataset.Approx), conflicting("B2018")),
				fig("B2018", "2018", "turnover", 227, conflicting("A2018")),
			},
			chosen: "B2018", others: []string{"A2018"},
		},
		{
			name: "a stated value is plainer than a derived one",
			records: []dataset.Record{
				fig("X2018", "2018", "exports", 150), fig("M2018", "2018", "imports", 80),
				fig("A2018", "2018", "turnover", 230, sumOf("X2018", "M2018")),
				fig("B2018", "2018", "turnover", 225, q(dataset.Approx)),
			},
			chosen: "B2018", others: []string{"A2018"},
		},
		{
			name: "every other value is kept, the same value is not repeated",
			records: []dataset.Record{
				fig("A2018", "2018", "turnover", 227), fig("B2018", "2018", "turnover", 240, q(dataset.AtLeast)),
				fig("C2018", "2018", "turnover", 210, q(dataset.Approx)), fig("D2018", "2018", "turnover", 227),
			},
			chosen: "A2018", others: []string{"B2018", "C2018"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mini([]dataset.Indicator{turnover, exports, imports}, tt.records...)
			b := build(t, d, selection.Selection{}, "2019-06-01")
			i := slices.IndexFunc(b.Series, func(s Series) bool { return s.Indicator.ID == "turnover" })
			if i < 0 || len(b.Series[i].Points) != 1 {
				t.Fatalf("want one turnover point, got %+v", b.Series)
			}
			p := b.Series[i].Points[0]
			var others []string
			for _, o := range p.Others {
				others = append(others, o.Record.ID)
			}
			slices.Sort(others)
			if p.Figure.Record.ID != tt.chosen || !slices.Equal(others, tt.others) {
				t.Errorf("point = %s with others %v, want %s with %v", p.Figure.Record.ID, others, tt.chosen, tt.others)
			}
		})
	}
}

func TestRuleStale(t *testing.T) {
	for _, tt := range []struct {
		name      string
		when      string // the figure's date
		generated string
		stale     bool
	}{
		{"a year that ended three years before is stale", "2023", "2026-12-02", true},
		{"a year that ended under two years before is not", "2024", "2026-12-02", false},
		{"exactly two years after the period's end is not stale", "2024", "2026-12-31", false},
		{"a day more than two years after it is", "2024", "2027-01-01", true},
		{"a level stated on a day counts from that day", "2024-06-01", "2026-06-15", true},
		{"a level stated for a month counts from the month's end", "2024-06", "2026-06-15", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mini([]dataset.Indicator{invest}, fig("I", tt.when, "invest", 474, by("AZE")))
			if kf := keyFigure(t, build(t, d, selection.Selection{}, tt.generated), "invest", "AZE"); kf.Stale != tt.stale {
				t.Errorf("Stale = %v, want %v", kf.Stale, tt.stale)
			}
		})
	}
}

func TestInBrief(t *testing.T) {
	t.Run("relationship: relations, embassies and agreements", func(t *testing.T) {
		d := mini(nil,
			rec("REL", "1992-03-23", dataset.Event, "Diplomatic relations established", milestone("relations")),
			rec("EMB1", "2004-06-01", dataset.Event, "Embassy of Azerbaijan opens in Seoul", milestone("embassy")),
			rec("EMB2", "2007-10-15", dataset.Event, "Embassy of Korea opens in Baku", milestone("embassy")),
			rec("AG1", "2008-04-21", dataset.Agreement, "Agreement on trade", inSectors("trade")),
			rec("AG2", "2015-03-02", dataset.Agreement, "Agreement on culture", inSectors("culture")),
			rec("EV", "2019-05-05", dataset.Event, "Trade fair", inSectors("trade")),
		)
		for _, tt := range []struct {
			name string
			sel  selection.Selection
			text string
			ids  []string
		}{
			{"every sector", selection.Selection{},
				"Diplomatic relations since 23 March 1992 (embassies: “Embassy of Azerbaijan opens in Seoul” (1 June 2004); “Embassy of Korea opens in Baku” (15 October 2007)). " +
					"The selection holds 2 agreements; the latest is “Agreement on culture” (2 March 2015).",
				[]string{"REL", "EMB1", "EMB2", "AG2"}},
			{"a selection without diplomacy still states the relations", selection.Selection{Sectors: []string{"trade"}},
				"Diplomatic relations since 23 March 1992 (embassies: “Embassy of Azerbaijan opens in Seoul” (1 June 2004); “Embassy of Korea opens in Baku” (15 October 2007)). " +
					"The selection holds 1 agreement: “Agreement on trade” (21 April 2008).",
				[]string{"REL", "EMB1", "EMB2", "AG1"}},
			{"a range that ends before the embassies opened names none", selection.Selection{To: date("2003")},
				"Diplomatic relations since 23 March 1992.", []string{"REL"}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				b := build(t, d, tt.sel, "2020-01-01")
				m := message(t, b, TopicRelationship)
				if m.Text != tt.text {
					t.Errorf("text = %q\nwant   %q", m.Text, tt.text)
				}
				if want := cites(t, b, tt.ids...); !slices.Equal(m.Sources, want) {
					t.Errorf("sources = %v, want %v", m.Sources, want)
				}
			})
		}
	})

	t.Run("trade as each side reports it", func(t *testing.T) {
		for _, tt := range []struct {
			name      string
			kor2020   float64
			generated string
			text      string
		}{
			{"the two sides differ widely (1.52 times)", 760, "2021-09-01",
				"Trade: 500 USD million in 2020, +25% on 2018 as Azerbaijan reports it; 760 USD million in 2020, -5% on 2018 as Republic of Korea reports it. " +
					"For 2020 the two sides' statistics differ widely: 500 USD million by Azerbaijan, 760 USD million by Republic of Korea."},
			{"exactly 1.5 times is a wide difference", 750, "2021-09-01",
				"Trade: 500 USD million in 2020, +25% on 2018 as Azerbaijan reports it; 750 USD million in 2020, -6.3% on 2018 as Republic of Korea reports it. " +
					"For 2020 the two sides' statistics differ widely: 500 USD million by Azerbaijan, 750 USD million by Republic of Korea."},
			{"under 1.5 times is not", 740, "2021-09-01",
				"Trade: 500 USD million in 2020, +25% on 2018 as Azerbaijan reports it; 740 USD million in 2020, -7.5% on 2018 as Republic of Korea reports it."},
			{"a figure more than two years old says so", 740, "2023-06-01",
				"Trade: 500 USD million in 2020 (latest available), +25% on 2018 as Azerbaijan reports it; 740 USD million in 2020 (latest available), -7.5% on 2018 as Republic of Korea reports it."},
		} {
			t.Run(tt.name, func(t *testing.T) {
				d := mini([]dataset.Indicator{turnover},
					fig("A2018", "2018", "turnover", 400, by("AZE")), fig("A2020", "2020", "turnover", 500, by("AZE")),
					// part of a year is never the latest whole year
					fig("A2021H1", "2021-01", "turnover", 300, by("AZE"), ending("2021-06")),
					fig("K2018", "2018", "turnover", 800, by("KOR")), fig("K2020", "2020", "turnover", tt.kor2020, by("KOR")),
				)
				b := build(t, d, selection.Selection{}, tt.generated)
				m := message(t, b, TopicTrade)
				if m.Text != tt.text {
					t.Errorf("text = %q\nwant   %q", m.Text, tt.text)
				}
				if want := cites(t, b, "A2020", "K2020"); !slices.Equal(m.Sources, want) {
					t.Errorf("sources = %v, want %v (the latest figures')", m.Sources, want)
				}
			})
		}
	})

	t.Run("trade change only from a comparable year", func(t *testing.T) {
		for _, tt := range []struct {
			name    string
			records []dataset.Record
			text    string
		}{
			{"a bounded year is passed over",
				[]dataset.Record{fig("T2017", "2017", "turnover", 300, q(dataset.AtLeast)), fig("T2018", "2018", "turnover", 400), fig("T2020", "2020", "turnover", 500)},
				"Trade: 500 USD million in 2020, +25% on 2018."},
			{"an approximate value makes the change approximate",
				[]dataset.Record{fig("T2018", "2018", "turnover", 400, q(dataset.Approx)), fig("T2020", "2020", "turnover", 500)},
				"Trade: 500 USD million in 2020, about +25% on 2018."},
			{"a bounded latest value gives no change",
				[]dataset.Record{fig("T2018", "2018", "turnover", 400), fig("T2020", "2020", "turnover", 500, q(dataset.AtLeast))},
				"Trade: at least 500 USD million in 2020."},
			{"a caveated latest value gives no change and states its caveat",
				[]dataset.Record{fig("T2018", "2018", "turnover", 400), fig("T2020", "2020", "turnover", 500, caveat("customs data only"))},
				"Trade: 500 USD million in 2020 (caveat: customs data only)."},
			{"a tiny base gives no change",
				[]dataset.Record{fig("T2018", "2018", "turnover", 4), fig("T2020", "2020", "turnover", 500)},
				"Trade: 500 USD million in 2020."},
			{"a conflicting latest value gives no change and names the other",
				[]dataset.Record{fig("T2018", "2018", "turnover", 400), fig("T2020", "2020", "turnover", 500, conflicting("U2020")),
					fig("U2020", "2020", "turnover", 520, q(dataset.Approx), conflicting("T2020"))},
				"Trade: 500 USD million in 2020 (another source: about 520 USD million)."},
		} {
			t.Run(tt.name, func(t *testing.T) {
				b := build(t, mini([]dataset.Indicator{turnover}, tt.records...), selection.Selection{}, "2021-06-01")
				if m := message(t, b, TopicTrade); m.Text != tt.text {
					t.Errorf("text = %q\nwant   %q", m.Text, tt.text)
				}
			})
		}
	})

	t.Run("investment and presence, a conflict stated as such", func(t *testing.T) {
		d := mini([]dataset.Indicator{invest, companies},
			fig("I0", "2017-12-31", "invest", 300, by("AZE")),
			fig("I1", "2019-10-10", "invest", 474, by("AZE"), conflicting("I2")),
			fig("I2", "2019-10-17", "invest", 427, by("AZE"), conflicting("I1")),
			fig("C1", "2020-01", "companies", 120, q(dataset.AtLeast)),
		)
		b := build(t, d, selection.Selection{}, "2020-06-01")
		var got []Message
		for _, m := range b.InBrief {
			if m.Topic == TopicInvestment {
				got = append(got, m)
			}
		}
		want := []Message{
			{TopicInvestment, "Investment stock, reported by Azerbaijan: 427 USD million (17 October 2019) by one source, 474 USD million (10 October 2019) by another; the sources disagree and neither is preferred.",
				cites(t, b, "I1", "I2")},
			{TopicInvestment, "Korean companies in Azerbaijan: at least 120 companies (January 2020).", cites(t, b, "C1")},
		}
		if len(got) != len(want) {
			t.Fatalf("investment messages = %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i].Text != want[i].Text || !slices.Equal(got[i].Sources, want[i].Sources) {
				t.Errorf("message %d = %+v\nwant        %+v", i, got[i], want[i])
			}
		}
	})

	t.Run("contacts: the latest three visits, newest first", func(t *testing.T) {
		d := mini(nil,
			rec("V1", "2018-02-01", dataset.Event, "Visit one", milestone("visit")),
			rec("V2", "2019-03", dataset.Event, "Visit two", milestone("visit")),
			rec("V3", "2020-04-04", dataset.Event, "Visit three", milestone("visit")),
			rec("V4", "2021-05-05", dataset.Event, "Visit four", milestone("visit")),
			rec("V5", "2022-06-06", dataset.Event, "Commission session", milestone("visit")),
			rec("EV", "2023-01-01", dataset.Event, "A conference, not a visit"),
		)
		b := build(t, d, selection.Selection{}, "2023-06-01")
		m := message(t, b, TopicContacts)
		if want := "Latest high-level contacts: “Commission session” (6 June 2022); “Visit four” (5 May 2021); “Visit three” (4 April 2020)."; m.Text != want {
			t.Errorf("text = %q\nwant   %q", m.Text, want)
		}
		if want := cites(t, b, "V3", "V4", "V5"); !slices.Equal(m.Sources, want) {
			t.Errorf("sources = %v, want %v", m.Sources, want)
		}
		b = build(t, d, selection.Selection{To: date("2019")}, "2023-06-01")
		if m := message(t, b, TopicContacts); m.Text != "Latest high-level contacts: “Visit two” (March 2019); “Visit one” (1 February 2018)." {
			t.Errorf("a range to 2019: text = %q", m.Text)
		}
	})

	t.Run("sectors: the three with most items, the rest counted", func(t *testing.T) {
		d := mini(nil,
			rec("D1", "2019-01-01", dataset.Event, "Diplomacy one"),
			rec("T1", "2019-01-02", dataset.Event, "Trade one", inSectors("trade")),
			rec("T2", "2019-01-03", dataset.Event, "Trade two", inSectors("trade", "energy")),
			rec("T3", "2019-01-04", dataset.Event, "Trade three", inSectors("trade")),
			rec("T4", "2019-01-05", dataset.Event, "Trade four", inSectors("trade")),
			rec("E1", "2019-01-06", dataset.Event, "Energy one", inSectors("energy")),
			rec("E2", "2019-01-07", dataset.Event, "Energy two", inSectors("energy")),
			rec("C1", "2019-01-08", dataset.Event, "Culture one", inSectors("culture")),
			rec("C2", "2019-01-09", dataset.Event, "Culture two", inSectors("culture")),
			rec("S1", "2019-01-10", dataset.Event, "Education one", inSectors("education")),
		)
		b := build(t, d, selection.Selection{}, "2019-06-01")
		m := message(t, b, TopicSector)
		want := "By sector: Trade: 4 items, the latest “Trade four” (5 January 2019); Energy: 3 items, the latest “Energy two” (7 January 2019); " +
			"Culture: 2 items, the latest “Culture two” (9 January 2019). 2 more sectors have items; see their sections."
		if m.Text != want {
			t.Errorf("text = %q\nwant   %q", m.Text, want)
		}
		if want := cites(t, b, "T4", "E2", "C2"); !slices.Equal(m.Sources, want) {
			t.Errorf("sources = %v, want %v", m.Sources, want)
		}
		b = build(t, d, selection.Selection{Sectors: []string{"energy", "education"}}, "2019-06-01")
		want = "By sector: Energy: 3 items, the latest “Energy two” (7 January 2019); Education: 1 item, “Education one” (10 January 2019)."
		if m := message(t, b, TopicSector); m.Text != want {
			t.Errorf("two sectors: text = %q\nwant   %q", m.Text, want)
		}
	})

	t.Run("limits: stale figures and gaps", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover, invest},
			fig("T2016", "2016", "turnover", 100), fig("T2019", "2019", "turnover", 150),
			fig("I2026", "2026-06-30", "invest", 474, by("AZE")),
		)
		b := build(t, d, selection.Selection{}, "2026-12-02")
		m := message(t, b, TopicLimits)
		want := "1 of the 2 key figures is more than two years old (from 2019); it says so. " +
			"Some yearly series have years without data; the notes list them, and the chart leaves them as gaps."
		if m.Text != want {
			t.Errorf("text = %q\nwant   %q", m.Text, want)
		}
		// What the briefing cannot say is no fact of the data: the message cites nothing.
		if len(m.Sources) != 0 {
			t.Errorf("sources = %v, want none", m.Sources)
		}
		b = build(t, d, selection.Selection{Sectors: []string{"trade"}, From: date("2019")}, "2020-06-01")
		if m := message(t, b, TopicLimits); m.Text != "The selection covers 1 of the dataset's 5 sectors." {
			t.Errorf("a fresh selection of one sector: text = %q", m.Text)
		}
		b = build(t, d, selection.Selection{From: date("2000"), To: date("2001")}, "2020-06-01")
		if len(b.InBrief) != 1 || b.InBrief[0].Text != "Nothing in the dataset matches this selection: widen the period or select more sectors." {
			t.Errorf("an empty selection: in brief = %+v", b.InBrief)
		}
	})

	t.Run("order and sources of every message", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover, invest, companies},
			rec("REL", "1992-03-23", dataset.Event, "Diplomatic relations established", milestone("relations")),
			rec("AG", "2015-03-02", dataset.Agreement, "Agreement on culture", inSectors("culture")),
			rec("V", "2019-05-05", dataset.Event, "State visit", milestone("visit")),
			fig("T2016", "2016", "turnover", 100), fig("T2019", "2019", "turnover", 150),
			fig("I", "2019-06-30", "invest", 474, by("AZE")),
			fig("C", "2019-06-30", "companies", 120),
		)
		b := build(t, d, selection.Selection{}, "2026-12-02")
		var topics []Topic
		for _, m := range b.InBrief {
			topics = append(topics, m.Topic)
			if m.Topic != TopicLimits && len(m.Sources) == 0 {
				t.Errorf("%s message %q cites no source", m.Topic, m.Text)
			}
			for _, n := range m.Sources {
				if n < 1 || n > len(b.Sources) {
					t.Errorf("%s message cites %d, outside 1..%d", m.Topic, n, len(b.Sources))
				}
			}
		}
		want := []Topic{TopicRelationship, TopicTrade, TopicInvestment, TopicInvestment, TopicContacts, TopicSector, TopicLimits}
		if !slices.Equal(topics, want) {
			t.Errorf("topics = %v, want %v", topics, want)
		}
	})
}

func TestDatesAhead(t *testing.T) {
	d := mini(nil,
		rec("REL", "1992-03-23", dataset.Event, "Diplomatic relations established", milestone("relations")),
		rec("EMB23", "2004-01-15", dataset.Event, "Embassy opens (23rd anniversary ahead)", milestone("embassy")),
		rec("EMB25PAST", "2001-12-01", dataset.Event, "Embassy opens (25th anniversary just past)", milestone("embassy")),
		rec("EMB25LAST", "2002-12-02", dataset.Event, "Embassy opens (25th anniversary on the last day)", milestone("embassy")),
		rec("EMB25LATE", "2002-12-03", dataset.Event, "Embassy opens (25th anniversary a day too late)", milestone("embassy")),
		rec("AG", "2002-06-15", dataset.Agreement, "Agreement on trade", inSectors("trade")),
		rec("AGMONTH", "2002-06", dataset.Agreement, "Agreement dated to the month"),
		rec("SESSION", "2027-02-10", dataset.Event, "Joint commission session", inSectors("trade")),
	)
	b := build(t, d, selection.Selection{}, "2026-12-02")
	type ahead struct {
		day, text, record string
		years             int
	}
	var got []ahead
	for _, a := range b.DatesAhead {
		got = append(got, ahead{a.Day.String(), a.Text, a.Record.ID, a.Years})
		if len(a.Sources) != 1 || a.Sources[0] != cites(t, b, a.Record.ID)[0] {
			t.Errorf("%s cites %v, want the source of %s", a.Text, a.Sources, a.Record.ID)
		}
	}
	want := []ahead{
		{"2027-02-10", "Scheduled: Joint commission session", "SESSION", 0},
		{"2027-03-23", "35th anniversary of diplomatic relations", "REL", 35},
		{"2027-06-15", "25th anniversary: Agreement on trade", "AG", 25},
		{"2027-12-02", "25th anniversary: Embassy opens (25th anniversary on the last day)", "EMB25LAST", 25},
	}
	if !slices.Equal(got, want) {
		t.Errorf("dates ahead =\n%v\nwant\n%v", got, want)
	}

	t.Run("a selection of other sectors keeps the milestones, not the agreement", func(t *testing.T) {
		b := build(t, d, selection.Selection{Sectors: []string{"culture"}}, "2026-12-02")
		var ids []string
		for _, a := range b.DatesAhead {
			ids = append(ids, a.Record.ID)
		}
		if want := []string{"REL", "EMB25LAST"}; !slices.Equal(ids, want) {
			t.Errorf("dates ahead = %v, want %v", ids, want)
		}
	})
}

func TestRecentDevelopments(t *testing.T) {
	d := mini(nil,
		rec("OUT", "2022-06-30", dataset.Event, "A day before the 24 months"),
		rec("FIRST", "2022-07-01", dataset.Event, "The first day of the 24 months"),
		rec("MONTH", "2022-07", dataset.Event, "A month at the start"),
		rec("YEAR", "2022", dataset.Event, "A year that ends inside them"),
		rec("MID", "2023-05-10", dataset.Event, "In the middle"),
		rec("LAST", "2024-06-15", dataset.Event, "Near the end"),
		rec("AFTER", "2024-07-01", dataset.Event, "After the range"),
	)
	b := build(t, d, selection.Selection{To: date("2024-06")}, "2026-12-02")
	var got []string
	for _, it := range b.Recent {
		got = append(got, it.Record.ID)
	}
	if want := []string{"LAST", "MID", "YEAR", "MONTH", "FIRST"}; !slices.Equal(got, want) {
		t.Errorf("recent = %v, want %v (the 24 months to 30 June 2024, newest first)", got, want)
	}
}

func TestBriefLanguages(t *testing.T) {
	d := mini([]dataset.Indicator{turnover},
		rec("REL", "1992-03-23", dataset.Event, "Diplomatic relations established", milestone("relations")),
		rec("AG", "2015-03-02", dataset.Agreement, "Agreement on culture", inSectors("culture")),
		rec("AG2", "2016-04-05", dataset.Agreement, "Agreement on trade", inSectors("trade"),
			translated("ko", "무역 협정")),
		fig("T2016", "2016", "turnover", 100), fig("T2018", "2018", "turnover", 150),
	)
	for _, tt := range []struct {
		lang              i18n.Lang
		relationship, gap string
		ahead             string
		untranslated      int
	}{
		{i18n.Az,
			"Diplomatik münasibətlər 23 mart 1992 tarixindən qurulub. Seçimdə 2 saziş var; ən sonuncusu: “Agreement on trade [ingiliscə]” (5 aprel 2016).",
			"Ticarət dövriyyəsi: 2017 üçün bütün il üzrə dəyər yoxdur.",
			"Diplomatik münasibətlərin 35-ci ildönümü", 5},
		{i18n.Ko,
			"1992년 3월 23일 수교. 선택 범위에 협정 2건이 있으며, 가장 최근 협정은 ‘무역 협정’(2016년 4월 5일)이다.",
			"교역액: 2017년의 연간 값이 없습니다.",
			"수교 35주년", 4},
	} {
		t.Run(tt.lang.String(), func(t *testing.T) {
			b := build(t, d, selection.Selection{}, "2026-12-02", tt.lang)
			if m := message(t, b, TopicRelationship); m.Text != tt.relationship {
				t.Errorf("relationship = %q\nwant           %q", m.Text, tt.relationship)
			}
			var gap string
			for _, n := range b.Notes {
				if n.Kind == NoteGap {
					gap = n.Text
				}
			}
			if gap != tt.gap {
				t.Errorf("gap note = %q\nwant       %q", gap, tt.gap)
			}
			if len(b.DatesAhead) != 1 || b.DatesAhead[0].Text != tt.ahead {
				t.Errorf("dates ahead = %+v, want %q", b.DatesAhead, tt.ahead)
			}
			if b.Cover.Untranslated != tt.untranslated {
				t.Errorf("untranslated = %d, want %d", b.Cover.Untranslated, tt.untranslated)
			}
		})
	}
}

// TestBriefKeysInEveryLanguage reads the model's and the renderers' code for the message
// keys of page one and of the reasons a change is not shown, and wants each in every
// language's own catalog (a counted key in its .one and .other forms).
func TestBriefKeysInEveryLanguage(t *testing.T) {
	counted := regexp.MustCompile(`\bN\("((?:brief|ahead|why)\.[A-Za-z0-9._-]+)"`)
	literal := regexp.MustCompile(`"((?:brief|ahead|why)\.[A-Za-z0-9._-]+)"`)
	keys := map[string]bool{} // key → counted
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src := string(data)
		for _, m := range counted.FindAllStringSubmatch(src, -1) {
			keys[m[1]] = true
		}
		for _, m := range literal.FindAllStringSubmatch(src, -1) {
			if !keys[m[1]] {
				keys[m[1]] = false
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The reasons are written "why."+reason.
	for _, why := range []Why{WhyBounds, WhyCaveat, WhyBoundedBase, WhyTinyBase} {
		keys["why."+string(why)] = false
	}
	t.Logf("%d keys", len(keys))
	if len(keys) < 30 {
		t.Fatalf("found only %d keys: %v", len(keys), keys)
	}
	for key, isCounted := range keys {
		forms := []string{key}
		if isCounted {
			forms = []string{key + ".one", key + ".other"}
		}
		for _, form := range forms {
			for _, l := range i18n.Langs {
				if !l.Has(form) {
					t.Errorf("%s: no %q", l, form)
				}
			}
		}
	}
}

// TestBriefFixes pins two rules a first version of In brief and Dates ahead broke: the trade
// change is never from a derived value, and the anniversary of 29 February is a real day.
func TestBriefFixes(t *testing.T) {
	t.Run("the trade change of In brief is never from a derived value", func(t *testing.T) {
		d := mini([]dataset.Indicator{turnover, exports, imports},
			fig("X2016", "2016", "exports", 60), fig("M2016", "2016", "imports", 40),
			fig("T2016", "2016", "turnover", 100, sumOf("X2016", "M2016")),
			fig("T2017", "2017", "turnover", 120), fig("T2019", "2019", "turnover", 150))
		b := build(t, d, selection.Selection{}, "2020-06-01")
		if kf := keyFigure(t, b, "turnover", ""); kf.Change == nil || kf.Change.From.Record.ID != "T2017" {
			t.Fatalf("key figure change = %+v, want from T2017", kf.Change)
		}
		if m, want := message(t, b, TopicTrade), "Trade: 150 USD million in 2019, +25% on 2017."; m.Text != want {
			t.Errorf("text = %q, want %q (the key figure's base)", m.Text, want)
		}
	})
	t.Run("the anniversary of 29 February is a real day", func(t *testing.T) {
		d := mini(nil, rec("REL", "1996-02-29", dataset.Event, "Relations", milestone("relations")))
		b := build(t, d, selection.Selection{}, "2026-01-10")
		if len(b.DatesAhead) != 1 {
			t.Fatalf("dates ahead = %+v, want the 30th anniversary", b.DatesAhead)
		}
		if a := b.DatesAhead[0]; dataset.DayOfTime(a.Day.Time()) != a.Day {
			t.Errorf("the 30th anniversary is on %s, which is no day of 2026", a.Day)
		}
	})
}
