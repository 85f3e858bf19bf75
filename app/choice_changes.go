package app

import (
	"context"
	"time"
)

// maxUndo is how many choices Ctrl+Z can go back through.
const maxUndo = 50

// sessionSaveDelay is how long the selection must stay as it is before it is written down:
// every write rewrites the whole preferences file, and a burst of changes (typing a
// search, ticking five sectors) needs one write, not one each.
const sessionSaveDelay = 800 * time.Millisecond

// applyChoice shows a choice made for the user (a preset, an undo's target excepted) as
// though they had made it in the panel: it can be undone, and it is saved.
func (u *ui) applyChoice(c choice) {
	u.rememberForUndo()
	u.selection.showMissing(missingSectors(c, u.ws.data()))
	u.ws.choice = c.fit(u.ws.data(), u.ws.index.span)
	u.selection.showChoice(u.ws.choice)
	u.choiceSettled()
}

// rememberForUndo keeps the current choice for Ctrl+Z.
func (u *ui) rememberForUndo() {
	u.undo = append(u.undo, u.ws.choice)
	if len(u.undo) > maxUndo {
		u.undo = u.undo[len(u.undo)-maxUndo:]
	}
	u.commands.allowUndo(true)
}

// onUndo goes back to the choice before the last change.
func (u *ui) onUndo() {
	if len(u.undo) == 0 {
		return
	}
	c := u.undo[len(u.undo)-1]
	u.undo = u.undo[:len(u.undo)-1]
	u.ws.choice = c
	u.selection.showChoice(c)
	u.choiceSettled()
}

// choiceSettled follows a new choice: the preview, the undo command, and a save of the
// session once the choice has stayed for saveDelay.
func (u *ui) choiceSettled() {
	u.commands.allowUndo(len(u.undo) > 0)
	u.refreshPreview()
	u.saveSoon()
}

// saveSoon writes the session down once nothing has changed for saveDelay, so that a
// selection survives a crash or a logout, not only a quit or an export.
func (u *ui) saveSoon() {
	if u.cancelSave != nil {
		u.cancelSave()
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.cancelSave = cancel
	wait := u.saveDelay
	u.thread.background(func() func() {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		return func() {
			if ctx.Err() == nil {
				u.rememberSession("")
			}
		}
	})
}
