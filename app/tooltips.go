package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipDelay is how long the pointer rests on an object before its tooltip shows.
const tipDelay = 600 * time.Millisecond

// tipLayer shows tooltips: a short text under the object the pointer rests on, for icon
// buttons, truncated cells and key figure cards.
//
// Fyne (2.8) has no tooltips, and a pop-up would not do: while an overlay is shown, Fyne
// sends the pointer's events to it alone, so the object under it would lose the pointer
// and the tip would flicker. The layer is instead the top of the window's content, holding
// a label and a rectangle, which take no events: the pointer reaches what is under them.
type tipLayer struct {
	box    *fyne.Container
	bubble *fyne.Container
	label  *widget.Label
	timer  *time.Timer
	round  int          // counts tips asked for, so that a late timer for an old one does nothing
	post   func(func()) // the UI thread's boundary (uiThread.post), for the timer's goroutine
}

func (l *tipLayer) buildUI() fyne.CanvasObject {
	l.label = &widget.Label{}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	l.bubble = container.NewStack(bg, l.label)
	l.bubble.Hide()
	l.box = container.NewWithoutLayout(l.bubble)
	return l.box
}

// later shows text under o once the pointer has rested there for tipDelay.
func (l *tipLayer) later(o fyne.CanvasObject, text string) {
	if l == nil || l.box == nil || text == "" {
		return
	}
	l.round++
	round := l.round
	if l.timer != nil {
		l.timer.Stop()
	}
	l.timer = time.AfterFunc(tipDelay, func() {
		l.post(func() {
			if round == l.round {
				l.show(o, text)
			}
		})
	})
}

// show puts text under o at once, kept inside the window.
func (l *tipLayer) show(o fyne.CanvasObject, text string) {
	l.label.SetText(text)
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(l.box))
	size := l.bubble.MinSize()
	if maxW := l.box.Size().Width * 0.6; size.Width > maxW && maxW > 0 {
		l.label.Wrapping = fyne.TextWrapWord
		size = fyne.NewSize(maxW, l.label.MinSize().Height)
		l.label.Resize(size)
		size.Height = l.bubble.MinSize().Height
	} else {
		l.label.Wrapping = fyne.TextWrapOff
	}
	pos := fyne.NewPos(at.X, at.Y+o.Size().Height+theme.Padding())
	area := l.box.Size()
	if pos.X+size.Width > area.Width {
		pos.X = max(0, area.Width-size.Width)
	}
	if pos.Y+size.Height > area.Height {
		pos.Y = max(0, at.Y-size.Height-theme.Padding())
	}
	l.bubble.Resize(size)
	l.bubble.Move(pos)
	l.bubble.Show()
	// The box, not the bubble: a canvas knows only the objects it drew, and the hidden
	// bubble was not among them, so refreshing it alone would not draw it.
	l.box.Refresh()
}

// hide takes the tip away, and one that was about to show.
func (l *tipLayer) hide() {
	if l == nil || l.box == nil {
		return
	}
	l.round++
	if l.timer != nil {
		l.timer.Stop()
	}
	if l.bubble.Visible() {
		l.bubble.Hide()
		l.box.Refresh()
	}
}

// shown is the tip on screen, "" when none.
func (l *tipLayer) shown() string {
	if l == nil || l.bubble == nil || !l.bubble.Visible() {
		return ""
	}
	return l.label.Text
}

// tipButton is a button with a tooltip: what an icon-only button does, and its shortcut.
type tipButton struct {
	widget.Button
	tip  string
	tips *tipLayer
}

var _ desktop.Hoverable = (*tipButton)(nil)

func newTipButton(text string, icon fyne.Resource, run func(), tip string, tips *tipLayer) *tipButton {
	t := &tipButton{tip: tip, tips: tips}
	t.Text, t.Icon, t.OnTapped = text, icon, run
	t.ExtendBaseWidget(t)
	return t
}

// MouseIn asks for the tip, and lets the button show that it is under the pointer.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.tips.later(b, b.tip)
}

// MouseOut takes the tip away.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.hide()
}

// Tapped takes the tip away before the button does its work.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.tips.hide()
	b.Button.Tapped(e)
}

// tipLabel is a one-line label that shows its whole text as a tooltip when it is cut short.
type tipLabel struct {
	widget.Label
	tips *tipLayer
}

var _ desktop.Hoverable = (*tipLabel)(nil)

func newTipLabel(tips *tipLayer) *tipLabel {
	l := &tipLabel{tips: tips}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// truncated reports whether the label's text is wider than the label.
func (l *tipLabel) truncated() bool {
	room := l.Size().Width - 2*theme.InnerPadding()
	return fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width > room
}

// MouseIn asks for the tip when the text is cut short.
func (l *tipLabel) MouseIn(*desktop.MouseEvent) {
	if l.truncated() {
		l.tips.later(l, l.Text)
	}
}

// MouseMoved does nothing: the tip stays where it was asked for.
func (l *tipLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the tip away.
func (l *tipLabel) MouseOut() { l.tips.hide() }
