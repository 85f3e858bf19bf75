package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
)

// problemLines lists the problems an error reports and how many there are: a
// ValidationError's Lines (the first problems, then the rest counted by kind), else the
// lines of its message.
func problemLines(err error) (lines []string, total int) {
	var verr *dataset.ValidationError
	if errors.As(err, &verr) && len(verr.Problems) > 0 {
		return verr.Lines(), verr.Total()
	}
	lines = strings.Split(strings.TrimSpace(err.Error()), "\n")
	return lines, len(lines)
}

// problemsDialog lists every problem of a dataset or table that was refused, in a scrolling
// list, and says that the dataset in use stays.
type problemsDialog struct {
	dialog   *dialog.CustomDialog
	problems []string
	list     *widget.List
}

// showProblems opens the dialog for err with a title that says what was refused.
func (u *ui) showProblems(title string, err error) *problemsDialog {
	lines, total := problemLines(err)
	p := &problemsDialog{problems: lines}
	intro := lang.X("problems.intro", "{{.Problems}} found. Nothing was changed. Correct the file and try again.",
		map[string]any{"Problems": problemCount(total)})
	if u.ws.data() != nil {
		intro = lang.X("problems.intro.kept", "{{.Problems}} found. Nothing was changed: {{.Dataset}} ({{.Origin}}) stays in use. Correct the file and try again.",
			map[string]any{"Problems": problemCount(total), "Dataset": datasetLabel(u.ws.data()), "Origin": originLabel(u.ws.origin)})
	}
	p.list = &widget.List{
		Length: func() int { return len(p.problems) },
		CreateItem: func() fyne.CanvasObject {
			return &widget.Label{Wrapping: fyne.TextWrapWord}
		},
		UpdateItem: p.updateItem,
	}
	p.list.ExtendBaseWidget(p.list)
	copyAll := &widget.Button{Text: lang.X("problems.copy.all", "Copy all"), Icon: theme.ContentCopyIcon(), OnTapped: func() {
		u.app.Clipboard().SetContent(strings.Join(p.problems, "\n"))
	}}
	head := container.NewVBox(&widget.Label{Text: intro, Wrapping: fyne.TextWrapWord})
	p.dialog = dialog.NewCustom(title, lang.X("button.close", "Close"), container.NewBorder(head, container.NewHBox(copyAll), nil, nil, p.list), u.win)
	p.dialog.Resize(fyne.NewSize(820, 480))
	u.keys.keyed(p.dialog, nil)
	p.dialog.Show()
	u.problems = p
	return p
}

// updateItem fills a row and sizes it to its wrapped text, so long problems read in full.
func (p *problemsDialog) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	label := o.(*widget.Label)
	label.SetText(p.problems[id])
	width := p.list.Size().Width - theme.Padding()*4
	if width <= 0 {
		return
	}
	label.Resize(fyne.NewSize(width, label.MinSize().Height))
	if h := label.MinSize().Height; h > 0 {
		p.list.SetItemHeight(id, h)
	}
}
