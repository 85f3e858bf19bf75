package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// smallDataset is a valid dataset document with two sectors, neither of the bundled
// dataset's "energy" or "defence".
func smallDataset(version string) string {
	return `{"format": "attache-dataset/1", "id": "xx-yy", "version": "` + version + `", "title": "Exland and Wyland",
"countries": [{"code": "XXX", "name": "Exland"}, {"code": "YYY", "name": "Wyland"}],
"sectors": [{"id": "trade", "name": "Trade"}, {"id": "fishing", "name": "Fishing"}],
"indicators": [],
"sources": [{"id": "s1", "title": "A source", "publisher": "Exland Gazette"}],
"records": [
 {"id": "R1", "kind": "event", "date": "2018-05", "sectors": ["trade"], "title": "A trade fair", "sources": ["s1"]},
 {"id": "R2", "kind": "event", "date": "2021", "sectors": ["fishing"], "title": "A fishing accord", "sources": ["s1"]}
]}`
}

// openFile opens a dataset file in the window, as the open dialog does.
func (tu *testUI) openFile(path string) {
	tu.t.Helper()
	f, err := os.Open(path)
	if err != nil {
		tu.t.Fatal(err)
	}
	tu.openDataset(f, storage.NewFileURI(path))
	tu.settle()
}

// TestRecentDatasets opens a dataset file, ticks All, and starts again on the same
// preferences: the file is in use again with its selection, and listed in the File menu;
// when it has changed or is gone the next start says so.
func TestRecentDatasets(t *testing.T) {
	tests := []struct {
		name       string
		change     func(t *testing.T, path string)
		wantOrigin string // "" for the file's path
		wantNotice string // "" for none
	}{
		{"reopened", func(*testing.T, string) {}, "", ""},
		{"changed", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte(smallDataset("2")), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "", "has changed since the last session"},
		{"gone", func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		}, bundledOrigin, "is no longer there"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "exland.json")
			if err := os.WriteFile(path, []byte(smallDataset("1")), 0o644); err != nil {
				t.Fatal(err)
			}
			a := test.NewTempApp(t)
			first := newTestUI(t, a)
			first.openFile(path)
			if first.ws.origin != path {
				t.Fatalf("the file was not opened: origin %q", first.ws.origin)
			}
			test.Tap(first.selection.allButton)
			first.settle()
			tt.change(t, path)

			second := newTestUI(t, a)
			want := tt.wantOrigin
			if want == "" {
				want = path
			}
			if second.ws.origin != want {
				t.Errorf("the next start uses %q, want %q", second.ws.origin, want)
			}
			if want == path && !slices.Equal(second.ws.choice.Sectors, []string{"trade", "fishing"}) {
				t.Errorf("the next start selects %v, want both sectors of the file", second.ws.choice.Sectors)
			}
			notice := second.win.Canvas().Overlays().Top()
			switch {
			case tt.wantNotice == "" && notice != nil:
				t.Errorf("a dialog at start where none was due")
			case tt.wantNotice != "" && (notice == nil || !overlayShows(notice, tt.wantNotice)):
				t.Errorf("no notice saying %q", tt.wantNotice)
			}
			items := second.commands.recent.ChildMenu.Items
			if tt.name != "gone" && (len(items) == 0 || items[0].Label != path) {
				t.Errorf("the recent list does not start with the file: %v", items)
			}
		})
	}
}

// overlayShows reports whether a label or rich text in o holds text.
func overlayShows(o fyne.CanvasObject, text string) bool {
	for _, x := range test.LaidOutObjects(o) {
		switch x := x.(type) {
		case *widget.Label:
			if strings.Contains(x.Text, text) {
				return true
			}
		case *widget.RichText:
			if strings.Contains(x.String(), text) {
				return true
			}
		}
	}
	return false
}

// TestBackToBundledSaysWhatIsMissing opens a dataset, ticks All there, goes back to the
// bundled dataset and finds the sectors the file had and the bundled one lacks named.
func TestBackToBundledSaysWhatIsMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "exland.json")
	if err := os.WriteFile(path, []byte(smallDataset("1")), 0o644); err != nil {
		t.Fatal(err)
	}
	tu := newTestUI(t, nil)
	if !tu.commands.backBundled.item.Disabled {
		t.Errorf("Back to the bundled dataset is on while it is in use")
	}
	tu.openFile(path)
	if tu.commands.backBundled.item.Disabled {
		t.Errorf("Back to the bundled dataset is off while another is in use")
	}
	test.Tap(tu.selection.allButton)
	tu.settle()
	tu.onBackToBundled()
	tu.settle()
	if !tu.selection.missing.Visible() || !strings.Contains(tu.selection.missing.Text, "fishing") {
		t.Errorf("no notice of the missing sector fishing: %q", tu.selection.missing.Text)
	}
	if r, _ := recall(tu.app.Preferences()); r.Dataset != "" {
		t.Errorf("the file is still remembered as in use: %q", r.Dataset)
	}
}
