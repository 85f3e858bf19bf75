package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// presetPicker is the row at the top of the selection panel: the presets to choose from and
// a button that saves the selection as a new one.
type presetPicker struct {
	pick  *widget.Select
	save  *tipButton
	names []string
	quiet bool

	onChosen func(name string)
	onSave   func()
}

func (p *presetPicker) buildUI(tips *tipLayer) fyne.CanvasObject {
	p.pick = &widget.Select{PlaceHolder: lang.X("preset.placeholder", "Choose a preset..."), OnChanged: func(name string) {
		if !p.quiet && name != "" && p.onChosen != nil {
			p.onChosen(name)
		}
	}}
	p.save = newTipButton("", theme.DocumentSaveIcon(), func() {
		if p.onSave != nil {
			p.onSave()
		}
	}, lang.X("command.preset.save", "Save the selection as a preset..."), tips)
	return &fyne.Container{Layout: borderRight{}, Objects: []fyne.CanvasObject{p.pick, p.save}}
}

// show lists the presets by name, showing selected ("" for none).
func (p *presetPicker) show(presets []preset, selected string) {
	p.names = make([]string, len(presets))
	for i, pr := range presets {
		p.names[i] = pr.Name
	}
	p.quiet = true
	defer func() { p.quiet = false }()
	p.pick.SetOptions(p.names)
	if slices.Contains(p.names, selected) {
		p.pick.SetSelected(selected)
	} else {
		p.pick.ClearSelected()
	}
}

// borderRight lays out its first object across the width left by the second, at the right.
type borderRight struct{}

func (borderRight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	right := objects[1].MinSize().Width
	pad := theme.Padding()
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(size.Width-right-pad, size.Height))
	objects[1].Move(fyne.NewPos(size.Width-right, 0))
	objects[1].Resize(fyne.NewSize(right, size.Height))
}

func (borderRight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(a.Width+b.Width+theme.Padding(), max(a.Height, b.Height))
}

// onPresetChosen puts the preset of that name in use.
func (u *ui) onPresetChosen(name string) {
	for _, p := range u.allPresets() {
		if p.Name == name {
			u.usePreset(p)
			return
		}
	}
}

// onSavePreset asks for a name and keeps the selection and cover fields under it.
func (u *ui) onSavePreset() {
	name := newKeyEntry(lang.X("preset.name.placeholder", "For example: Energy talks, last 10 years"), "")
	name.Validator = func(s string) error { return u.presetNameError(s, "") }
	u.presetForm(lang.X("command.preset.save", "Save the selection as a preset..."), lang.X("preset.save", "Save"),
		[]*widget.FormItem{{Text: lang.X("preset.name", "Name"), Widget: name}}, []*keyEntry{name},
		func() { u.reportPresetError(u.savePreset(name.Text)) })
}

// onRenamePreset asks which of the user's presets to rename, and how.
func (u *ui) onRenamePreset() {
	pick := u.userPresetSelect()
	if pick == nil {
		return
	}
	name := newKeyEntry(lang.X("preset.name.placeholder", "For example: Energy talks, last 10 years"), "")
	name.Validator = func(s string) error { return u.presetNameError(s, pick.Selected) }
	u.presetForm(lang.X("command.preset.rename", "Rename a preset..."), lang.X("preset.rename", "Rename"),
		[]*widget.FormItem{{Text: lang.X("preset.which", "Preset"), Widget: pick}, {Text: lang.X("preset.new.name", "New name"), Widget: name}},
		[]*keyEntry{name}, func() { u.reportPresetError(u.renamePreset(pick.Selected, name.Text)) })
}

// onDeletePreset asks which of the user's presets to delete.
func (u *ui) onDeletePreset() {
	pick := u.userPresetSelect()
	if pick == nil {
		return
	}
	u.presetForm(lang.X("command.preset.delete", "Delete a preset..."), lang.X("preset.delete", "Delete"),
		[]*widget.FormItem{{Text: lang.X("preset.which", "Preset"), Widget: pick}}, nil,
		func() { u.deletePreset(pick.Selected) })
}

// userPresetSelect lists the user's presets, the first picked; with none it says so and
// returns nil.
func (u *ui) userPresetSelect() *widget.Select {
	var names []string
	for _, p := range storedPresets(u.app.Preferences()) {
		names = append(names, p.Name)
	}
	if len(names) == 0 {
		u.inform(lang.X("preset.none.title", "No presets of your own"),
			lang.X("preset.none", "Save a selection as a preset first; the presets that come with the app cannot be renamed or deleted."))
		return nil
	}
	return &widget.Select{Options: names, Selected: names[0]}
}

// presetForm shows a form dialog whose entries and the window hand it Enter and Escape.
func (u *ui) presetForm(title, confirm string, items []*widget.FormItem, entries []*keyEntry, done func()) {
	d := dialog.NewForm(title, confirm, lang.X("button.cancel", "Cancel"), items, func(ok bool) {
		if ok {
			done()
		}
	}, u.win)
	for _, e := range entries {
		e.onEnter, e.onEscape = d.Submit, d.Hide
	}
	u.keys.keyed(d, d.Submit)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	if len(entries) > 0 {
		u.win.Canvas().Focus(entries[0])
	}
}

// reportPresetError shows err, when there is one.
func (u *ui) reportPresetError(err error) {
	if err != nil {
		u.inform(lang.X("preset.error.title", "The preset was not saved"), err.Error())
	}
}
