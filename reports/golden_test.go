package reports_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"attache/internal/golden"
	"attache/reports"
	"attache/reports/reportstest"
)

func TestGoldenBriefings(t *testing.T) {
	d := reportstest.Bundled(t)
	for _, gs := range reportstest.Golden {
		t.Run(gs.Name, func(t *testing.T) {
			sel := gs.Selection(d)
			b, err := reports.Build(context.Background(), d, sel, reports.Options{
				Generated: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), AppVersion: "golden",
			})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", gs.Name+".golden"), describe(b))
		})
	}
}

// describe writes the briefing model as plain text, one fact per line.
func describe(b *reports.Briefing) []byte {
	var w bytes.Buffer
	c := b.Cover
	fmt.Fprintf(&w, "title: %s\nperiod: %s\nsectors:", c.Title, c.PeriodText())
	for _, s := range c.Sectors {
		fmt.Fprintf(&w, " %s", s.ID)
	}
	fmt.Fprintf(&w, "\ndataset: %s %s\nrecords: %d  sources: %d\n", c.Dataset.ID, c.Dataset.Version, c.RecordCount, c.SourceCount)
	if b.Empty() {
		fmt.Fprintln(&w, "nothing matched")
	}
	fmt.Fprintln(&w, "\nin brief:")
	for _, m := range b.InBrief {
		fmt.Fprintf(&w, "  [%s] %s %v\n", m.Topic, m.Text, m.Sources)
	}
	fmt.Fprintln(&w, "\nrecent developments:")
	for _, it := range b.Recent {
		fmt.Fprintf(&w, "  %s %s%v\n", it.Record.Date, it.Record.ID, it.Sources)
	}
	fmt.Fprintln(&w, "\ndates ahead:")
	for _, a := range b.DatesAhead {
		fmt.Fprintf(&w, "  %s %s %v\n", a.Day, a.Text, a.Sources)
	}
	fmt.Fprintln(&w, "\nkey figures:")
	for _, kf := range b.KeyFigures {
		stale := ""
		if kf.Stale {
			stale = " (stale)"
		}
		fmt.Fprintf(&w, "  %s/%s: %s%s\n", kf.Indicator.ID, kf.Reporter, figureLine(b, kf.Latest), stale)
		if kf.Change != nil {
			fmt.Fprintf(&w, "    change since %s: %s %+.4g", figureLine(b, kf.Change.From), kf.Change.Bound, kf.Change.Absolute)
			if kf.Change.HasPercent {
				fmt.Fprintf(&w, " (%+.1f%%)", kf.Change.Percent)
			} else {
				fmt.Fprintf(&w, " (no percentage: %s)", kf.Change.NoPercent)
			}
			fmt.Fprintln(&w)
		}
		if kf.NoChange != "" {
			fmt.Fprintf(&w, "    no change: %s\n", kf.NoChange)
		}
		for _, f := range kf.Conflicts {
			fmt.Fprintf(&w, "    conflicts with %s\n", figureLine(b, f))
		}
		if kf.Mirror != nil {
			fmt.Fprintf(&w, "    mirror %s\n", figureLine(b, *kf.Mirror))
		}
	}
	fmt.Fprintln(&w, "\nsections:")
	for _, s := range b.Sections {
		fmt.Fprintf(&w, "  %s (%d):", s.Sector.ID, len(s.Items))
		for _, it := range s.Items {
			fmt.Fprintf(&w, " %s%v", it.Record.ID, it.Sources)
		}
		fmt.Fprintln(&w)
	}
	fmt.Fprintln(&w, "\nseries:")
	for _, s := range b.Series {
		head := ""
		if s.Headline {
			head = " [headline]"
		}
		fmt.Fprintf(&w, "  %s%s:", b.SeriesLabel(s), head)
		for _, p := range s.Points {
			fmt.Fprintf(&w, " %d=%s", p.Year, b.FigureText(p.Figure))
			for _, o := range p.Others {
				fmt.Fprintf(&w, " | %s", b.FigureText(o))
			}
		}
		fmt.Fprintln(&w)
	}
	fmt.Fprintf(&w, "\ntimeline: %d items\n\nnotes:\n", len(b.Timeline))
	for _, n := range b.Notes {
		fmt.Fprintf(&w, "  [%s] %s %v\n", n.Kind, n.Text, n.Sources)
	}
	fmt.Fprintln(&w, "\nsources:")
	for _, s := range b.Sources {
		fmt.Fprintf(&w, "  %d %s: %s\n", s.Number, s.ID, s.Title)
	}
	return w.Bytes()
}

func figureLine(b *reports.Briefing, f reports.Figure) string {
	partial := ""
	if f.Partial {
		partial = " partial"
	}
	if c := b.Caveat(f.Record); c != "" {
		partial += " caveat: " + c
	}
	return fmt.Sprintf("%s %s %s%s%v", f.Record.ID, f.Record.Date, b.FigureText(f), partial, f.Sources)
}
