package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"attache/reports/dataset"
)

// TestUndo changes the selection three ways and goes back through them with Ctrl+Z.
func TestUndo(t *testing.T) {
	tu := newTestUI(t, test.NewTempApp(t))
	start := tu.ws.choice
	if !tu.commands.undo.item.Disabled {
		t.Errorf("undo is on before any change")
	}
	test.Tap(tu.sectorCheck("energy")) // off
	afterTick := tu.ws.choice
	tu.settle()
	tu.selection.onPeriodPreset(5)
	tu.settle()
	afterPreset := tu.ws.choice
	test.Type(tu.selection.search, "gas")
	tu.settle()

	ctrlZ := &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	back := func() {
		t.Helper()
		typeShortcut(t, tu.win.Canvas(), ctrlZ)
		tu.settle()
	}
	for i := 0; i < 3; i++ { // the three letters of the search, one change each
		back()
	}
	if !sameChoice(tu.ws.choice, afterPreset) {
		t.Errorf("after undoing the search: %+v, want %+v", tu.ws.choice, afterPreset)
	}
	if got := tu.selection.search.Text; got != "" {
		t.Errorf("the search still shows %q", got)
	}
	back()
	if !sameChoice(tu.ws.choice, afterTick) {
		t.Errorf("after undoing the period: %+v, want %+v", tu.ws.choice, afterTick)
	}
	back()
	if !sameChoice(tu.ws.choice, start) || !tu.sectorCheck("energy").Checked {
		t.Errorf("after undoing the tick: %+v, want %+v", tu.ws.choice, start)
	}
	if !tu.commands.undo.item.Disabled {
		t.Errorf("undo is still on with nothing to undo")
	}
}

func sameChoice(a, b choice) bool {
	return slices.Equal(a.Sectors, b.Sectors) && a.From == b.From && a.To == b.To &&
		slices.Equal(a.Kinds, b.Kinds) && a.Text == b.Text
}

// TestSelectionSavedAsItChanges checks that a change is written down without a quit: a
// second window on the same preferences, as after a logout, starts with it.
func TestSelectionSavedAsItChanges(t *testing.T) {
	a := test.NewTempApp(t)
	first := newTestUI(t, a)
	test.Tap(first.sectorCheck("trade")) // off
	first.settle()
	stored, ok := storedChoice(a.Preferences())
	if !ok || slices.Contains(stored.Sectors, "trade") {
		t.Fatalf("the change was not saved: %+v", stored)
	}
	second := newTestUI(t, a)
	if second.sectorCheck("trade").Checked {
		t.Errorf("the next start ticks trade again")
	}
}

// TestPeriodPresets taps each range button and checks the pickers and the choice.
func TestPeriodPresets(t *testing.T) {
	tu := newTestUI(t, nil)
	last := tu.ws.index.span.Last.Year()
	first := tu.ws.index.span.First.Year()
	tests := []struct {
		years    int
		from, to int
	}{
		{5, last - 4, last},
		{10, last - 9, last},
		{0, first, last},
	}
	for _, tt := range tests {
		tu.selection.onPeriodPreset(tt.years)
		tu.settle()
		want := choice{From: dataset.Date{Y: tt.from, Precision: dataset.Year}, To: dataset.Date{Y: tt.to, Precision: dataset.Year}}
		if tu.ws.choice.From != want.From || tu.ws.choice.To != want.To {
			t.Errorf("%d years: %v–%v, want %v–%v", tt.years, tu.ws.choice.From, tu.ws.choice.To, want.From, want.To)
		}
		if tu.selection.toMonth.Selected != tu.selection.wholeYear {
			t.Errorf("%d years: the month picker shows %q", tt.years, tu.selection.toMonth.Selected)
		}
	}
}

// TestYearSelectOpensAtTheYear taps the From picker and finds its list scrolled to the year
// picked; Enter on a year takes it, Escape closes the list without a change.
func TestYearSelectOpensAtTheYear(t *testing.T) {
	tu := newTestUI(t, nil)
	tu.win.Show()
	tu.selection.onPeriodPreset(10)
	tu.settle()
	from := tu.selection.fromYear
	test.Tap(from)
	list := from.shown()
	if list == nil {
		t.Fatal("no list of years")
	}
	at := slices.Index(from.Options, from.Selected)
	if list.GetScrollOffset() <= 0 || at < yearListRows {
		t.Errorf("the list opens at offset %v for the year %s, the %dth", list.GetScrollOffset(), from.Selected, at+1)
	}
	if tu.win.Canvas().Focused() != list {
		t.Errorf("the list does not have the keys")
	}
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	tu.settle()
	if from.shown() != nil || len(tu.keys.open) != 0 {
		t.Errorf("Escape left the list open")
	}
	want := from.Options[at-2]
	test.Tap(from)
	list = from.shown()
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if from.Selected == want {
		t.Fatalf("moving the highlight picked the year")
	}
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	tu.settle()
	if from.Selected != want || tu.ws.choice.From.Y == 0 || from.shown() != nil {
		t.Errorf("Up, Up, Enter: the picker shows %s, want %s; the list open: %v", from.Selected, want, from.shown() != nil)
	}
	if got := tu.ws.choice.From.String(); got != want {
		t.Errorf("the choice starts %s, want %s", got, want)
	}
}

// TestFocusScrollsToTheSector gives the keys to the last sector's box and finds the
// checklist scrolled to show it.
func TestFocusScrollsToTheSector(t *testing.T) {
	tu := newTestUI(t, nil)
	tu.win.Resize(fyne.NewSize(1024, 700))
	tu.win.Show()
	p := tu.selection
	if p.sectorScroll.Size().Height >= p.sectorList.MinSize().Height {
		t.Skip("the checklist fits its room at this size")
	}
	last := p.sectorList.Objects[len(p.sectorList.Objects)-1]
	tu.win.Canvas().Focus(last.(fyne.Focusable))
	bottom := last.Position().Y + last.Size().Height
	if off := p.sectorScroll.Offset.Y; bottom > off+p.sectorScroll.Size().Height+0.5 || off == 0 {
		t.Errorf("the focused box ends at %v, the view shows %v to %v", bottom, off, off+p.sectorScroll.Size().Height)
	}
}
