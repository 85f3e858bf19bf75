package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/words"
)

// TestSelectionUpdatesPreview changes the selection as a user would and checks that the
// counts, the table, the summary line and the export commands follow.
func TestSelectionUpdatesPreview(t *testing.T) {
	tests := []struct {
		name      string
		act       func(tu *testUI)
		exports   bool
		reason    string // part of the reason shown when exports are off
		checkRows func(t *testing.T, tu *testUI)
	}{
		{
			name:    "every sector at start",
			act:     func(tu *testUI) {},
			exports: true,
			checkRows: func(t *testing.T, tu *testUI) {
				if got, want := tu.rows(), len(tu.ws.data().Records); got != want {
					t.Errorf("rows = %d, want every record (%d)", got, want)
				}
			},
		},
		{
			name: "one sector",
			act: func(tu *testUI) {
				test.Tap(tu.selection.noneButton)
				test.Tap(tu.sectorCheck("trade"))
			},
			exports: true,
			checkRows: func(t *testing.T, tu *testUI) {
				for row := range tu.rows() {
					if r := tu.preview.table.record(row); !slices.Contains(r.Sectors, "trade") {
						t.Fatalf("row %d: record %s is not in trade", row, r.ID)
					}
				}
			},
		},
		{
			name:    "no sector",
			act:     func(tu *testUI) { test.Tap(tu.selection.noneButton) },
			exports: false,
			reason:  "tick at least one sector",
		},
		{
			name: "a range of years",
			act: func(tu *testUI) {
				tu.selection.fromYear.SetSelected("2017")
				tu.selection.toYear.SetSelected("2019")
			},
			exports: true,
			checkRows: func(t *testing.T, tu *testUI) {
				for row := range tu.rows() {
					first, last := tu.preview.table.record(row).Period()
					if last < dataset.DayOf(2017, 1, 1) || first > dataset.DayOf(2019, 12, 31) {
						t.Fatalf("row %d: %s – %s is outside 2017 – 2019", row, first, last)
					}
				}
			},
		},
		{
			name: "a range of months",
			act: func(tu *testUI) {
				tu.selection.fromYear.SetSelected("2006")
				tu.selection.fromMonth.SetSelected("May")
				tu.selection.toYear.SetSelected("2006")
				tu.selection.toMonth.SetSelected("May")
			},
			exports: true,
			checkRows: func(t *testing.T, tu *testUI) {
				if tu.ws.choice.From != dataset.MustParseDate("2006-05") || tu.ws.choice.To != dataset.MustParseDate("2006-05") {
					t.Errorf("range = %s – %s, want 2006-05 – 2006-05", tu.ws.choice.From, tu.ws.choice.To)
				}
			},
		},
		{
			name: "a range that ends before it starts",
			act: func(tu *testUI) {
				tu.selection.fromYear.SetSelected("2019")
				tu.selection.toYear.SetSelected("2017")
			},
			exports: false,
			reason:  "ends (2017) before it starts (2019)",
		},
		{
			name: "no kind of record",
			act: func(tu *testUI) {
				for _, c := range tu.selection.kindChecks {
					test.Tap(c)
				}
			},
			exports: false,
			reason:  "tick at least one kind",
		},
		{
			name: "agreements only",
			act: func(tu *testUI) {
				for i, k := range dataset.Kinds {
					if k != dataset.Agreement {
						test.Tap(tu.selection.kindChecks[i])
					}
				}
			},
			exports: true,
			checkRows: func(t *testing.T, tu *testUI) {
				for row := range tu.rows() {
					if r := tu.preview.table.record(row); r.Kind != dataset.Agreement {
						t.Fatalf("row %d: record %s is a %s", row, r.ID, r.Kind)
					}
				}
			},
		},
		{
			name:    "a search that matches nothing",
			act:     func(tu *testUI) { test.Type(tu.selection.search, "no record says zqxjv") },
			exports: false,
			reason:  "no record matches",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			tt.act(tu)
			tu.settle()

			want := tu.expected()
			if got := tu.rows(); got != len(want) {
				t.Errorf("table rows = %d, want %d", got, len(want))
			}
			if got := tu.preview.summary.Text; !strings.Contains(got, recordCount(len(want))) {
				t.Errorf("summary %q does not say %s", got, recordCount(len(want)))
			}
			checkCounts(t, tu)
			if got := tu.exportsOn(); got != tt.exports {
				t.Errorf("exports on = %v, want %v (reason shown: %q)", got, tt.exports, tu.commands.reason.Text)
			}
			if tt.reason != "" && !strings.Contains(tu.commands.reason.Text, tt.reason) {
				t.Errorf("reason %q does not say %q", tu.commands.reason.Text, tt.reason)
			}
			if tt.exports && tu.commands.reason.Text != readyHint() {
				t.Errorf("a reason is shown while exports are on: %q", tu.commands.reason.Text)
			}
			if tt.checkRows != nil {
				tt.checkRows(t, tu)
			}
		})
	}
}

