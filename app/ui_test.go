package app

import (
	"slices"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
	"attache/reports/selection"
)

// uiQueue stands in for Fyne's event loop in tests: background work posts to it, and
// settle runs what was posted on the test's goroutine, as the app's UI thread would.
type uiQueue struct {
	mu      sync.Mutex
	pending []func()
}

func (q *uiQueue) post(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.pending = append(q.pending, f)
}

func (q *uiQueue) take() []func() {
	q.mu.Lock()
	defer q.mu.Unlock()
	fs := q.pending
	q.pending = nil
	return fs
}

// testUI is the window on a test app, with its UI thread under the test's control.
type testUI struct {
	*ui
	t     *testing.T
	queue *uiQueue
}

// newTestUI builds the window on a, or on a new test app when a is nil, and waits for the
// first preview.
func newTestUI(t *testing.T, a fyne.App) *testUI {
	t.Helper()
	if a == nil {
		a = test.NewTempApp(t)
	}
	q := &uiQueue{}
	u := newUI(a, &uiThread{post: q.post})
	u.saveDelay = 0 // the session is saved at each change, at once
	tu := &testUI{ui: u, t: t, queue: q}
	u.win.Resize(fyne.NewSize(1200, 760))
	tu.settle()
	return tu
}

// settle waits for all background work and runs what it posted, until nothing is left.
func (tu *testUI) settle() {
	tu.t.Helper()
	for {
		tu.thread.busy.Wait()
		fs := tu.queue.take()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f()
		}
	}
}

// sectorCheck returns the checklist's box for a sector id.
func (tu *testUI) sectorCheck(id string) *widget.Check {
	tu.t.Helper()
	i := slices.IndexFunc(tu.ws.data().Sectors, func(s dataset.Sector) bool { return s.ID == id })
	if i < 0 {
		tu.t.Fatalf("the dataset has no sector %q", id)
	}
	return tu.selection.sectorChecks[i]
}

// expected returns what reports selects for the UI's current choice.
func (tu *testUI) expected() []*dataset.Record {
	tu.t.Helper()
	sel, ok := tu.ws.choice.selection()
	if !ok {
		return nil
	}
	recs, err := selection.Select(tu.ws.data(), sel)
	if err != nil {
		tu.t.Fatalf("select: %v", err)
	}
	return recs
}

// rows returns how many rows the records table has.
func (tu *testUI) rows() int {
	rows, _ := tu.preview.table.table.Length()
	return rows
}

// exportsOn reports whether the export buttons and menu items are on.
func (tu *testUI) exportsOn() bool {
	tu.t.Helper()
	c := tu.commands
	on := !c.exportPDF.button.Disabled()
	for _, cmd := range []*command{c.exportPDF, c.exportXLSX, c.exportBoth} {
		if cmd.button.Disabled() == on || cmd.item.Disabled == on {
			tu.t.Fatalf("%s: button and menu item disagree on whether exports are on", cmd.label)
		}
	}
	return on
}

// pressKey types a key on the window with nothing focused, as a dialog's Enter or Escape.
func (tu *testUI) pressKey(name fyne.KeyName) {
	tu.t.Helper()
	if on := tu.win.Canvas().OnTypedKey(); on != nil {
		on(&fyne.KeyEvent{Name: name})
	}
	tu.settle()
}
