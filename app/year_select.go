package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// yearListRows is how many years the year picker's list shows at once.
const yearListRows = 8

// yearSelect is a picker of years that opens at the year picked. Fyne's Select lists its
// options from the first, so a range of 1992–2026 opened at 1992 and took twenty wheel
// notches to reach 2024; this one opens a scrolling list with the year picked in view and
// highlighted, moved by the arrow keys, taken by a tap or Enter, closed by Escape.
type yearSelect struct {
	widget.Select
	keys  *dialogKeys // while the list is open, Escape closes it
	popUp *widget.PopUp
	list  *yearList
	pop   func() // takes the open list's Escape off the stack
}

func newYearSelect(placeHolder string, onChanged func(string), keys *dialogKeys) *yearSelect {
	s := &yearSelect{keys: keys}
	s.PlaceHolder, s.OnChanged = placeHolder, onChanged
	s.ExtendBaseWidget(s)
	return s
}

// Tapped opens the list.
func (s *yearSelect) Tapped(*fyne.PointEvent) {
	if !s.Disabled() {
		s.open()
	}
}

// TypedKey opens the list on Space, Enter or Down, as the Select does.
func (s *yearSelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDown:
		s.open()
	default:
		s.Select.TypedKey(ev)
	}
}

// open shows the years under the picker, scrolled to the one picked (to the last year
// when none is).
func (s *yearSelect) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil || len(s.Options) == 0 {
		return
	}
	opts := slices.Clone(s.Options)
	at := slices.Index(opts, s.Selected)
	if at < 0 {
		at = len(opts) - 1
	}
	s.list = &yearList{at: at}
	s.list.Length = func() int { return len(opts) }
	s.list.CreateItem = func() fyne.CanvasObject { return &widget.Label{} }
	s.list.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(opts[id]) }
	s.list.ExtendBaseWidget(s.list)
	s.list.onEscape = s.close
	s.list.onPick = func(id widget.ListItemID) {
		s.close()
		s.SetSelected(opts[id])
	}
	rows := min(len(opts), yearListRows)
	row := s.list.CreateItem().MinSize().Height
	box := container.NewGridWrap(fyne.NewSize(s.Size().Width, float32(rows)*(row+1)), s.list)
	s.popUp = widget.NewPopUp(box, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	below := pos.AddXY(0, s.Size().Height)
	if h := box.MinSize().Height; below.Y+h > c.Size().Height && pos.Y-h >= 0 {
		below = pos.AddXY(0, -h) // no room under the picker: the list opens above it
	}
	s.popUp.ShowAtPosition(below)
	s.list.highlight(at)
	s.list.OnSelected = func(id widget.ListItemID) {
		if !s.list.moving {
			s.list.onPick(id)
		}
	}
	if s.pop != nil {
		s.pop() // the list before was closed by a tap beside it, which Fyne does not report
	}
	s.pop = s.keys.push(nil, s.close)
	c.Focus(s.list)
}

// close hides the list without a change.
func (s *yearSelect) close() {
	if s.pop != nil {
		s.pop()
		s.pop = nil
	}
	if s.popUp != nil {
		s.popUp.Hide()
		s.popUp = nil
	}
}

// shown is the list of years when it is open, nil when not.
func (s *yearSelect) shown() *yearList {
	if s.popUp == nil || !s.popUp.Visible() {
		return nil
	}
	return s.list
}

// yearList is the picker's list: Up and Down move the highlight from the year picked, Enter
// or Space takes the highlighted year, a tap takes the year tapped, Escape closes the list.
// (Fyne's list keeps its own keyboard position from the first row, and lets Escape go.)
type yearList struct {
	widget.List
	at       widget.ListItemID // the highlighted row
	moving   bool              // set while the highlight moves, which is not a pick
	onPick   func(widget.ListItemID)
	onEscape func()
}

// highlight marks row id and scrolls it into view.
func (l *yearList) highlight(id widget.ListItemID) {
	l.at = id
	l.moving = true
	l.Select(id)
	l.moving = false
	l.ScrollTo(id)
}

// TypedKey moves, takes or closes; see yearList.
func (l *yearList) TypedKey(ev *fyne.KeyEvent) {
	n := l.Length()
	switch ev.Name {
	case fyne.KeyEscape:
		l.onEscape()
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		l.onPick(l.at)
	case fyne.KeyUp:
		l.highlight(max(0, l.at-1))
	case fyne.KeyDown:
		l.highlight(min(n-1, l.at+1))
	case fyne.KeyPageUp:
		l.highlight(max(0, l.at-yearListRows))
	case fyne.KeyPageDown:
		l.highlight(min(n-1, l.at+yearListRows))
	case fyne.KeyHome:
		l.highlight(0)
	case fyne.KeyEnd:
		l.highlight(n - 1)
	}
}
