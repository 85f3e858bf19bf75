package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/i18n"
	"attache/reports/pdf"
	"attache/reports/selection"
)

// TestExportOptions chooses every option of the export options dialog, confirms it with
// Enter, saves through the save dialog, and finds the choices in the options the export
// ran with; the next export's dialog shows them again.
func TestExportOptions(t *testing.T) {
	tu := newTestUI(t, nil)
	dir := t.TempDir()
	remember(tu.app.Preferences(), func(r *remembered) { r.ExportFolder = dir }) // where the save dialog opens
	var got export.Options
	var gotTargets []export.Target
	tu.writeExport = func(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []export.Target, o export.Options) error {
		got, gotTargets = o, targets
		return runExport(ctx, d, sel, targets, o)
	}

	tu.onExport(export.PDF, export.Workbook)
	d := tu.exportOptions
	if d == nil {
		t.Fatal("Export both opened no options dialog")
	}
	if d.language.Selected != "English" || d.length.Selected != lengthLabel(export.Standard) || d.paper.Selected != "A4" {
		t.Errorf("the first dialog offers %q, %q, %q; want the app's language, Standard, A4",
			d.language.Selected, d.length.Selected, d.paper.Selected)
	}
	d.language.SetSelected("한국어")
	d.length.SetSelected(lengthLabel(export.Brief))
	d.paper.SetSelected("US Letter")
	test.Type(d.title, "Energy talks")
	d.preparedBy.SetText("Asia department")
	d.classification.SetText("For official use")
	tu.pressKey(fyne.KeyReturn)

	name := proposedName(tu.ws.data(), tu.ws.choice, "Energy talks")
	if name != "energy-talks" {
		t.Errorf("the proposed name %q does not follow the title", name)
	}
	entry := findEntry(tu.win.Canvas(), name)
	if entry == nil {
		t.Fatalf("Enter did not go on to a save dialog proposing %q", name)
	}
	entry.SetText("talks.pdf")
	save := findButton(tu.win.Canvas(), "Export")
	if save == nil {
		t.Fatal("the save dialog has no Export button")
	}
	test.Tap(save)
	tu.settle()

	want := []export.Target{{Format: export.PDF, Path: filepath.Join(dir, "talks.pdf")}, {Format: export.Workbook, Path: filepath.Join(dir, "talks.xlsx")}}
	if len(gotTargets) != 2 || gotTargets[0] != want[0] || gotTargets[1] != want[1] {
		t.Fatalf("exported %v, want %v", gotTargets, want)
	}
	if got.Title != "Energy talks" || got.PreparedBy != "Asia department" || got.Classification != "For official use" ||
		got.Paper != pdf.Letter || got.Length != export.Brief || !got.Generated.Equal(reports.Today()) || got.AppVersion != appVersion(tu.app) {
		t.Errorf("the export ran with %+v", got)
	}
	for _, p := range []string{want[0].Path, want[1].Path} {
		checkExport(t, p)
	}

	if closeButton := findButton(tu.win.Canvas(), "Close"); closeButton != nil {
		test.Tap(closeButton) // the Export finished dialog
	}
	c := storedExportChoice(tu.app.Preferences())
	if c.lang() != i18n.Ko || c.length() != export.Brief || c.paper() != pdf.Letter || c.Title != "Energy talks" {
		t.Errorf("remembered %+v", c)
	}

	tu.onExport(export.PDF)
	again := tu.exportOptions
	if again == d {
		t.Fatal("no new options dialog")
	}
	if again.language.Selected != "한국어" || again.length.Selected != lengthLabel(export.Brief) || again.paper.Selected != "US Letter" ||
		again.title.Text != "Energy talks" || again.preparedBy.Text != "Asia department" || again.classification.Text != "For official use" {
		t.Errorf("the next dialog is not filled in with the last choice")
	}
	tu.pressKey(fyne.KeyEscape)
	if top := tu.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Escape left a dialog open")
	}
}

// TestExportOptionsKeys checks Enter and Escape typed in an entry of the dialog, and that an
// Excel export is not asked about the PDF's length and paper.
func TestExportOptionsKeys(t *testing.T) {
	tests := []struct {
		name     string
		key      fyne.KeyName
		wantSave bool
	}{
		{"Enter confirms", fyne.KeyReturn, true},
		{"Escape cancels", fyne.KeyEscape, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			tu.onExport(export.Workbook)
			d := tu.exportOptions
			if d.length != nil || d.paper != nil {
				t.Errorf("an Excel export is asked about the PDF's length and paper")
			}
			tu.win.Canvas().Focus(d.classification)
			d.classification.TypedKey(&fyne.KeyEvent{Name: tt.key})
			tu.settle()
			saving := findEntry(tu.win.Canvas(), proposedName(tu.ws.data(), tu.ws.choice, "")) != nil
			if saving != tt.wantSave {
				t.Errorf("save dialog open: %v, want %v", saving, tt.wantSave)
			}
			if !tt.wantSave && tu.win.Canvas().Overlays().Top() != nil {
				t.Errorf("Escape left a dialog open")
			}
		})
	}
}
