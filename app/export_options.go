package app

import (
	"encoding/json"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports/export"
	"attache/reports/i18n"
	"attache/reports/pdf"
)

// exportChoice is what the export options dialog asks before the save dialog: the options
// the command line takes as flags. It is remembered, and pre-fills the next export.
type exportChoice struct {
	Lang           string `json:"lang,omitempty"`   // a language code of appLanguages
	Length         string `json:"length,omitempty"` // an export.Length
	Paper          string `json:"paper,omitempty"`  // paperA4 or paperLetter
	Title          string `json:"title,omitempty"`  // "" for the default title
	PreparedBy     string `json:"prepared_by,omitempty"`
	Classification string `json:"classification,omitempty"`
}

// The paper sizes as the preferences store them.
const (
	paperA4     = "a4"
	paperLetter = "letter"
)

// defaultExportChoice is what the dialog offers before anything was chosen: the documents
// in the app's language, standard length, A4.
func defaultExportChoice() exportChoice {
	return exportChoice{Lang: currentLang(), Length: string(export.Standard), Paper: paperA4}
}

// lang is the language the documents are written in.
func (c exportChoice) lang() i18n.Lang {
	l, err := i18n.Parse(c.Lang)
	if err != nil {
		return appDocumentLang()
	}
	return l
}

func (c exportChoice) paper() pdf.Paper {
	if c.Paper == paperLetter {
		return pdf.Letter
	}
	return pdf.A4
}

func (c exportChoice) length() export.Length {
	l, err := export.ParseLength(c.Length)
	if err != nil {
		return export.Standard
	}
	return l
}

// storedExportChoice returns the export options chosen last, completed with the defaults
// where nothing (or nothing valid) was stored.
func storedExportChoice(p fyne.Preferences) exportChoice {
	c := defaultExportChoice()
	if s := p.String(prefExport); s != "" {
		var stored exportChoice
		if json.Unmarshal([]byte(s), &stored) == nil {
			c.Title, c.PreparedBy, c.Classification = stored.Title, stored.PreparedBy, stored.Classification
			if isAppLanguage(stored.Lang) {
				c.Lang = stored.Lang
			}
			if _, err := export.ParseLength(stored.Length); err == nil {
				c.Length = stored.Length
			}
			if stored.Paper == paperLetter {
				c.Paper = paperLetter
			}
		}
	}
	return c
}

// rememberExportChoice writes down the export options, in one go.
func rememberExportChoice(p fyne.Preferences, c exportChoice) {
	b, err := json.Marshal(c)
	if err != nil {
		fyne.LogError("remembering the export options", err)
		return
	}
	p.SetString(prefExport, string(b))
}

// exportOptionsDialog asks for the options of one export. Enter confirms and Escape
// cancels, wherever the focus is: on an entry (keyEntry) or nowhere (the canvas).
type exportOptionsDialog struct {
	dialog         *dialog.FormDialog
	language       *widget.Select
	length         *widget.RadioGroup // nil when no PDF is exported
	paper          *widget.RadioGroup // nil when no PDF is exported
	title          *keyEntry
	preparedBy     *keyEntry
	classification *keyEntry

	lengths []export.Length // in the order of length's options
}

// lengthLabel names a length of the PDF as the dialog offers it.
func lengthLabel(l export.Length) string {
	switch l {
	case export.Brief:
		return lang.X("export.length.brief", "Brief — at most two pages")
	case export.Full:
		return lang.X("export.length.full", "Full — with every record")
	}
	return lang.X("export.length.standard", "Standard")
}

func paperLabel(code string) string {
	if code == paperLetter {
		return lang.X("export.paper.letter", "US Letter")
	}
	return lang.X("export.paper.a4", "A4")
}

