package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"attache/reports/dataset"
)

// TestReadyPresets chooses each preset that comes with the app and checks the selection:
// its sectors, the last years of the data, every kind.
func TestReadyPresets(t *testing.T) {
	tu := newTestUI(t, nil)
	last := tu.ws.index.span.Last.Year()
	for _, p := range readyPresets() {
		t.Run(p.Name, func(t *testing.T) {
			tu.selection.presets.pick.SetSelected(p.Name)
			tu.settle()
			c := tu.ws.choice
			if !slices.Equal(c.Sectors, p.Sectors) {
				t.Errorf("sectors %v, want %v", c.Sectors, p.Sectors)
			}
			if c.From.Y != last-p.LastYears+1 || c.To.Y != last {
				t.Errorf("range %v–%v, want the last %d years to %d", c.From, c.To, p.LastYears, last)
			}
			if len(c.Kinds) != len(dataset.Kinds) {
				t.Errorf("kinds %v, want all", c.Kinds)
			}
			if !tu.sectorCheck(p.Sectors[0]).Checked {
				t.Errorf("the checklist does not show %s ticked", p.Sectors[0])
			}
		})
	}
}

// TestPresetSaveRenameDelete saves the selection and the cover fields as a preset with the
// dialog, chooses it after a change, renames and deletes it.
func TestPresetSaveRenameDelete(t *testing.T) {
	a := test.NewTempApp(t)
	tu := newTestUI(t, a)
	rememberExportChoice(a.Preferences(), exportChoice{Title: "Trade and energy briefing", Classification: "For official use"})
	tu.selection.presets.pick.SetSelected(readyPresets()[1].Name) // trade and energy, last 10 years
	tu.settle()
	want := tu.ws.choice

	test.Tap(tu.selection.presets.save)
	entry := focusedEntry(t, tu)
	test.Type(entry, "Energy talks")
	tu.pressKeyOn(entry, fyne.KeyReturn)
	stored := storedPresets(a.Preferences())
	if len(stored) != 1 || stored[0].Name != "Energy talks" || stored[0].Title != "Trade and energy briefing" || stored[0].Classification != "For official use" {
		t.Fatalf("stored presets: %+v", stored)
	}
	if got := tu.selection.presets.pick.Selected; got != "Energy talks" {
		t.Errorf("the picker shows %q after saving", got)
	}

	// Another selection and other cover fields; then the preset brings both back.
	tu.selection.onAll()
	tu.settle()
	rememberExportChoice(a.Preferences(), exportChoice{Title: "Something else"})
	tu.selection.presets.pick.ClearSelected()
	tu.selection.presets.pick.SetSelected("Energy talks")
	tu.settle()
	if !sameChoice(tu.ws.choice, want) {
		t.Errorf("the preset brought back %+v, want %+v", tu.ws.choice, want)
	}
	if e := storedExportChoice(a.Preferences()); e.Title != "Trade and energy briefing" || e.Classification != "For official use" {
		t.Errorf("the preset's cover fields are not the export's: %+v", e)
	}

	// A name already taken is refused; a new one is kept.
	tu.onRenamePreset()
	entry = focusedEntry(t, tu)
	test.Type(entry, readyPresets()[0].Name)
	tu.pressKeyOn(entry, fyne.KeyReturn)
	if storedPresets(a.Preferences())[0].Name != "Energy talks" {
		t.Fatalf("a preset was renamed to a name already taken")
	}
	entry.SetText("Energy, 10 years")
	tu.pressKeyOn(entry, fyne.KeyReturn)
	if got := storedPresets(a.Preferences()); len(got) != 1 || got[0].Name != "Energy, 10 years" {
		t.Fatalf("after renaming: %+v", got)
	}

	tu.onDeletePreset()
	tu.pressKey(fyne.KeyReturn)
	if got := storedPresets(a.Preferences()); len(got) != 0 {
		t.Errorf("after deleting: %+v", got)
	}
	if slices.Contains(tu.selection.presets.names, "Energy, 10 years") {
		t.Errorf("the picker still offers the deleted preset")
	}
}

// focusedEntry is the entry a dialog put the keys in.
func focusedEntry(t *testing.T, tu *testUI) *keyEntry {
	t.Helper()
	e, ok := tu.win.Canvas().Focused().(*keyEntry)
	if !ok {
		t.Fatalf("no entry has the keys; focused: %T", tu.win.Canvas().Focused())
	}
	return e
}

// pressKeyOn types a key on a focused entry.
func (tu *testUI) pressKeyOn(e *keyEntry, name fyne.KeyName) {
	tu.t.Helper()
	e.TypedKey(&fyne.KeyEvent{Name: name})
	tu.settle()
}

// TestPresetMissingSectors chooses a preset naming a sector the dataset lacks and finds the
// notice naming it, and the other sectors ticked.
func TestPresetMissingSectors(t *testing.T) {
	a := test.NewTempApp(t)
	rememberPresets(a.Preferences(), []preset{{Name: "Old", Sectors: []string{"trade", "space"}, LastYears: 5}})
	tu := newTestUI(t, a)
	if tu.selection.missing.Visible() {
		t.Fatalf("a notice before any preset: %q", tu.selection.missing.Text)
	}
	tu.selection.presets.pick.SetSelected("Old")
	tu.settle()
	if !tu.selection.missing.Visible() || !strings.Contains(tu.selection.missing.Text, "space") {
		t.Errorf("no notice of the missing sector: %q", tu.selection.missing.Text)
	}
	if !slices.Equal(tu.ws.choice.Sectors, []string{"trade"}) {
		t.Errorf("sectors %v, want [trade]", tu.ws.choice.Sectors)
	}
}
