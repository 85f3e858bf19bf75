package app

import (
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"attache/reports/export"
)

// fileDialogSize is the size of the open and save dialogs: large enough to read file names.
var fileDialogSize = fyne.NewSize(920, 620)

// onExport asks for the options of the export, then where to save, and then exports. With
// two formats the save dialog asks for the first file; the second goes beside it under the
// same name.
func (u *ui) onExport(formats ...export.Format) {
	if u.current == nil || u.current.blocker != "" {
		return // the command is off; its wrapper has said why
	}
	u.askExportOptions(formats, func(c exportChoice) { u.askExportFile(formats, c) })
}

// askExportFile shows the save dialog for an export with the options c.
func (u *ui) askExportFile(formats []export.Format, c exportChoice) {
	first := formats[0]
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showExportFailure(nil, err)
			return
		}
		if w == nil {
			return // the user closed the dialog
		}
		uri := w.URI()
		_ = w.Close() // nothing was written: the export writes through a temporary file
		if uri.Scheme() != "file" {
			u.showExportFailure(nil, errors.New(lang.X("error.export.not.local", "exports are written to files on this computer: choose a folder on a local disk")))
			return
		}
		u.onSaveChosen(uri.Path(), formats, c)
	}, u.win)
	u.keyedFile(save)
	save.SetTitleText(exportTitle(formats))
	save.SetConfirmText(lang.X("export.confirm", "Export"))
	save.SetFileName(proposedName(u.ws.data(), u.current.choice, c.Title))
	save.SetFilter(storage.NewExtensionFileFilter([]string{first.Ext()}))
	if folder := u.lastExportFolder(); folder != nil {
		save.SetLocation(folder)
	}
	save.Show()
	save.Resize(fileDialogSize) // only once shown: before, the dialog has nothing to size
}

func exportTitle(formats []export.Format) string {
	if len(formats) > 1 {
		return lang.X("export.title.both", "Export the PDF and the workbook")
	}
	return byFormat(formats[0], lang.X("export.title.pdf", "Export the PDF"), lang.X("export.title.xlsx", "Export the workbook"))
}

// onSaveChosen completes the file names (the extension, the second file) and asks before
// replacing a file the save dialog did not ask about; then it exports with the options c.
func (u *ui) onSaveChosen(path string, formats []export.Format, c exportChoice) {
	first := formats[0]
	asked := true // the save dialog asked before replacing the path it returned
	if !strings.EqualFold(filepath.Ext(path), first.Ext()) {
		path += first.Ext()
		asked = false
	}
	targets := []export.Target{{Format: first, Path: path}}
	base := strings.TrimSuffix(path, filepath.Ext(path))
	for _, f := range formats[1:] {
		targets = append(targets, export.Target{Format: f, Path: base + f.Ext()})
	}
	var existing []string
	for i, t := range targets {
		if i == 0 && asked {
			continue
		}
		if _, err := os.Stat(t.Path); err == nil {
			existing = append(existing, filepath.Base(t.Path))
		}
	}
	if len(existing) == 0 {
		u.startExport(targets, c)
		return
	}
	u.confirm(lang.X("export.replace.title", "Replace existing files?"),
		lang.XN("export.replace", "{{.Files}}\nalready exist in {{.Folder}}. Replace them?", len(existing), map[string]any{"Files": strings.Join(existing, "\n"), "Folder": filepath.Dir(path)}),
		lang.X("export.replace.yes", "Replace"),
		func(ok bool) {
			if ok {
				u.startExport(targets, c)
			}
		})
}

// lastExportFolder is the folder of the last export, when it still exists.
func (u *ui) lastExportFolder() fyne.ListableURI {
	dir := storedExportFolder(u.app.Preferences())
	if dir == "" {
		return nil
	}
	folder, err := storage.ListerForURI(storage.NewFileURI(dir)) // fails unless a folder is there
	if err != nil {
		return nil
	}
	return folder
}

// exportJob is an export running in the background, with its progress dialog.
type exportJob struct {
	targets  []export.Target
	cancel   context.CancelFunc
	dialog   *dialog.CustomDialog
	bar      *widget.ProgressBar
	doing    *widget.Label
	stop     *widget.Button
	finished bool  // set on the UI thread when the work has ended
	err      error // how it ended
}

// startExport writes the targets with the options c off the UI thread, behind a progress
// dialog with Cancel. It is what the export commands run once the files are chosen.
func (u *ui) startExport(targets []export.Target, c exportChoice) *exportJob {
	ctx, cancel := context.WithCancel(context.Background())
	job := &exportJob{targets: targets, cancel: cancel}
	job.bar = &widget.ProgressBar{Max: 1}
	job.doing = &widget.Label{Text: lang.X("export.starting", "Starting...")}
	job.stop = &widget.Button{Text: lang.X("button.cancel", "Cancel"), Icon: theme.CancelIcon(), OnTapped: func() {
		job.doing.SetText(lang.X("export.cancelling", "Cancelling..."))
		job.stop.Disable()
		cancel()
	}}
	names := make([]string, len(targets))
	for i, t := range targets {
		names[i] = filepath.Base(t.Path)
	}
	content := container.NewVBox(&widget.Label{Text: strings.Join(names, "\n")}, job.doing, job.bar)
	job.dialog = dialog.NewCustomWithoutButtons(lang.X("export.progress.title", "Exporting"), content, u.win)
	job.dialog.SetButtons([]fyne.CanvasObject{job.stop})
	job.dialog.Resize(fyne.NewSize(460, 0))
	job.dialog.SetOnClosed(u.keys.push(nil, func() {
		if !job.stop.Disabled() {
			job.stop.OnTapped()
		}
	}))
	job.dialog.Show()

	sel, _ := u.ws.choice.selection() // exports are offered only when it selects something
	d := u.ws.data()
	o := exportOptions(c, appVersion(u.app), func(f float64, step export.Step) {
		u.thread.post(func() {
			job.bar.SetValue(f)
			// export.Run reports its end (1) as a step of writing the workbook, also when
			// there is none: the line keeps the last real step.
			if !job.stop.Disabled() && f < 1 {
				job.doing.SetText(stepText(step))
			}
		})
	})
	write := u.writeExport
	u.thread.background(func() func() {
		err := write(ctx, d, sel, targets, o)
		cancel()
		return func() { u.finishExport(job, err) }
	})
	return job
}

