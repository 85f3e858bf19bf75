package reports

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"attache/internal/synthetic"
	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/words"
)

var fixedDate = time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)

func buildFixture(t *testing.T, sel selection.Selection) *Briefing {
	t.Helper()
	b, err := Build(context.Background(), fixture(), sel, Options{Generated: fixedDate, AppVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func keyFigure(t *testing.T, b *Briefing, indicator, reporter string) KeyFigure {
	t.Helper()
	for _, kf := range b.KeyFigures {
		if kf.Indicator.ID == indicator && kf.Reporter == reporter {
			return kf
		}
	}
	t.Fatalf("no key figure for %s/%q", indicator, reporter)
	return KeyFigure{}
}

func TestBuildKeyFigures(t *testing.T) {
	b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture())})

	t.Run("latest value of each indicator and reporter, in dataset order", func(t *testing.T) {
		var got []string
		for _, kf := range b.KeyFigures {
			got = append(got, kf.Indicator.ID+"/"+kf.Reporter+"="+kf.Latest.Record.ID)
		}
		want := []string{"turnover/=T2019P", "exports/XXX=X2018", "imports/YYY=M2018", "invest/XXX=I2"}
		if !slices.Equal(got, want) {
			t.Errorf("key figures = %v, want %v", got, want)
		}
	})
	t.Run("a partial period is flagged and compared only with periods of its length", func(t *testing.T) {
		kf := keyFigure(t, b, "turnover", "")
		if !kf.Latest.Partial {
			t.Error("Jan–Nov 2019 should be partial")
		}
		if kf.Change != nil {
			t.Errorf("no comparable period exists, got a change from %s", kf.Change.From.Record.ID)
		}
	})
	t.Run("change over the range skips derived values", func(t *testing.T) {
		b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture()), To: date("2018")})
		kf := keyFigure(t, b, "turnover", "")
		if kf.Latest.Record.ID != "T2018" || kf.Change == nil || kf.Change.From.Record.ID != "T2016" {
			t.Fatalf("want T2018 compared with T2016, got %+v", kf.Change)
		}
		if kf.Change.Absolute != 127 || !kf.Change.HasPercent || kf.Change.Percent != 127 {
			t.Errorf("change = %+v, want +127 (+127%%)", kf.Change)
		}
	})
	t.Run("mirror figure side by side", func(t *testing.T) {
		kf := keyFigure(t, b, "exports", "XXX")
		if kf.Mirror == nil || kf.Mirror.Record.ID != "M2018" || kf.Mirror.Reporter != "YYY" {
			t.Errorf("mirror = %+v, want M2018 reported by YYY", kf.Mirror)
		}
	})
	t.Run("conflicts side by side", func(t *testing.T) {
		kf := keyFigure(t, b, "invest", "XXX")
		if len(kf.Conflicts) != 1 || kf.Conflicts[0].Record.ID != "I1" {
			t.Errorf("conflicts = %v, want I1", kf.Conflicts)
		}
	})
	t.Run("a conflict outside the range is still shown", func(t *testing.T) {
		b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture()), From: date("2019-10-15")})
		kf := keyFigure(t, b, "invest", "XXX")
		if len(kf.Conflicts) != 1 || kf.Conflicts[0].Record.ID != "I1" {
			t.Errorf("conflicts = %v, want I1", kf.Conflicts)
		}
	})
}

func TestBuildSectionsSeriesNotes(t *testing.T) {
	b := buildFixture(t, selection.Selection{Sectors: []string{"trade", "energy"}})

	var sections []string
	for _, s := range b.Sections {
		sections = append(sections, s.Sector.ID)
	}
	if want := []string{"trade", "energy"}; !slices.Equal(sections, want) {
		t.Errorf("sections = %v, want %v (dataset order, only selected sectors with matches)", sections, want)
	}

	var series []string
	for _, s := range b.Series {
		var years []string
		for _, p := range s.Points {
			years = append(years, p.Figure.Record.ID)
		}
		series = append(series, b.SeriesLabel(s)+":"+strings.Join(years, ","))
	}
	want := []string{
		"Trade turnover:T2016,T2017,T2018", // the partial 2019 is left out
		"Exports (XXX):X2015,X2018",
		"Imports (YYY):M2018",
		"Investment stock (XXX):I2",
	}
	if !slices.Equal(series, want) {
		t.Errorf("series = %v, want %v", series, want)
	}

	kinds := map[NoteKind][]string{}
	for _, n := range b.Notes {
		kinds[n.Kind] = append(kinds[n.Kind], n.Text)
	}
	for kind, fragment := range map[NoteKind]string{
		NoteDerived:  "T2017: about 87.3 USD million is derived, not stated by a source: 2018 ÷ 2.6 (from T2018)",
		NoteConflict: "I1 (10 October 2019) says 474 USD million; I2 (17 October 2019) says 427 USD million",
		NoteInferred: "E2: the date May 2010 is inferred",
		NotePartial:  "T2019P: 200 USD million covers 1 January 2019 to 30 November 2019 only",
		NoteGap:      "Exports (XXX): no whole-year value for 2016, 2017.",
	} {
		if len(kinds[kind]) != 1 || !strings.Contains(kinds[kind][0], fragment) {
			t.Errorf("%s notes = %q, want one containing %q", kind, kinds[kind], fragment)
		}
	}
}

