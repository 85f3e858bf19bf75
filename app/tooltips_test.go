package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestTooltips checks what the icon buttons' tips say, that a cut-short cell offers its text
// and a whole one does not, and that a tip shows under its object inside the window and goes.
func TestTooltips(t *testing.T) {
	tu := newTestUI(t, nil)
	tu.win.Show()
	c := tu.commands
	tips := map[*command]string{
		c.openDataset: "Open dataset (Ctrl+O)",
		c.exportBoth:  "Export both (Ctrl+B)",
		c.exportXLSX:  "Export Excel (Ctrl+Shift+E)",
		c.about:       "About Attaché",
	}
	for cmd, want := range tips {
		if cmd.button.tip != want {
			t.Errorf("tip %q, want %q", cmd.button.tip, want)
		}
	}
	if c.openDataset.button.Text != "" || c.importRecords.button.Text != "" {
		t.Errorf("the toolbar's open and import buttons are not icons alone")
	}

	cell := newTipLabel(&tu.tips)
	cell.SetText("Azerbaijan and Korea open diplomatic relations, a long title cut short")
	cell.Resize(fyne.NewSize(120, 30))
	if !cell.truncated() {
		t.Errorf("a long title in 120 units is not seen as cut short")
	}
	cell.Resize(fyne.NewSize(2000, 30))
	if cell.truncated() {
		t.Errorf("a title with room is seen as cut short")
	}

	b := c.exportBoth.button
	tu.tips.show(b, b.tip)
	if got := tu.tips.shown(); got != b.tip {
		t.Fatalf("the tip shows %q, want %q", got, b.tip)
	}
	pos, size, win := tu.tips.bubble.Position(), tu.tips.bubble.Size(), tu.tips.box.Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+size.Width > win.Width || pos.Y+size.Height > win.Height {
		t.Errorf("the tip at %v, %v leaves the window of %v", pos, size, win)
	}
	test.Tap(b) // taps take the tip away; the export options open
	if tu.tips.shown() != "" {
		t.Errorf("the tip stays after a tap")
	}
}