// askExportOptions shows the options dialog pre-filled with the last choice; on confirm it
// remembers the choice and hands it to then.
func (u *ui) askExportOptions(formats []export.Format, then func(exportChoice)) *exportOptionsDialog {
	prefs := u.app.Preferences()
	last := storedExportChoice(prefs)
	d := &exportOptionsDialog{lengths: export.Lengths}

	names := make([]string, len(appLanguages))
	d.language = &widget.Select{}
	for i, l := range appLanguages {
		names[i] = l.name
		if l.code == last.Lang {
			d.language.Selected = l.name
		}
	}
	d.language.Options = names
	d.title = newKeyEntry(lang.X("export.title.placeholder", "Empty for the default title"), last.Title)
	d.preparedBy = newKeyEntry(lang.X("export.prepared.placeholder", "Name, department"), last.PreparedBy)
	d.classification = newKeyEntry(lang.X("export.classification.placeholder", "For example: For official use"), last.Classification)

	items := []*widget.FormItem{{Text: lang.X("export.option.language", "Language of the documents"), Widget: d.language}}
	if slices.Contains(formats, export.PDF) {
		lengths := make([]string, len(d.lengths))
		for i, l := range d.lengths {
			lengths[i] = lengthLabel(l)
		}
		d.length = &widget.RadioGroup{Options: lengths, Required: true, Selected: lengthLabel(last.length())}
		d.paper = &widget.RadioGroup{Options: []string{paperLabel(paperA4), paperLabel(paperLetter)}, Horizontal: true, Required: true, Selected: paperLabel(last.Paper)}
		items = append(items,
			&widget.FormItem{Text: lang.X("export.option.length", "Length of the PDF"), Widget: d.length},
			&widget.FormItem{Text: lang.X("export.option.paper", "Paper"), Widget: d.paper})
	}
	items = append(items,
		&widget.FormItem{Text: lang.X("export.option.title", "Title"), Widget: d.title},
		&widget.FormItem{Text: lang.X("export.option.prepared", "Prepared by"), Widget: d.preparedBy},
		&widget.FormItem{Text: lang.X("export.option.classification", "Classification"), Widget: d.classification})

	var pop func()
	d.dialog = dialog.NewForm(exportTitle(formats), lang.X("export.options.next", "Choose the file..."), lang.X("button.cancel", "Cancel"), items, func(ok bool) {
		pop() // before anything else opens
		if !ok {
			return
		}
		c := d.read(last)
		rememberExportChoice(prefs, c)
		then(c)
	}, u.win)
	for _, e := range []*keyEntry{d.title, d.preparedBy, d.classification} {
		e.onEnter, e.onEscape = d.dialog.Submit, d.dialog.Hide
	}
	pop = u.keys.push(d.dialog.Submit, d.dialog.Hide)
	d.dialog.Resize(fyne.NewSize(560, 0))
	d.dialog.Show()
	u.exportOptions = d
	return d
}

// read returns the choice the dialog shows; what it does not ask (the length and paper of
// an export without a PDF) stays as it was.
func (d *exportOptionsDialog) read(last exportChoice) exportChoice {
	c := last
	if i := d.language.SelectedIndex(); i >= 0 {
		c.Lang = appLanguages[i].code
	}
	if d.length != nil {
		for _, l := range d.lengths {
			if lengthLabel(l) == d.length.Selected {
				c.Length = string(l)
			}
		}
		c.Paper = paperA4
		if d.paper.Selected == paperLabel(paperLetter) {
			c.Paper = paperLetter
		}
	}
	c.Title, c.PreparedBy, c.Classification = d.title.Text, d.preparedBy.Text, d.classification.Text
	return c
}

// keyEntry is a one-line entry that hands Enter and Escape to the dialog it sits in.
type keyEntry struct {
	widget.Entry
	onEnter, onEscape func()
}

func newKeyEntry(placeHolder, text string) *keyEntry {
	e := &keyEntry{}
	e.PlaceHolder, e.Text = placeHolder, text
	e.OnSubmitted = func(string) {
		if e.onEnter != nil {
			e.onEnter()
		}
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the dialog on Escape; every other key edits the text.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
