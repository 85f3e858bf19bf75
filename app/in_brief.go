package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/words"
)

// inBriefHeight is the most room the key messages take above the key figure cards, about
// four compact lines; more scroll, so that the records keep their room on a small screen.
const inBriefHeight = 80

// inBriefView shows the briefing's key messages, each with its sources, and the dates
// ahead in one line, as the brief PDF opens with them. Each part is hidden when the
// briefing has none.
type inBriefView struct {
	box      *fyne.Container // the heading and the messages
	messages *fyne.Container
	ahead    *widget.Label
}

func (v *inBriefView) buildUI() fyne.CanvasObject {
	v.messages = container.New(layout.NewCustomPaddedVBoxLayout(0))
	scroll := container.NewVScroll(v.messages)
	v.box = container.New(layout.NewCustomPaddedVBoxLayout(0), heading(lang.X("preview.in.brief", "In brief")),
		container.New(&cappedHeight{max: inBriefHeight, content: v.messages}, scroll))
	v.ahead = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	v.box.Hide()
	v.ahead.Hide()
	// The compact lines keep their text where the labels around them have theirs.
	inset := theme.InnerPadding() - newCompactTheme().Size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(0, 0, inset, inset),
		container.NewThemeOverride(container.NewVBox(v.box, v.ahead), newCompactTheme()))
}

// show lists the messages and the dates ahead of b.
func (v *inBriefView) show(b *reports.Briefing) {
	objects := make([]fyne.CanvasObject, len(b.InBrief))
	for i, m := range b.InBrief {
		text := m.Text
		if n := words.Citations(m.Sources); n != "" {
			text += " " + n
		}
		objects[i] = &widget.Label{Text: "• " + text, Wrapping: fyne.TextWrapWord}
	}
	v.messages.Objects = objects
	v.messages.Refresh()
	if len(objects) == 0 {
		v.box.Hide()
	} else {
		v.box.Show()
	}
	if len(b.DatesAhead) == 0 {
		v.ahead.Hide()
		return
	}
	dates := make([]string, len(b.DatesAhead))
	for i, d := range b.DatesAhead {
		dates[i] = words.Day(b.Lang(), d.Day) + " — " + d.Text
		if n := words.Citations(d.Sources); n != "" {
			dates[i] += " " + n
		}
	}
	v.ahead.SetText(lang.X("preview.dates.ahead", "Dates ahead: {{.Dates}}", map[string]any{"Dates": strings.Join(dates, "; ")}))
	v.ahead.Show()
}

// cappedHeight lays out one object (a scroll) as tall as content wants, up to max.
type cappedHeight struct {
	max     float32
	content fyne.CanvasObject
}

func (l *cappedHeight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *cappedHeight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, min(l.content.MinSize().Height, l.max))
}
