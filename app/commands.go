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

	"attache/reports/export"
)

// command is one thing the user can ask for. The toolbar button and the menu item of a
// command are made from it, so they always say and do the same.
type command struct {
	label    string
	icon     fyne.Resource
	shortcut *desktop.CustomShortcut // nil when the command has none
	run      func()
	export   bool // needs something to export; off, with the reason shown, when there is nothing
	iconOnly bool // its toolbar button shows the icon alone; the menu item says what it is

	button *tipButton
	item   *fyne.MenuItem
}

// commands is the toolbar, the main menu and the keyboard shortcuts.
type commands struct {
	win  fyne.Window
	tips *tipLayer

	exportPDF, exportXLSX, exportBoth       *command
	openDataset, importRecords, backBundled *command
	about, undo                             *command
	savePreset, renamePreset, deletePreset  *command

	recent  *fyne.MenuItem // the File menu's list of the datasets opened last
	reason  *widget.Label  // why the exports are off
	blocker string
	menu    *fyne.MainMenu

	inform      func(title, message string) // shows a message in a dialog
	recentFiles func() []*fyne.MenuItem     // the entries of the recent list
	language    string                      // the language chosen, languageSystem to follow the system
	onLanguage  func(code string)           // runs when another language is chosen in the menu
}

func newCommands(u *ui) *commands {
	ctrl := fyne.KeyModifierShortcutDefault
	c := &commands{
		win:         u.win,
		tips:        &u.tips,
		inform:      u.inform,
		recentFiles: u.recentItems,
		language:    storedLanguage(u.app.Preferences()),
		onLanguage:  u.onLanguageChosen,
		exportPDF: &command{label: lang.X("command.export.pdf", "Export PDF..."), icon: theme.DocumentSaveIcon(), export: true,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: ctrl},
			run:      func() { u.onExport(export.PDF) }},
		exportXLSX: &command{label: lang.X("command.export.xlsx", "Export Excel..."), icon: theme.GridIcon(), export: true,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: ctrl | fyne.KeyModifierShift},
			run:      func() { u.onExport(export.Workbook) }},
		exportBoth: &command{label: lang.X("command.export.both", "Export both..."), icon: theme.DownloadIcon(), export: true,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: ctrl},
			run:      func() { u.onExport(export.PDF, export.Workbook) }},
		openDataset: &command{label: lang.X("command.open.dataset", "Open dataset..."), icon: theme.FolderOpenIcon(), iconOnly: true,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: ctrl},
			run:      u.onOpenDataset},
		importRecords: &command{label: lang.X("command.import.records", "Import records..."), icon: theme.ContentAddIcon(), iconOnly: true,
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: ctrl},
			run:      u.onImportRecords},
		backBundled: &command{label: lang.X("command.back.bundled", "Back to the bundled dataset"), icon: theme.HistoryIcon(),
			run: u.onBackToBundled},
		savePreset: &command{label: lang.X("command.preset.save", "Save the selection as a preset..."), icon: theme.DocumentSaveIcon(),
			run: u.onSavePreset},
		renamePreset: &command{label: lang.X("command.preset.rename", "Rename a preset..."), icon: theme.DocumentCreateIcon(),
			run: u.onRenamePreset},
		deletePreset: &command{label: lang.X("command.preset.delete", "Delete a preset..."), icon: theme.DeleteIcon(),
			run: u.onDeletePreset},
		undo: &command{label: lang.X("command.undo", "Undo the last change of the selection"), icon: theme.ContentUndoIcon(),
			shortcut: &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: ctrl},
			run:      u.onUndo},
		about: &command{label: lang.X("command.about", "About Attaché"), icon: theme.InfoIcon(), iconOnly: true,
			run: u.onAbout},
	}
	for _, cmd := range c.all() {
		c.make(cmd)
	}
	return c
}

func (c *commands) all() []*command {
	return []*command{c.openDataset, c.importRecords, c.backBundled, c.exportPDF, c.exportXLSX, c.exportBoth, c.undo, c.savePreset, c.renamePreset, c.deletePreset, c.about}
}

// make builds the command's button and menu item. While exports are off, a shortcut for one
// says why instead of doing nothing.
func (c *commands) make(cmd *command) {
	run := cmd.run
	if cmd.export {
		run = func() {
			if c.blocker != "" {
				c.inform(lang.X("dialog.nothing.title", "Nothing to export"), c.blocker)
				return
			}
			cmd.run()
		}
	}
	cmd.button = newTipButton(cmd.label, cmd.icon, run, commandTip(cmd), c.tips)
	if cmd.iconOnly {
		cmd.button.Text = ""
	}
	cmd.item = &fyne.MenuItem{Label: cmd.label, Icon: cmd.icon, Action: run}
	if cmd.shortcut != nil {
		cmd.item.Shortcut = cmd.shortcut
	}
}

// commandTip is a command's tooltip: what it does, and its shortcut.
func commandTip(cmd *command) string {
	tip := strings.TrimSuffix(cmd.label, "...")
	if cmd.shortcut != nil {
		tip += " (" + shortcutText(cmd.shortcut) + ")"
	}
	return tip
}

// shortcutText writes a shortcut as menus do: "Ctrl+Shift+E".
func shortcutText(s *desktop.CustomShortcut) string {
	var parts []string
	for _, m := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, "Cmd"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
		if s.Modifier&m.mod != 0 {
			parts = append(parts, m.name)
		}
	}
	return strings.Join(append(parts, string(s.KeyName)), "+")
}