func (u *ui) finishExport(job *exportJob, err error) {
	job.finished, job.err = true, err
	job.dialog.Hide()
	switch {
	case err == nil:
		u.rememberSession(filepath.Dir(job.targets[0].Path)) // only a folder that took the files
		u.showExported(job.targets)
	case errors.Is(err, context.Canceled):
		u.inform(lang.X("export.cancelled.title", "Export cancelled"), lang.X("export.cancelled", "No file was written, and no existing file was changed."))
	default:
		u.showExportFailure(job.targets, err)
	}
}

// showExported says where the files are, with buttons to open them and their folder.
func (u *ui) showExported(targets []export.Target) {
	lines := make([]string, len(targets))
	for i, t := range targets {
		lines[i] = t.Path
	}
	text := &widget.Label{Text: lang.X("export.saved", "Saved:\n{{.Files}}", map[string]any{"Files": strings.Join(lines, "\n")}), Wrapping: fyne.TextWrapBreak, Selectable: true}
	d := dialog.NewCustomWithoutButtons(lang.X("export.finished.title", "Export finished"), text, u.win)
	var buttons []fyne.CanvasObject
	for _, t := range targets {
		buttons = append(buttons, &widget.Button{Text: byFormat(t.Format, lang.X("export.open.pdf", "Open the PDF"), lang.X("export.open.xlsx", "Open the workbook")), Icon: theme.FileIcon(),
			Importance: widget.HighImportance, OnTapped: func() { u.openPath(t.Path) }})
	}
	buttons = append(buttons,
		&widget.Button{Text: lang.X("export.open.folder", "Open the folder"), Icon: theme.FolderOpenIcon(),
			OnTapped: func() { u.openPath(filepath.Dir(targets[0].Path)) }},
		&widget.Button{Text: lang.X("button.close", "Close"), OnTapped: d.Hide})
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(560, 0))
	u.keys.keyed(d, nil)
	d.Show()
}

// openPath hands a file or folder to the system's default application, and says so when the
// system has none to hand it to (a Linux desktop without xdg-open would do nothing at all).
func (u *ui) openPath(path string) {
	if !canOpenFiles() {
		u.inform(lang.X("open.failed.title", "Could not open it"),
			lang.X("open.no.opener", "This system has no program set to open files ({{.Opener}} is missing). The file is at\n{{.Path}}",
				map[string]any{"Opener": fileOpener, "Path": path}))
		return
	}
	target := &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if err := u.app.OpenURL(target); err != nil {
		u.inform(lang.X("open.failed.title", "Could not open it"), lang.X("open.failed", "The system could not open {{.Path}}: {{.Error}}", map[string]any{"Path": path, "Error": err.Error()}))
	}
}

// failureText says what went wrong in the user's terms: a folder that cannot be written to
// is named as such, not by the temporary file the export tried to create in it.
func failureText(targets []export.Target, err error) string {
	if len(targets) > 0 && errors.Is(err, fs.ErrPermission) {
		return lang.X("export.failed.permission", "The folder {{.Folder}} cannot be written to. Choose another folder, such as your Documents.",
			map[string]any{"Folder": filepath.Dir(targets[0].Path)})
	}
	return err.Error()
}

// showExportFailure says in plain words that nothing was written, and why.
func (u *ui) showExportFailure(targets []export.Target, err error) {
	what := lang.X("export.failed.any", "The export failed.")
	if len(targets) > 0 {
		what = byFormat(targets[0].Format, lang.X("export.failed.pdf", "The PDF was not written."), lang.X("export.failed.xlsx", "The workbook was not written."))
		if len(targets) > 1 {
			what = lang.X("export.failed.both", "Neither the PDF nor the workbook was written.")
		}
	}
	msg := &widget.Label{Text: lang.X("export.failed", "{{.What}} Any file of the same name is as it was.\n\nWhat went wrong:\n{{.Error}}", map[string]any{"What": what, "Error": failureText(targets, err)}),
		Wrapping: fyne.TextWrapWord, Selectable: true}
	scroll := container.NewVScroll(msg)
	scroll.SetMinSize(fyne.NewSize(520, 160))
	d := dialog.NewCustom(lang.X("export.failed.title", "Export failed"), lang.X("button.close", "Close"), scroll, u.win)
	u.keys.keyed(d, nil)
	d.Show()
}