func TestBuildSourcesNumberedByFirstCitation(t *testing.T) {
	b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture())})
	var got []string
	for i, s := range b.Sources {
		if s.Number != i+1 || b.Citations[s.ID] != s.Number {
			t.Errorf("source %s numbered %d at position %d", s.ID, s.Number, i)
		}
		got = append(got, s.ID)
	}
	// The key figures cite first: turnover (s-other, Jan–Nov 2019), then its figures...
	if want := []string{"s-other", "s-stats", "s-news"}; !slices.Equal(got, want) {
		t.Errorf("sources = %v, want %v", got, want)
	}
	for _, it := range b.Timeline {
		for _, n := range it.Sources {
			if n < 1 || n > len(b.Sources) {
				t.Errorf("%s cites %d, outside 1..%d", it.Record.ID, n, len(b.Sources))
			}
		}
	}
}

func TestBuildEmptySelection(t *testing.T) {
	b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture()), From: date("1993"), To: date("2009")})
	if !b.Empty() || len(b.Sections) != 0 || len(b.KeyFigures) != 0 || len(b.Sources) != 0 {
		t.Errorf("want an empty briefing, got %d records", len(b.Records))
	}
	if b.Cover.PeriodText() != "1993 – 2009" {
		t.Errorf("period = %q", b.Cover.PeriodText())
	}
}

// TestBuildUnknownSource: a dataset built in code that cites a source it does not list is
// refused with an error that names the record, not built into a briefing that cannot cite it.
func TestBuildUnknownSource(t *testing.T) {
	d := fixture()
	d.Records[0].Sources = append(d.Records[0].Sources, "no-such-source")
	_, err := Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)}, Options{Generated: fixedDate})
	if err == nil || !strings.Contains(err.Error(), d.Records[0].ID) || !strings.Contains(err.Error(), "no-such-source") {
		t.Errorf("Build gave %v, want an error naming %s and the source", err, d.Records[0].ID)
	}
}

func TestBuildCover(t *testing.T) {
	b := buildFixture(t, selection.Selection{Sectors: selection.AllSectors(fixture()), Kinds: dataset.Kinds})
	c := b.Cover
	if c.Title != "Exland – Wyland: bilateral briefing" || !c.AllSectors || c.Kinds != nil {
		t.Errorf("cover = %+v", c)
	}
	if got := c.PeriodText(); got != "1992-03-23 – 2019-11-30" {
		t.Errorf("open range should state the data's own span, got %q", got)
	}
	if c.RecordCount != 11 || c.SourceCount != 3 || !c.Generated.Equal(fixedDate) {
		t.Errorf("counts/date = %d, %d, %v", c.RecordCount, c.SourceCount, c.Generated)
	}
}

func TestBuildCancelAndProgress(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, fixture(), selection.Selection{Sectors: selection.AllSectors(fixture())}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled build: err = %v, want context.Canceled", err)
	}
	var calls [][2]int
	_, err := Build(context.Background(), fixture(), selection.Selection{}, Options{Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 || calls[len(calls)-1][0] != calls[len(calls)-1][1] {
		t.Errorf("progress must end with done == total, got %v", calls)
	}
}

// TestBuildNoteTextsOnTwoGoroutines checks, on a briefing with more notes than
// parallelTexts, that each note's text is about the note's own record.
func TestBuildNoteTextsOnTwoGoroutines(t *testing.T) {
	d := synthetic.Generate(60000, 7)
	b, err := Build(context.Background(), d, selection.Selection{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]*dataset.Record, len(d.Records))
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	texts := 0
	for _, n := range b.Notes {
		switch n.Kind {
		case NoteInferred, NotePartial, NoteConflict:
			texts++
			if !strings.Contains(n.Text, n.Records[0]) {
				t.Fatalf("a %s note on %s reads %q", n.Kind, n.Records[0], n.Text)
			}
			if r := byID[n.Records[0]]; n.Kind == NoteInferred && !strings.Contains(n.Text, words.Date(b.Lang(), r.Date)) {
				t.Fatalf("the note on %s does not give its date: %q", r.ID, n.Text)
			}
		}
	}
	if texts < parallelTexts {
		t.Fatalf("%d notes with texts, want at least %d for the test to mean anything", texts, parallelTexts)
	}
}
