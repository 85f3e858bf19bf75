package app

import (
	"errors"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"attache/reports/export"
)

// TestDialogKeys opens each of the window's dialogs and checks that Enter and Escape close
// it, or do what its main button does.
func TestDialogKeys(t *testing.T) {
	targets := []export.Target{{Format: export.PDF, Path: filepath.Join("folder", "brief.pdf")}}
	tests := []struct {
		name string
		open func(tu *testUI)
		key  fyne.KeyName
	}{
		{"Escape closes Export finished", func(tu *testUI) { tu.showExported(targets) }, fyne.KeyEscape},
		{"Enter closes Export finished", func(tu *testUI) { tu.showExported(targets) }, fyne.KeyReturn},
		{"Escape closes Export failed", func(tu *testUI) { tu.showExportFailure(targets, errors.New("disk full")) }, fyne.KeyEscape},
		{"Enter closes a message", func(tu *testUI) { tu.inform("Title", "Message") }, fyne.KeyReturn},
		{"Escape closes About", func(tu *testUI) { tu.onAbout() }, fyne.KeyEscape},
		{"Escape closes the problems", func(tu *testUI) { tu.showProblems("The dataset was not opened", errors.New("bad")) }, fyne.KeyEscape},
		{"Escape closes the open dialog", func(tu *testUI) { tu.onOpenDataset() }, fyne.KeyEscape},
		{"Escape closes the export options", func(tu *testUI) { tu.onExport(export.PDF) }, fyne.KeyEscape},
	}
	tu := newTestUI(t, nil) // one window for all: each case leaves no dialog open
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu.t = t
			tt.open(tu)
			tu.settle()
			if tu.win.Canvas().Overlays().Top() == nil {
				t.Fatal("no dialog opened")
			}
			tu.pressKey(tt.key)
			if top := tu.win.Canvas().Overlays().Top(); top != nil {
				t.Errorf("the dialog is still open")
			}
			if n := len(tu.keys.open); n != 0 {
				t.Errorf("%d dialogs still take keys", n)
			}
		})
	}
}

// TestDialogKeysOnTop checks that the keys go to the dialog on top: Enter confirms the
// question, and the message under it stays until its own Escape.
func TestDialogKeysOnTop(t *testing.T) {
	tu := newTestUI(t, nil)
	tu.inform("Under", "The message under the question")
	answer := ""
	tu.confirm("On top", "Go on?", "Go on", func(ok bool) {
		if ok {
			answer = "yes"
		} else {
			answer = "no"
		}
	})
	tu.pressKey(fyne.KeyReturn)
	if answer != "yes" {
		t.Fatalf("Enter answered %q, want yes", answer)
	}
	if tu.win.Canvas().Overlays().Top() == nil || len(tu.keys.open) != 1 {
		t.Fatalf("the message under the question closed with it")
	}
	tu.pressKey(fyne.KeyEscape)
	if tu.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Escape left the message open")
	}
}