// checkCounts checks the count beside every sector against reports.
func checkCounts(t *testing.T, tu *testUI) {
	t.Helper()
	counts := map[string]int{} // no kind ticked, or an inverted range: nothing matches
	if len(tu.ws.choice.Kinds) > 0 && !tu.ws.choice.inverted() {
		sel, _ := tu.ws.choice.selection()
		counts = selection.CountBySector(tu.ws.data(), sel)
	}
	for i, s := range tu.ws.data().Sectors {
		want := fmt.Sprintf("%s (%s)", s.Name, words.Number(float64(counts[s.ID])))
		if got := tu.selection.sectorChecks[i].Text; got != want {
			t.Errorf("sector %s shows %q, want %q", s.ID, got, want)
		}
	}
}

// TestSortByDate taps the Date header and checks the order turns around.
func TestSortByDate(t *testing.T) {
	tu := newTestUI(t, nil)
	n := tu.rows()
	if n < 2 {
		t.Fatalf("the bundled dataset gives %d rows; the test needs two", n)
	}
	oldest, newest := tu.preview.table.record(0), tu.preview.table.record(n-1)
	tu.preview.table.onSortByDate()
	if got := tu.preview.table.record(0); got != newest {
		t.Errorf("after sorting, first row = %s, want the newest %s", got.ID, newest.ID)
	}
	tu.preview.table.onSortByDate()
	if got := tu.preview.table.record(0); got != oldest {
		t.Errorf("after sorting back, first row = %s, want the oldest %s", got.ID, oldest.ID)
	}
}

// TestSelectionRemembered makes a selection, then opens a second window on the same app
// (the next run) and finds it again.
func TestSelectionRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	first := newTestUI(t, a)
	test.Tap(first.selection.noneButton)
	test.Tap(first.sectorCheck("energy"))
	first.selection.fromYear.SetSelected("2010")
	first.selection.toMonth.SetSelected("Jun")
	test.Tap(first.selection.kindChecks[0])
	first.settle()
	want := first.ws.choice
	first.onClosed()

	second := newTestUI(t, a)
	got := second.ws.choice
	if !slices.Equal(got.Sectors, want.Sectors) || got.From != want.From || got.To != want.To || !slices.Equal(got.Kinds, want.Kinds) {
		t.Errorf("remembered choice = %+v, want %+v", got, want)
	}
	if !second.sectorCheck("energy").Checked || second.sectorCheck("trade").Checked {
		t.Errorf("the checklist does not show the remembered sectors")
	}
}

// TestBriefingPreview checks the parts that follow from the briefing: a card per key
// figure with its conflict mark, the chart when there are trade figures, the source numbers.
func TestBriefingPreview(t *testing.T) {
	tests := []struct {
		sector string
		chart  bool
	}{
		{"trade", true},
		{"investment", false},
	}
	for _, tt := range tests {
		t.Run(tt.sector, func(t *testing.T) {
			tu := newTestUI(t, nil)
			test.Tap(tu.selection.noneButton)
			test.Tap(tu.sectorCheck(tt.sector))
			tu.settle()

			b := tu.preview.briefing
			if b == nil {
				t.Fatal("the briefing never reached the preview")
			}
			if got, want := len(tu.preview.cards.row.Objects), len(b.KeyFigures); got != want {
				t.Errorf("%d cards, want one per key figure (%d)", got, want)
			}
			for i, f := range b.KeyFigures {
				card := tu.preview.cards.row.Objects[i]
				if !containsText(card, b.FigureText(f.Latest)) {
					t.Errorf("card %d does not show %q", i, b.FigureText(f.Latest))
				}
				if disputed := containsText(card, "Sources disagree"); disputed != (len(f.Conflicts) > 0) {
					t.Errorf("card %d (%s): conflict mark %v, conflicts %d", i, f.Indicator.Name, disputed, len(f.Conflicts))
				}
			}
			if shown := tu.preview.chart.image.Visible() && tu.preview.chart.image.Image != nil; shown != tt.chart {
				t.Errorf("chart shown = %v, want %v", shown, tt.chart)
			}
			if tu.preview.chart.note.Visible() == tt.chart {
				t.Errorf("the no-chart note is shown = %v with a chart = %v", tu.preview.chart.note.Visible(), tt.chart)
			}
			if r := tu.preview.table.record(0); r != nil {
				want := fmt.Sprintf("[%d", b.Citations[r.Sources[0]])
				if got := cellText(tu.preview.names, tu.preview.table.citations, r, colSources); !strings.HasPrefix(got, want) {
					t.Errorf("sources cell %q does not start with the citation number %s]", got, want)
				}
			}
			if !strings.Contains(tu.preview.summary.Text, sourceCount(len(b.Sources))) {
				t.Errorf("summary %q does not count %d sources", tu.preview.summary.Text, len(b.Sources))
			}
		})
	}
}
