package app

import (
	"sync"

	"fyne.io/fyne/v2"
)

// uiThread is the one boundary between background work and the UI: goroutines of this
// package hand every change of a widget to post, and nothing else in the package calls
// fyne.Do. In the app post is fyne.Do; tests queue the changes instead and run them on the
// test's goroutine (see settle in the tests), as Fyne's event loop would.
type uiThread struct {
	post func(func())
	busy sync.WaitGroup // background work that has not yet posted its result
}

// newUIThread returns the boundary to Fyne's own UI thread.
func newUIThread() *uiThread { return &uiThread{post: fyne.Do} }

// background runs work off the UI thread, then posts the function work returns (nil for
// none) to the UI thread.
func (t *uiThread) background(work func() (apply func())) {
	t.busy.Add(1)
	go func() {
		defer t.busy.Done()
		if apply := work(); apply != nil {
			t.post(apply)
		}
	}()
}
