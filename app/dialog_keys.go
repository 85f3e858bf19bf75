package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// dialogKeys gives every dialog of the window Enter and Escape: Enter does what the
// dialog's main button does, Escape closes it as its Cancel or Close button would.
//
// Fyne's dialogs take no keys themselves, and a window has one handler for the keys that no
// focused widget takes; so the dialogs open are kept as a stack, and the handler answers for
// the one on top. A dialog leaves the stack when it closes, whichever way.
type dialogKeys struct {
	open []*dialogKey
}

// dialogKey is what Enter and Escape do in one dialog.
type dialogKey struct {
	enter, escape func()
}

// attach makes k the window's handler of keys that no widget takes.
func (k *dialogKeys) attach(c fyne.Canvas) {
	c.SetOnTypedKey(k.typed)
}

func (k *dialogKeys) typed(ev *fyne.KeyEvent) {
	if len(k.open) == 0 {
		return
	}
	top := k.open[len(k.open)-1]
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if top.enter != nil {
			top.enter()
		}
	case fyne.KeyEscape:
		if top.escape != nil {
			top.escape()
		}
	}
}

// push puts a dialog on top; the function returned takes it off again.
func (k *dialogKeys) push(enter, escape func()) (pop func()) {
	entry := &dialogKey{enter: enter, escape: escape}
	k.open = append(k.open, entry)
	return func() {
		if i := slices.Index(k.open, entry); i >= 0 {
			k.open = slices.Delete(k.open, i, i+1)
		}
	}
}

// closable is a dialog whose closing can be followed.
type closable interface {
	Hide()
	SetOnClosed(func())
}

// keyed gives d Enter (enter, or closing when nil) and Escape (closing) for as long as it
// is open. Call it before d is shown.
func (k *dialogKeys) keyed(d closable, enter func()) {
	if enter == nil {
		enter = d.Hide
	}
	d.SetOnClosed(k.push(enter, d.Hide))
}

// inform shows a message with one button, closed by Enter or Escape.
func (u *ui) inform(title, message string) {
	d := dialog.NewInformation(title, message, u.win)
	u.keys.keyed(d, nil)
	d.Show()
}

// confirm asks a yes-or-no question: Enter answers yes, Escape no.
func (u *ui) confirm(title, message, yes string, answer func(bool)) *dialog.ConfirmDialog {
	d := dialog.NewConfirm(title, message, answer, u.win)
	d.SetConfirmText(yes)
	d.SetDismissText(lang.X("button.cancel", "Cancel"))
	u.keys.keyed(d, d.Confirm)
	d.Show()
	return d
}

// keyedFile gives an open or save dialog Escape, which closes it without a file, for as long
// as it is open. Enter is its own: its file name entry, or its Open button once a file is
// picked.
func (u *ui) keyedFile(d *dialog.FileDialog) {
	d.SetOnClosed(u.keys.push(nil, d.Dismiss))
}
