// Package app is Attaché's desktop interface, built with Fyne: one window with the selection
// on the left and a live preview of the briefing on the right, a toolbar and a menu for the
// exports and the datasets, and the dialogs around them.
//
// It is a thin front end: every figure, selection and document comes from reports/... through
// the same calls the command line makes. Work that takes time runs off the UI thread and
// comes back through one boundary (uiThread).
package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	_ "attache/app/locale" // settles the locale before Fyne reads it
	"attache/assets"
	"attache/reports/dataset"
)

// appName is the window title and the name About states.
const appName = "Attaché"

// bundledOrigin is how the workspace names the dataset the app ships with; originLabel says
// it in the language in use.
const bundledOrigin = "the bundled dataset"

// appIcon is the icon of the app's windows and of About.
var appIcon = fyne.NewStaticResource(assets.IconName, assets.Icon())

// workspace is the state the views share: the dataset in use (through its index), where it
// came from, and the user's choice. It lives here only; the panels show it and report
// changes to it. What follows from it (the dataset, whether it is the bundled one) is
// derived, never stored beside it.
type workspace struct {
	index  *previewIndex // nil until a dataset could be read
	origin string        // bundledOrigin, the path of the file it was read from, either + imports
	choice choice
}

// data is the dataset in use, nil when none could be read.
func (ws *workspace) data() *dataset.Dataset {
	if ws.index == nil {
		return nil
	}
	return ws.index.data
}

// bundled reports whether the dataset in use is the bundled one, as shipped.
func (ws *workspace) bundled() bool { return ws.origin == bundledOrigin }

// ui is the window and its views.
type ui struct {
	app    fyne.App
	win    fyne.Window
	thread *uiThread

	ws           workspace
	bundledIndex *previewIndex // the bundled dataset, read and indexed once
	selection    *selectionPanel
	preview      *previewPanel
	commands     *commands
	tips         tipLayer
	keys         dialogKeys // Enter and Escape in the dialog on top

	current       *preview // the preview on screen
	previewRound  int      // counts previews, so that a late briefing is dropped
	cancelPreview context.CancelFunc

	// writeExport writes the files of an export; tests wrap it to hold an export open.
	writeExport exportWriter
	// exportOptions is the export options dialog shown last, if any.
	exportOptions *exportOptionsDialog
	// problems is the problems dialog shown last, if any.
	problems *problemsDialog

	undo       []choice           // the choices before the current one, the last on top
	saveDelay  time.Duration      // how long the session waits for the selection to settle before it is saved
	cancelSave context.CancelFunc // the save waiting, if any
}

// NewWindow builds Attaché's main window on the bundled dataset, with the language, the
// selection and the window size remembered from the last run. It sets a's theme and icon.
func NewWindow(a fyne.App) fyne.Window {
	return newUI(a, newUIThread()).win
}

func newUI(a fyne.App, thread *uiThread) *ui {
	if th, err := newBriefingTheme(); err != nil {
		fyne.LogError("Korean text may not show", err)
	} else {
		a.Settings().SetTheme(th)
	}
	a.SetIcon(appIcon)
	deferFileWrites()

	useLanguage(storedLanguage(a.Preferences()))

	u := &ui{app: a, thread: thread, writeExport: runExport}
	u.tips.post = thread.post
	u.win = a.NewWindow(appName)
	u.buildViews()
	u.saveDelay = sessionSaveDelay
	u.win.Resize(storedWindowSize(a.Preferences()))
	u.win.SetOnClosed(u.onClosed) // on every way out: the window closed, or Quit
	a.Lifecycle().SetOnStarted(func() { clampToScreen(u.win) })
	u.startDataset()
	return u
}

// buildViews makes the panels, the toolbar and the menu in the language in use.
func (u *ui) buildViews() {
	u.selection = newSelectionPanel(u.onChoiceChanged, &u.keys, &u.tips)
	u.selection.presets.onChosen, u.selection.presets.onSave = u.onPresetChosen, u.onSavePreset
	u.preview = newPreviewPanel(&u.tips)
	u.commands = newCommands(u)
	u.win.SetContent(u.buildUI())
	u.win.SetMainMenu(u.commands.mainMenu())
	u.commands.allowUndo(len(u.undo) > 0)
	u.commands.addShortcuts(u.win.Canvas())
	u.keys.attach(u.win.Canvas())
}

