package app

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/i18n"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// TestExportWritesFiles exports through the code the export commands run once the save
// dialog has given a path, and checks the files.
func TestExportWritesFiles(t *testing.T) {
	tests := []struct {
		name    string
		chosen  string // the path the save dialog returns
		formats []export.Format
		want    []string // the files expected in the folder
	}{
		{"PDF", "brief.pdf", []export.Format{export.PDF}, []string{"brief.pdf"}},
		{"Excel", "brief.xlsx", []export.Format{export.Workbook}, []string{"brief.xlsx"}},
		{"both", "brief.pdf", []export.Format{export.PDF, export.Workbook}, []string{"brief.pdf", "brief.xlsx"}},
		{"a name without its extension", "brief", []export.Format{export.PDF}, []string{"brief.pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			test.Tap(tu.selection.noneButton)
			test.Tap(tu.sectorCheck("trade"))
			tu.settle()
			dir := t.TempDir()

			tu.onSaveChosen(filepath.Join(dir, tt.chosen), tt.formats, defaultExportChoice())
			tu.settle()

			if got := filesIn(t, dir); !slices.Equal(got, tt.want) {
				t.Fatalf("folder holds %v, want %v (no temporary file left)", got, tt.want)
			}
			for _, name := range tt.want {
				checkExport(t, filepath.Join(dir, name))
			}
			if got := storedExportFolder(tu.app.Preferences()); got != dir {
				t.Errorf("remembered export folder = %q, want %q", got, dir)
			}
			if findButton(tu.win.Canvas(), "Open the folder") == nil {
				t.Errorf("no dialog offers to open the folder after the export")
			}
		})
	}
}

