package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
)

// cardWidth is the width of one key figure card.
const cardWidth = 270

// keyFigureCards shows the briefing's key figures side by side, one card each: the latest
// value with its qualifier, year, reporter and source number, and a mark where sources
// disagree.
type keyFigureCards struct {
	row   *fyne.Container
	empty *widget.Label
}

func (k *keyFigureCards) buildUI() fyne.CanvasObject {
	k.row = container.NewHBox()
	k.empty = &widget.Label{Text: lang.X("preview.no.figures", "No figures in this selection."), Importance: widget.LowImportance}
	return container.NewStack(k.empty, container.NewHScroll(k.row))
}

// show makes one card per key figure of b.
func (k *keyFigureCards) show(b *reports.Briefing) {
	cards := make([]fyne.CanvasObject, len(b.KeyFigures))
	for i, f := range b.KeyFigures {
		cards[i] = keyFigureCard(b, f)
	}
	k.row.Objects = cards
	k.row.Refresh()
	if len(cards) == 0 {
		k.empty.Show()
	} else {
		k.empty.Hide()
	}
}

// keyFigureText is what one card says, line by line.
type keyFigureText struct {
	name, value, about, conflict, mirror string
}

func describeKeyFigure(b *reports.Briefing, f reports.KeyFigure) keyFigureText {
	t := keyFigureText{name: b.IndicatorName(f.Indicator), value: b.FigureText(f.Latest)}
	about := []string{strconv.Itoa(f.Latest.Year())}
	if f.Latest.Partial {
		about[0] = lang.X("figure.partial.year", "{{.Year}} (part of the year)", map[string]any{"Year": about[0]})
	}
	if f.Reporter != "" {
		about = append(about, lang.X("figure.reported.by", "reported by {{.Reporter}}", map[string]any{"Reporter": f.Reporter}))
	}
	if n := reports.CitationText(f.Latest.Sources); n != "" {
		about = append(about, n)
	}
	t.about = strings.Join(about, " · ")
	if n := len(f.Conflicts); n > 0 {
		values := make([]string, n)
		for i, c := range f.Conflicts {
			values[i] = b.FigureText(c) + " " + reports.CitationText(c.Sources)
		}
		t.conflict = lang.X("figure.conflict", "Sources disagree: {{.Values}}", map[string]any{"Values": strings.Join(values, "; ")})
	}
	if f.Mirror != nil {
		t.mirror = lang.X("figure.mirror", "Mirror: {{.Value}}", map[string]any{"Value": b.FigureText(*f.Mirror)})
		if f.Mirror.Reporter != "" {
			t.mirror = lang.X("figure.mirror.by", "Mirror: {{.Value}} by {{.Reporter}}",
				map[string]any{"Value": b.FigureText(*f.Mirror), "Reporter": f.Mirror.Reporter})
		}
	}
	return t
}

func keyFigureCard(b *reports.Briefing, f reports.KeyFigure) fyne.CanvasObject {
	t := describeKeyFigure(b, f)
	lines := []fyne.CanvasObject{
		&widget.Label{Text: t.name, Truncation: fyne.TextTruncateEllipsis, Importance: widget.LowImportance},
		&widget.Label{Text: t.value, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Truncation: fyne.TextTruncateEllipsis},
		&widget.Label{Text: t.about, Truncation: fyne.TextTruncateEllipsis},
	}
	if t.conflict != "" {
		mark := widget.NewIcon(theme.WarningIcon())
		lines = append(lines, container.NewBorder(nil, nil, mark, nil,
			&widget.Label{Text: t.conflict, Importance: widget.WarningImportance, Truncation: fyne.TextTruncateEllipsis}))
	}
	if t.mirror != "" {
		lines = append(lines, &widget.Label{Text: t.mirror, Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis})
	}
	box := container.NewVBox(lines...)
	card := &widget.Card{Content: box}
	return container.New(&fixedWidth{width: cardWidth}, card)
}

// fixedWidth lays its objects out at a fixed width and their own height, so that the cards
// line up whatever their text.
type fixedWidth struct{ width float32 }

func (l *fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.width, h)
}
