package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestShortcuts presses each command's keys and checks what opens.
func TestShortcuts(t *testing.T) {
	tests := []struct {
		name    string
		command func(c *commands) *command
		want    func(t *testing.T, tu *testUI)
	}{
		{"Ctrl+E asks the export options; Enter opens the save dialog with a proposed name", func(c *commands) *command { return c.exportPDF },
			func(t *testing.T, tu *testUI) {
				if findButton(tu.win.Canvas(), "Choose the file...") == nil {
					t.Fatalf("no export options dialog")
				}
				tu.pressKey(fyne.KeyReturn)
				want := proposedName(tu.ws.data(), tu.ws.choice, "")
				if findEntry(tu.win.Canvas(), want) == nil {
					t.Errorf("no save dialog proposing %q", want)
				}
			}},
		{"Ctrl+Shift+E asks the export options; Enter proposes a workbook", func(c *commands) *command { return c.exportXLSX },
			func(t *testing.T, tu *testUI) {
				if findButton(tu.win.Canvas(), "Choose the file...") == nil {
					t.Fatalf("no export options dialog")
				}
				tu.pressKey(fyne.KeyReturn)
				want := proposedName(tu.ws.data(), tu.ws.choice, "")
				if findEntry(tu.win.Canvas(), want) == nil {
					t.Errorf("no save dialog proposing %q", want)
				}
			}},
		{"Ctrl+O opens a file dialog", func(c *commands) *command { return c.openDataset },
			func(t *testing.T, tu *testUI) {
				if findButton(tu.win.Canvas(), "Open") == nil {
					t.Errorf("no open dialog")
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			cmd := tt.command(tu.commands)
			if cmd.shortcut == nil {
				t.Fatalf("%s has no shortcut", cmd.label)
			}
			if cmd.item.Shortcut != cmd.shortcut {
				t.Errorf("the menu item of %s does not show its shortcut", cmd.label)
			}
			typeShortcut(t, tu.win.Canvas(), cmd.shortcut)
			tu.settle()
			tt.want(t, tu)
		})
	}
}

// TestAbout opens About and checks it names the version and the dataset in use.
func TestAbout(t *testing.T) {
	tu := newTestUI(t, nil)
	test.Tap(tu.commands.about.button)
	top := tu.win.Canvas().Overlays().Top()
	id := tu.ws.data().Identity()
	for _, want := range []string{appVersion(tu.app), "Id " + id.ID + ", version " + id.Version,
		recordCount(len(tu.ws.data().Records)), sourceCount(len(tu.ws.data().Sources)), bundledOrigin} {
		if top == nil || !containsText(top, want) {
			t.Errorf("About does not say %q", want)
		}
	}
}

// TestWindowSizeRemembered closes the window and opens the next one at the same size.
func TestWindowSizeRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	first := newTestUI(t, a)
	first.win.Resize(fyne.NewSize(1000, 700))
	first.onClosed()
	if got := storedWindowSize(a.Preferences()); got != first.win.Canvas().Size() {
		t.Errorf("remembered size %v, want %v", got, first.win.Canvas().Size())
	}
}

// typeShortcut presses a shortcut on a test canvas, which keeps its shortcut handler in the
// software canvas it wraps.
func typeShortcut(t *testing.T, c fyne.Canvas, s fyne.Shortcut) {
	t.Helper()
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
		return
	}
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas")
	if !inner.IsValid() {
		t.Fatalf("cannot type a shortcut on %T", c)
	}
	sc, ok := inner.Interface().(fyne.Shortcutable)
	if !ok {
		t.Fatalf("cannot type a shortcut on %T", inner.Interface())
	}
	sc.TypedShortcut(s)
}

// findEntry finds an entry by its text among the canvas's overlays.
func findEntry(c fyne.Canvas, text string) *widget.Entry {
	for _, o := range c.Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if e, ok := obj.(*widget.Entry); ok && strings.TrimSpace(e.Text) == text {
				return e
			}
		}
	}
	return nil
}