// TestExportAsksBeforeReplacing checks that exporting both files over existing ones asks
// once, about both, in one dialog: Enter replaces them, Escape leaves them as they were.
func TestExportAsksBeforeReplacing(t *testing.T) {
	tests := []struct {
		name      string
		key       fyne.KeyName
		wantFiles []string
		replaced  bool
	}{
		{"Enter replaces both", fyne.KeyReturn, []string{"brief.pdf", "brief.xlsx"}, true},
		{"Escape keeps both", fyne.KeyEscape, []string{"brief.pdf", "brief.xlsx"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			dir := t.TempDir()
			old := []byte("an older file")
			for _, name := range []string{"brief.pdf", "brief.xlsx"} {
				if err := os.WriteFile(filepath.Join(dir, name), old, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			// The save dialog proposes a name without an extension and so returns one.
			tu.onSaveChosen(filepath.Join(dir, "brief"), []export.Format{export.PDF, export.Workbook}, defaultExportChoice())
			tu.settle()
			if n := len(tu.keys.open); n != 1 {
				t.Fatalf("%d dialogs open, want the one question", n)
			}
			if !labelShows(tu.win.Canvas().Overlays().Top(), "brief.pdf\nbrief.xlsx") {
				t.Errorf("the question does not name both files")
			}
			tu.pressKey(tt.key)
			tu.settle()
			if got := filesIn(t, dir); !slices.Equal(got, tt.wantFiles) {
				t.Fatalf("the folder holds %v, want %v", got, tt.wantFiles)
			}
			for _, name := range tt.wantFiles {
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if got := !bytes.Equal(b, old); got != tt.replaced {
					t.Errorf("%s replaced: %v, want %v", name, got, tt.replaced)
				}
			}
			if tt.replaced {
				checkExport(t, filepath.Join(dir, "brief.xlsx"))
			}
		})
	}
}

// TestCancelExport taps Cancel in the progress dialog while the export runs and finds no
// new file and the existing one unchanged.
func TestCancelExport(t *testing.T) {
	tests := []struct {
		name     string
		existing string // a file already at the first target, "" for none
	}{
		{"new files", ""},
		{"replacing a file", "brief.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			dir := t.TempDir()
			old := []byte("%PDF- an older briefing")
			if tt.existing != "" {
				if err := os.WriteFile(filepath.Join(dir, tt.existing), old, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			started := make(chan struct{})
			tu.writeExport = func(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []export.Target, o export.Options) error {
				close(started)
				<-ctx.Done() // hold the export open until Cancel
				return runExport(ctx, d, sel, targets, o)
			}
			targets := []export.Target{{Format: export.PDF, Path: filepath.Join(dir, "brief.pdf")}, {Format: export.Workbook, Path: filepath.Join(dir, "brief.xlsx")}}
			job := tu.startExport(targets, defaultExportChoice())
			<-started
			test.Tap(job.stop)
			tu.settle()

			if !job.finished || !errors.Is(job.err, context.Canceled) {
				t.Fatalf("job finished %v with %v, want cancelled", job.finished, job.err)
			}
			var want []string
			if tt.existing != "" {
				want = []string{tt.existing}
			}
			if got := filesIn(t, dir); !slices.Equal(got, want) {
				t.Errorf("folder holds %v after cancel, want %v", got, want)
			}
			if tt.existing != "" {
				if got, _ := os.ReadFile(filepath.Join(dir, tt.existing)); !bytes.Equal(got, old) {
					t.Errorf("the existing file changed: %q", got)
				}
			}
		})
	}
}

// TestExportFailureWritesNothing exports into a folder that does not exist.
func TestExportFailureWritesNothing(t *testing.T) {
	tu := newTestUI(t, nil)
	path := filepath.Join(t.TempDir(), "missing", "brief.pdf")
	job := tu.startExport([]export.Target{{Format: export.PDF, Path: path}}, defaultExportChoice())
	tu.settle()
	if !job.finished || job.err == nil {
		t.Fatalf("export into a missing folder: finished %v, err %v; want a failure", job.finished, job.err)
	}
	if findButton(tu.win.Canvas(), "Close") == nil {
		t.Errorf("no failure dialog")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failed export", path)
	}
}

// TestExportCommandsOffWhenNothingSelected checks the commands are off and that using one
// anyway explains why instead of opening a save dialog.
func TestExportCommandsOffWhenNothingSelected(t *testing.T) {
	tu := newTestUI(t, nil)
	test.Tap(tu.selection.noneButton)
	tu.settle()
	if tu.exportsOn() {
		t.Fatal("exports are on with no sector ticked")
	}
	tu.commands.exportPDF.item.Action() // the menu item or its shortcut
	if top := tu.win.Canvas().Overlays().Top(); top == nil || !containsText(top, "tick at least one sector") {
		t.Errorf("using the command did not say why nothing can be exported")
	}
}

func checkExport(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	switch filepath.Ext(path) {
	case ".pdf":
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[max(0, len(data)-64):], []byte("%%EOF")) {
			t.Errorf("%s is not a complete PDF (%d bytes)", path, len(data))
		}
	case ".xlsx":
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		defer f.Close()
		// The sheets are named in the workbook's language.
		sheets := f.GetSheetList()
		records := ""
		for _, l := range i18n.Langs {
			if slices.Contains(sheets, xlsx.SheetName(l, xlsx.SheetRecords)) && slices.Contains(sheets, xlsx.SheetName(l, xlsx.SheetSources)) {
				records = xlsx.SheetName(l, xlsx.SheetRecords)
			}
		}
		if records == "" {
			t.Errorf("%s has sheets %v, want Records and Sources among them", path, sheets)
		}
		rows, err := f.GetRows(records)
		if err != nil || len(rows) < 2 {
			t.Errorf("%s: the Records sheet has %d rows (%v), want a header and records", path, len(rows), err)
		}
	}
}

func filesIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// findButton finds a button by its text among the canvas's overlays (the dialogs).
func findButton(c fyne.Canvas, text string) *widget.Button {
	for _, o := range c.Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := obj.(*widget.Button); ok && b.Text == text && b.Visible() {
				return b
			}
		}
	}
	return nil
}

// containsText reports whether a label under o says something containing text.
func containsText(o fyne.CanvasObject, text string) bool {
	for _, obj := range test.LaidOutObjects(o) {
		if l, ok := obj.(*widget.Label); ok && bytes.Contains([]byte(l.Text), []byte(text)) {
			return true
		}
	}
	return false
}

// TestLastExportFolder checks where the save dialog starts.
func TestLastExportFolder(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name   string
		stored string
		want   string // the folder's path, "" for the dialog's own default
	}{
		{"never exported", "", ""},
		{"the last folder", dir, dir},
		{"a folder since removed", filepath.Join(dir, "gone"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			remember(tu.app.Preferences(), func(r *remembered) { r.ExportFolder = tt.stored })
			got := tu.lastExportFolder()
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("start folder = %s, want the dialog's default", got)
			case tt.want != "" && (got == nil || got.Path() != tt.want):
				t.Errorf("start folder = %v, want %s", got, tt.want)
			}
		})
	}
}
