package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/words"
)

// TestRecordsInTheAppsLanguage opens a Korean window and finds the first record's Korean
// title, kind and sectors in the table, as the documents name them.
func TestRecordsInTheAppsLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, languageKorean)
	tu := newTestUI(t, a)
	t.Cleanup(func() { useLanguage(languageEnglish) })

	r := tu.preview.table.record(0)
	if r == nil {
		t.Fatal("the table is empty")
	}
	title, ok := r.TitleIn("ko")
	if !ok || title == r.Title {
		t.Fatalf("record %s has no Korean title to show", r.ID)
	}
	s := tu.ws.data().Sectors[0]
	sector, _ := s.NameIn("ko")
	for _, c := range []struct {
		col  int
		want string
	}{{colTitle, title}, {colKind, words.Kind(i18n.Ko, r.Kind, 1)}} {
		if got := tableCell(tu, 0, c.col); got != c.want {
			t.Errorf("column %d of the first row says %q, want %q", c.col, got, c.want)
		}
	}
	if got := tu.sectorCheck(s.ID).Text; !strings.HasPrefix(got, sector+" (") {
		t.Errorf("the sector checklist says %q, want %q and its count", got, sector)
	}
}

// TestStaleKeyFigure ends the range years ago: every key figure is then stale, and its
// card says so as the documents do.
func TestStaleKeyFigure(t *testing.T) {
	tu := newTestUI(t, nil)
	tu.selection.toYear.SetSelected("2015")
	tu.settle()
	b := tu.preview.briefing
	if b == nil || len(b.KeyFigures) == 0 {
		t.Fatal("no key figures up to 2015")
	}
	kf := b.KeyFigures[0]
	if !kf.Stale {
		t.Fatalf("the key figure of %d is not stale", kf.Latest.Year())
	}
	want := "latest available: " + i18n.En.Year(kf.Latest.Year())
	if !labelShows(tu.preview.cards.row, want) {
		t.Errorf("no card says %q", want)
	}
}

// labelShows reports whether a label under o says text, or starts with it.
func labelShows(o fyne.CanvasObject, text string) bool {
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok && strings.HasPrefix(l.Text, text) {
			return true
		}
	}
	return false
}

// tableCell is what the records table writes in a cell, through its own cell functions.
func tableCell(tu *testUI, row, col int) string {
	tb := tu.preview.table.table
	cell := tb.CreateCell()
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, cell)
	return cell.(*tipLabel).Text
}

// TestInBrief shows a briefing with key messages and dates ahead: they show above the key
// figure cards with their sources, and the window still fits a small screen.
func TestInBrief(t *testing.T) {
	tu := newTestUI(t, nil)
	if shown, has := tu.preview.inBrief.box.Visible(), len(tu.preview.briefing.InBrief) > 0; shown != has {
		t.Errorf("In brief shown = %v, with %d messages", shown, len(tu.preview.briefing.InBrief))
	}
	b := *tu.preview.briefing
	b.InBrief = []reports.Message{
		{Topic: reports.TopicRelationship, Text: "Diplomatic relations since 1992; embassies in both capitals.", Sources: []int{1, 4}},
		{Topic: reports.TopicTrade, Text: "Trade is small and each side reports it differently.", Sources: []int{5}},
	}
	b.DatesAhead = []reports.DateAhead{{Day: dataset.DayOf(2027, 3, 23), Text: "35th anniversary of diplomatic relations"}}
	tu.win.Resize(smallScreen)
	tu.preview.showBriefing(&b, nil)

	v := tu.preview.inBrief
	if !v.box.Visible() || !labelShows(v.box, "In brief") || !labelShows(v.messages, "• Diplomatic relations since 1992; embassies in both capitals. [1, 4]") {
		t.Errorf("In brief does not show the messages with their sources")
	}
	if want := "Dates ahead: 23 March 2027 — 35th anniversary of diplomatic relations"; !v.ahead.Visible() || v.ahead.Text != want {
		t.Errorf("the dates ahead say %q, want %q", v.ahead.Text, want)
	}
	if got := tu.win.Content().MinSize(); got.Width > smallScreen.Width || got.Height > smallScreen.Height {
		t.Errorf("with In brief the window needs %v, more than %v", got, smallScreen)
	}
}
