package app

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"attache/reports/dataset"
	"attache/reports/dataset/cache"
	"attache/reports/importing"
)

// onOpenDataset asks for a dataset document and, when it is valid, puts it in use.
func (u *ui) onOpenDataset() {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showProblems(lang.X("problems.title.dataset", "The dataset was not opened"), err)
			return
		}
		if r != nil {
			u.openDataset(r, r.URI())
		}
	}, u.win)
	u.keyedFile(open)
	open.SetTitleText(lang.X("dialog.open.dataset", "Open a dataset"))
	open.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	open.Show()
	open.Resize(fileDialogSize) // only once shown: before, the dialog has nothing to size
}

// openDataset reads and validates a dataset document off the UI thread. A valid one
// replaces the dataset in use, keeping as much of the selection as applies; for an invalid
// one every problem is shown and the dataset in use stays.
func (u *ui) openDataset(r io.ReadCloser, uri fyne.URI) {
	u.thread.background(func() func() {
		defer r.Close()
		d, err := cache.Default().Load(r, uri.Name()) // see reports/dataset/cache
		var x *previewIndex
		if err == nil {
			x = newPreviewIndex(d)
		}
		return func() {
			if err != nil {
				u.showProblems(lang.X("problems.title.dataset", "The dataset was not opened"), err)
				return
			}
			u.setDataset(x, displayPath(uri), u.ws.choice)
			if uri.Scheme() == "file" {
				u.rememberDataset(uri.Path(), x.data)
			}
		}
	})
}

// onImportRecords asks for a record table or an agency's download and merges its records
// into the dataset in use.
func (u *ui) onImportRecords() {
	open := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showProblems(lang.X("problems.title.import", "The records were not imported"), err)
			return
		}
		if r != nil {
			u.importRecords(r, r.URI())
		}
	}, u.win)
	u.keyedFile(open)
	open.SetTitleText(lang.X("dialog.import.records", "Import records: a CSV or Excel table, or a UN Comtrade, IMF or SDMX-CSV download"))
	open.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".xlsx"}))
	open.Show()
	open.Resize(fileDialogSize) // only once shown: before, the dialog has nothing to size
}

// importRecords reads a table off the UI thread and merges its records into the dataset in
// use: a record with the id of one in the dataset replaces it, a new id is added. The
// merged dataset is validated as a whole; when anything is wrong every problem is shown and
// the dataset in use stays.
func (u *ui) importRecords(r io.ReadCloser, uri fyne.URI) {
	base, origin := u.ws.data(), u.ws.origin
	u.thread.background(func() func() {
		defer r.Close()
		merged, count, differ, err := mergeTable(base, r, uri.Name())
		var x *previewIndex
		if err == nil {
			x = newPreviewIndex(merged)
		}
		return func() {
			if err != nil {
				u.showProblems(lang.X("problems.title.import", "The records were not imported"), err)
				return
			}
			if u.ws.data() != base {
				return // another dataset was opened meanwhile; this import was for the old one
			}
			u.setDataset(x, origin+" + "+displayPath(uri), u.ws.choice)
			msg := lang.X("dialog.imported", "{{.Records}} read from {{.File}} and merged into the dataset in use.", map[string]any{"Records": recordCount(count), "File": uri.Name()})
			if differ > 0 {
				msg += "\n" + lang.X("dialog.imported.differences", "Values that differ from the dataset's were left as they are: {{.Count}}.", map[string]any{"Count": differ})
			}
			u.inform(lang.X("dialog.imported.title", "Records imported"), msg)
		}
	})
}

// mergeTable reads records or agency values from a file named name and merges them into
// base, as attache-cli import does (reports/importing): the file's layout is read from its
// content; a value the dataset has with another value is left as it is and counted.
func mergeTable(base *dataset.Dataset, r io.Reader, name string) (merged *dataset.Dataset, count, differ int, err error) {
	out, err := importing.Import(context.Background(), base, []importing.Input{{Name: name, R: r}}, importing.Options{})
	if err != nil {
		return nil, 0, 0, err
	}
	return out.Dataset, len(out.Added) + len(out.Updated), len(out.Differences), nil
}

// onBackToBundled puts the bundled dataset back in use, keeping the selection.
func (u *ui) onBackToBundled() {
	u.openBundled(false)
	u.forgetDataset()
}

// displayPath is a file URI as a path, other URIs as they are.
func displayPath(uri fyne.URI) string {
	if uri.Scheme() == "file" {
		return uri.Path()
	}
	return uri.String()
}
