package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestSaveDialogWriterLeavesFileAlone opens a writer as Fyne's save dialog does and checks
// that a writer closed unused neither creates nor empties the file.
func TestSaveDialogWriterLeavesFileAlone(t *testing.T) {
	tests := []struct {
		name     string
		existing string // the file's content before, "" for no file
		write    string // what is written through the writer, "" for nothing
		want     string // the file's content after, "" for no file
	}{
		{"new file closed unused", "", "", ""},
		{"existing file closed unused", "old briefing", "", "old briefing"},
		{"existing file written", "old briefing", "new", "new"},
		{"new file written", "", "new", "new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			deferFileWrites()
			deferFileWrites() // a second window must not wrap twice
			path := filepath.Join(t.TempDir(), "brief.pdf")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			w, err := storage.Writer(storage.NewFileURI(path))
			if err != nil {
				t.Fatal(err)
			}
			if w.URI().Path() != path {
				t.Errorf("writer URI = %s, want %s", w.URI(), path)
			}
			if tt.write != "" {
				if _, err := w.Write([]byte(tt.write)); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			switch {
			case tt.want == "" && !os.IsNotExist(err):
				t.Errorf("the file exists (%q, %v), want none", got, err)
			case tt.want != "" && string(got) != tt.want:
				t.Errorf("the file holds %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}
