package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"attache/reports"
	"attache/reports/words"
)

// cardWidth is the width of one key figure card.
const cardWidth = 270

// keyFigureCards shows the briefing's key figures side by side, one card each, saying what
// the documents say of each: the latest value and its period, whether it is stale, its
// caveat, the change over the range, conflicting and mirror figures. Each line is cut to
// the card; tapping a card shows it whole (onDetail).
type keyFigureCards struct {
	row      *fyne.Container
	empty    *widget.Label
	onDetail func(title, text string)
	tips     *tipLayer
}

func (k *keyFigureCards) buildUI() fyne.CanvasObject {
	k.row = container.NewHBox()
	k.empty = &widget.Label{Text: lang.X("preview.no.figures", "No figures in this selection."), Importance: widget.LowImportance}
	return container.NewStack(secondary(k.empty), container.NewHScroll(k.row))
}

// show makes one card per key figure of b.
func (k *keyFigureCards) show(b *reports.Briefing) {
	cards := make([]fyne.CanvasObject, len(b.KeyFigures))
	for i, f := range b.KeyFigures {
		cards[i] = k.card(describeKeyFigure(b, f))
	}
	k.row.Objects = cards
	k.row.Refresh()
	if len(cards) == 0 {
		k.empty.Show()
	} else {
		k.empty.Hide()
	}
}

// keyFigureText is what one card says, line by line; "" for a line that does not apply.
type keyFigureText struct {
	name, value, about string
	stale, caveat      string // warnings
	change             string
	conflict, mirror   string
}

// lines are the card's lines as the detail shows them, whole.
func (t keyFigureText) lines() []string {
	var out []string
	for _, s := range []string{t.value, t.about, t.stale, t.caveat, t.change, t.conflict, t.mirror} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func describeKeyFigure(b *reports.Briefing, f reports.KeyFigure) keyFigureText {
	l := b.Lang()
	t := keyFigureText{name: b.IndicatorName(f.Indicator), value: b.FigureText(f.Latest)}
	year := l.Year(f.Latest.Year())
	about := []string{year}
	if f.Latest.Partial {
		about[0] = lang.X("figure.partial.year", "{{.Year}} (part of the year)", map[string]any{"Year": year})
	}
	if f.Reporter != "" {
		about = append(about, b.ReporterText(f.Reporter))
	}
	if n := words.Citations(f.Latest.Sources); n != "" {
		about = append(about, n)
	}
	t.about = strings.Join(about, " · ")
	if f.Stale {
		t.stale = l.T("figures.stale", year)
	}
	if c := b.Caveat(f.Latest.Record); c != "" {
		t.caveat = l.T("figures.caveat", c)
	}
	t.change = changeText(b, f)
	if n := len(f.Conflicts); n > 0 {
		values := make([]string, n)
		for i, c := range f.Conflicts {
			values[i] = b.FigureText(c) + " " + words.Citations(c.Sources)
		}
		t.conflict = lang.X("figure.conflict", "Sources disagree: {{.Values}}", map[string]any{"Values": strings.Join(values, "; ")})
	}
	if m := f.Mirror; m != nil {
		t.mirror = lang.X("figure.mirror", "Mirror: {{.Value}}", map[string]any{"Value": b.FigureText(*m) + " " + words.Citations(m.Sources)})
		if m.Reporter != "" {
			t.mirror = lang.X("figure.mirror.by", "Mirror: {{.Value}} by {{.Reporter}}",
				map[string]any{"Value": b.FigureText(*m) + " " + words.Citations(m.Sources), "Reporter": b.CountryName(m.Reporter)})
		}
	}
	return t
}

// changeText is the change over the range as the PDF's key figures write it: with its bound
// ("at least +37 (+92.5%)"), or why there is no percentage, and the value it is measured
// from; or why no change is shown; "" when there is nothing to compare with.
func changeText(b *reports.Briefing, f reports.KeyFigure) string {
	l, c := b.Lang(), f.Change
	if c == nil {
		if f.NoChange != "" {
			return l.T("why." + string(f.NoChange))
		}
		return ""
	}
	s := reports.ChangeText(l, c) + " · " + l.T("pdf.keyfig.since", l.Year(c.From.Year()), b.FigureText(c.From))
	if !c.HasPercent && c.NoPercent != "" {
		s += " · " + l.T("why."+string(c.NoPercent))
	}
	return s
}

// card lays one key figure out: fixed lines first, so that cards line up, then the
// warnings and the other figures.
func (k *keyFigureCards) card(t keyFigureText) fyne.CanvasObject {
	line := func(text string, importance widget.Importance) *widget.Label {
		return &widget.Label{Text: text, Importance: importance, Truncation: fyne.TextTruncateEllipsis}
	}
	warning := func(text string) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, line(text, widget.WarningImportance))
	}
	value := line(t.value, widget.MediumImportance)
	value.TextStyle, value.SizeName = fyne.TextStyle{Bold: true}, theme.SizeNameSubHeadingText
	lines := []fyne.CanvasObject{line(t.name, widget.LowImportance), value, line(t.about, widget.MediumImportance)}
	if t.stale != "" {
		lines = append(lines, warning(t.stale))
	}
	if t.caveat != "" {
		lines = append(lines, warning(t.caveat))
	}
	if t.change != "" {
		lines = append(lines, line(t.change, widget.MediumImportance))
	}
	if t.conflict != "" {
		lines = append(lines, warning(t.conflict))
	}
	if t.mirror != "" {
		lines = append(lines, line(t.mirror, widget.LowImportance))
	}
	box := container.New(layout.NewCustomPaddedVBoxLayout(0), lines...)
	card := newTappable(&widget.Card{Content: container.NewThemeOverride(box, newCompactTheme())}, func() {
		if k.onDetail != nil {
			k.onDetail(t.name, strings.Join(t.lines(), "\n"))
		}
	})
	card.tip, card.tips = strings.Join(append([]string{t.name}, t.lines()...), "\n"), k.tips
	return container.New(&fixedWidth{width: cardWidth}, card)
}

// tappable makes an object answer a tap: a key figure card shows itself whole.
type tappable struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	onTapped func()
	tip      string // the card whole, shown while the pointer rests on it
	tips     *tipLayer
}

func newTappable(content fyne.CanvasObject, onTapped func()) *tappable {
	t := &tappable{content: content, onTapped: onTapped}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tappable) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

// Tapped runs onTapped.
func (t *tappable) Tapped(*fyne.PointEvent) {
	t.tips.hide()
	t.onTapped()
}

// MouseIn asks for the card's tip.
func (t *tappable) MouseIn(*desktop.MouseEvent) { t.tips.later(t, t.tip) }

// MouseMoved does nothing: the tip stays where it was asked for.
func (t *tappable) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the tip away.
func (t *tappable) MouseOut() { t.tips.hide() }

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