func (u *ui) buildUI() fyne.CanvasObject {
	split := container.NewHSplit(u.selection.buildUI(), u.preview.buildUI(u.commands.buildStatus()))
	split.Offset = 0.26
	// On a screen too short for the panels (1080 pixels at FYNE_SCALE=2 is 540 units), the
	// panels scroll instead of the window growing off the screen; on a taller one the scroll
	// gives them its whole height and never shows.
	body := container.NewBorder(u.commands.buildToolbar(), nil, nil, nil, container.NewVScroll(split))
	return container.NewStack(body, u.tips.buildUI())
}

// openBundled makes the bundled dataset the one in use. At start-up it restores the
// selection of the last run. The dataset is read once: no dataset is changed in place (an
// import merges into a new one), so the first index serves every return to it.
func (u *ui) openBundled(startUp bool) {
	if u.bundledIndex == nil {
		d, err := assets.LoadBundled()
		if err != nil {
			u.showProblems(lang.X("problems.title.bundled", "The bundled dataset could not be read"), err)
			return
		}
		u.bundledIndex = newPreviewIndex(d)
	}
	x := u.bundledIndex
	c := u.ws.choice
	if startUp {
		stored, ok := storedChoice(u.app.Preferences())
		if !ok {
			stored = defaultChoice(x.data, x.span)
		}
		c = stored
	}
	u.setDataset(x, bundledOrigin, c)
}

// setDataset makes the indexed dataset the one in use and shows c fitted to it.
func (u *ui) setDataset(x *previewIndex, origin string, c choice) {
	d := x.data
	missing := missingSectors(c, d)
	c = c.fit(d, x.span)
	u.ws = workspace{index: x, origin: origin, choice: c}
	u.undo = nil // the choices before were made on another dataset
	u.selection.showDataset(d, x.span, c)
	u.selection.showMissing(missing)
	u.selection.showPresets(u.allPresets(), "")
	u.commands.allowBackToBundled(!u.ws.bundled())
	u.win.SetTitle(appName + " — " + datasetLabel(d))
	u.refreshPreview()
}

// datasetLabel names a dataset in the title bar: its title, or its id.
func datasetLabel(d *dataset.Dataset) string {
	if d.Title != "" {
		return d.Title
	}
	return d.ID
}

// onChoiceChanged takes a change the user made in the selection panel.
func (u *ui) onChoiceChanged(c choice) {
	u.rememberForUndo()
	u.ws.choice = c
	u.choiceSettled()
}

// refreshPreview shows the records and counts of the current choice at once, and builds
// its briefing (key figures, chart, source numbers) off the UI thread, dropping it when a
// newer choice has been made in the meantime.
func (u *ui) refreshPreview() {
	c := u.ws.choice
	p := buildPreview(u.ws.index, c)
	u.current = p
	u.selection.showCounts(p.counts)
	u.preview.show(p, u.ws.index.namesIn(appDocumentLang()))
	u.commands.allowExport(p.blocker)

	if u.cancelPreview != nil {
		u.cancelPreview()
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.cancelPreview = cancel
	u.previewRound++
	round, d := u.previewRound, u.ws.data()
	wait := briefingDelay(d)
	u.thread.background(func() func() {
		select { // on a large dataset, let a burst of changes (typing a search) settle first
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		b, img, err := previewBriefing(ctx, d, c)
		return func() {
			if round != u.previewRound {
				return
			}
			if err != nil {
				fyne.LogError("preview", err)
				if b == nil {
					return
				}
			}
			u.preview.showBriefing(b, img)
		}
	})
}

// largeDataset is the number of records from which building a briefing takes long enough
// (a tenth of a second and more) to wait for the user to stop changing the selection.
const largeDataset = 20_000

// briefingDelay is how long a preview waits before it builds its briefing.
func briefingDelay(d *dataset.Dataset) time.Duration {
	if len(d.Records) < largeDataset {
		return 0
	}
	return 150 * time.Millisecond
}

// onClosed remembers the selection and the window size for the next run.
func (u *ui) onClosed() {
	u.rememberSession("")
}

// rememberSession writes down the selection, the window size and, unless "", the folder of
// an export. It runs when the window closes and when an export is chosen, not on every
// change: each write rewrites the whole preferences file.
func (u *ui) rememberSession(exportFolder string) {
	size := u.win.Canvas().Size()
	remember(u.app.Preferences(), func(r *remembered) {
		r.setChoice(u.ws.choice)
		if size.Width > 0 && size.Height > 0 {
			r.Width, r.Height = size.Width, size.Height
		}
		if exportFolder != "" {
			r.ExportFolder = exportFolder
		}
	})
}
