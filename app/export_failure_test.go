package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/selection"
)

// TestExportIntoAFolderThatRefuses checks what a failed export into a folder that cannot be
// written to says, and that the folder is not offered for the next export.
func TestExportIntoAFolderThatRefuses(t *testing.T) {
	tu := newTestUI(t, nil)
	dir := t.TempDir()
	temp := filepath.Join(dir, ".brief.pdf.tmp-12345")
	tu.writeExport = func(context.Context, *dataset.Dataset, selection.Selection, []export.Target, export.Options) error {
		return fmt.Errorf("pdf: create %s: %w", temp, &fs.PathError{Op: "open", Path: temp, Err: fs.ErrPermission})
	}
	tu.onSaveChosen(filepath.Join(dir, "brief"), []export.Format{export.PDF}, defaultExportChoice())
	tu.settle()
	top := tu.win.Canvas().Overlays().Top()
	if top == nil || !overlayShows(top, "cannot be written to") {
		t.Fatalf("no plain word of the folder refusing")
	}
	if overlayShows(top, ".tmp-") {
		t.Errorf("the message names the temporary file")
	}
	if got := storedExportFolder(tu.app.Preferences()); got != "" {
		t.Errorf("the folder %q is remembered after a failed export", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "brief.pdf")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file was left: %v", err)
	}
}

func TestFailureText(t *testing.T) {
	targets := []export.Target{{Format: export.PDF, Path: filepath.Join("reports", "brief.pdf")}}
	tests := []struct {
		name    string
		targets []export.Target
		err     error
		want    string
	}{
		{"permission", targets, fmt.Errorf("create x.tmp: %w", fs.ErrPermission), "The folder reports cannot be written to"},
		{"other", targets, errors.New("disk full"), "disk full"},
		{"no target", nil, fs.ErrPermission, fs.ErrPermission.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := failureText(tt.targets, tt.err); !strings.HasPrefix(got, tt.want) {
				t.Errorf("failureText = %q, want it to start %q", got, tt.want)
			}
		})
	}
}
