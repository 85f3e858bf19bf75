package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/selection"
)

// TestWholeJobWithAPreset does the desk officer's job from launch — a trade and energy
// briefing for 2015–2024 with a title and a classification, as a PDF and a workbook — with a
// preset saved earlier, counting every click and key press: at most 8 are allowed.
func TestWholeJobWithAPreset(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	remember(a.Preferences(), func(r *remembered) { r.ExportFolder = dir })
	rememberPresets(a.Preferences(), []preset{{Name: "Trade and energy 2015–2024", Sectors: []string{"trade", "energy"},
		From: "2015", To: "2024", Title: "Trade and energy briefing", Classification: "For official use"}})
	tu := newTestUI(t, a)
	var got export.Options
	tu.writeExport = func(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []export.Target, o export.Options) error {
		got = o
		return runExport(ctx, d, sel, targets, o)
	}
	presses := 0

	// 1–2: the preset picker, and the preset in its list.
	test.Tap(tu.selection.presets.pick)
	presses++
	top := tu.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the preset picker opened no list")
	}
	tapText(t, top, "Trade and energy 2015–2024")
	presses++
	tu.settle()
	if c := tu.ws.choice; c.From.Y != 2015 || c.To.Y != 2024 || len(c.Sectors) != 2 {
		t.Fatalf("the preset selected %+v", c)
	}

	// 3: Ctrl+B, export both.
	typeShortcut(t, tu.win.Canvas(), &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault})
	presses++
	if tu.exportOptions == nil || tu.exportOptions.title.Text != "Trade and energy briefing" || tu.exportOptions.classification.Text != "For official use" {
		t.Fatal("the export options do not hold the preset's cover fields")
	}
	// 4: Enter takes the options as they are.
	tu.pressKey(fyne.KeyReturn)
	presses++
	// 5: Enter takes the proposed name, in the save dialog's file name entry.
	entry, ok := tu.win.Canvas().Focused().(*widget.Entry)
	if !ok || entry.Text != "trade-and-energy-briefing" {
		t.Fatalf("the save dialog does not propose the title's name: %#v", tu.win.Canvas().Focused())
	}
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	presses++
	tu.settle()
	for _, name := range []string{"trade-and-energy-briefing.pdf", "trade-and-energy-briefing.xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("not exported: %v", err)
		}
	}
	if got.Title != "Trade and energy briefing" || got.Classification != "For official use" {
		t.Errorf("exported with the title %q and the classification %q", got.Title, got.Classification)
	}
	// 6: Escape closes Export finished.
	tu.pressKey(fyne.KeyEscape)
	presses++
	if tu.win.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog is still open at the end")
	}
	if presses > 8 {
		t.Errorf("the job took %d clicks and key presses, want at most 8", presses)
	}
	t.Logf("the whole job took %d clicks and key presses", presses)
}

// tapText taps the tappable object under o that shows text, as a click on it would.
func tapText(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	var last fyne.Tappable
	for _, x := range test.LaidOutObjects(o) {
		if tp, ok := x.(fyne.Tappable); ok {
			last = tp
		}
		if tx, ok := x.(*canvas.Text); ok && tx.Text == text && last != nil {
			test.Tap(last)
			return
		}
	}
	t.Fatalf("nothing shows %q", text)
}