// readyHint is what the status line says when the exports are on.
func readyHint() string {
	return lang.X("status.ready", "Ready to export: Ctrl+E for the PDF, Ctrl+Shift+E for the workbook, Ctrl+B for both.")
}

// buildToolbar lays the commands used most out in one row, narrow enough for a window of
// 1024 pixels in the longest of the app's languages (Azerbaijani); the return to the bundled
// dataset is in the File menu alone, and About shows its icon.
func (c *commands) buildToolbar() fyne.CanvasObject {
	return container.NewHBox(
		c.openDataset.button, c.importRecords.button,
		widget.NewSeparator(),
		c.exportPDF.button, c.exportXLSX.button, c.exportBoth.button,
		layout.NewSpacer(),
		c.about.button,
	)
}

// buildStatus is the line that says why the exports are off, or that they are ready. It
// keeps its place either way, so the window does not jump when it changes.
func (c *commands) buildStatus() fyne.CanvasObject {
	c.reason = &widget.Label{Text: readyHint(), Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis}
	return secondary(c.reason)
}

// mainMenu is the window's menu: File, View and Help. Fyne adds Quit to the first menu.
func (c *commands) mainMenu() *fyne.MainMenu {
	c.menu = fyne.NewMainMenu(
		fyne.NewMenu(lang.X("menu.file", "File"),
			c.openDataset.item, c.recentItem(), c.importRecords.item, c.backBundled.item,
			fyne.NewMenuItemSeparator(),
			c.exportPDF.item, c.exportXLSX.item, c.exportBoth.item,
		),
		fyne.NewMenu(lang.X("menu.edit", "Edit"), c.undo.item),
		fyne.NewMenu(lang.X("menu.presets", "Presets"), c.savePreset.item, c.renamePreset.item, c.deletePreset.item),
		fyne.NewMenu(lang.X("menu.view", "View"), c.languageItem()),
		fyne.NewMenu(lang.X("menu.help", "Help"), c.about.item),
	)
	return c.menu
}

// languageItem is the Language entry: follow the system, or one of the app's languages
// named in its own language; the one chosen is ticked.
func (c *commands) languageItem() *fyne.MenuItem {
	choose := func(code, name string) *fyne.MenuItem {
		return &fyne.MenuItem{Label: name, Checked: code == c.language, Action: func() {
			if code != c.language {
				c.onLanguage(code)
			}
		}}
	}
	items := []*fyne.MenuItem{choose(languageSystem, lang.X("menu.language.system", "System default")),
		fyne.NewMenuItemSeparator()}
	for _, l := range appLanguages {
		items = append(items, choose(l.code, l.name))
	}
	return &fyne.MenuItem{Label: lang.X("menu.language", "Language"), Icon: theme.SettingsIcon(),
		ChildMenu: fyne.NewMenu("", items...)}
}

// addShortcuts binds the commands' keyboard shortcuts to the canvas too. The desktop window
// runs a main-menu item's shortcut itself, on every system and before any canvas shortcut,
// so there these bindings are never reached; they serve a window that does not handle its
// menu's shortcuts, such as the one the tests type on.
func (c *commands) addShortcuts(cv fyne.Canvas) {
	for _, cmd := range c.all() {
		if cmd.shortcut != nil {
			action := cmd.item.Action
			cv.AddShortcut(cmd.shortcut, func(fyne.Shortcut) { action() })
		}
	}
}

// recentItem is the File menu's Open recent entry, filled by showRecent.
func (c *commands) recentItem() *fyne.MenuItem {
	c.recent = &fyne.MenuItem{Label: lang.X("menu.recent", "Open recent"), Icon: theme.HistoryIcon(), ChildMenu: fyne.NewMenu("")}
	c.showRecent(c.recentFiles())
	return c.recent
}

// showRecent lists the datasets opened last; the entry is off while there are none.
func (c *commands) showRecent(items []*fyne.MenuItem) {
	c.recent.ChildMenu.Items = items
	c.recent.Disabled = len(items) == 0
	if c.menu != nil {
		c.menu.Refresh()
	}
}

// allowBackToBundled turns the return to the bundled dataset on while another is in use.
func (c *commands) allowBackToBundled(on bool) {
	c.backBundled.item.Disabled = !on
	if c.menu != nil {
		c.menu.Refresh()
	}
}

// allowUndo turns the undo command on or off.
func (c *commands) allowUndo(on bool) {
	c.undo.item.Disabled = !on
	if on {
		c.undo.button.Enable()
	} else {
		c.undo.button.Disable()
	}
	if c.menu != nil {
		c.menu.Refresh()
	}
}

// allowExport turns the export commands on when blocker is "", else off with blocker shown
// as the reason.
func (c *commands) allowExport(blocker string) {
	c.blocker = blocker
	for _, cmd := range []*command{c.exportPDF, c.exportXLSX, c.exportBoth} {
		if blocker == "" {
			cmd.button.Enable()
		} else {
			cmd.button.Disable()
		}
		cmd.item.Disabled = blocker != ""
	}
	if c.menu != nil {
		c.menu.Refresh()
	}
	if blocker == "" {
		c.reason.Importance = widget.LowImportance
		c.reason.SetText(readyHint())
	} else {
		c.reason.Importance = widget.WarningImportance
		c.reason.SetText(blocker)
	}
}
