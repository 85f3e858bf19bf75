package app

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"attache/reports/dataset"
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
		d, err := dataset.Load(r, uri.Name())
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

// onImportRecords asks for a CSV or XLSX table of records and merges them into the dataset
// in use.
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
	open.SetTitleText(lang.X("dialog.import.records", "Import records from a CSV or Excel table"))
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
		merged, count, err := mergeTable(base, r, uri.Name())
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
			u.inform(lang.X("dialog.imported.title", "Records imported"),
				lang.X("dialog.imported", "{{.Records}} read from {{.File}} and merged into the dataset in use.", map[string]any{"Records": recordCount(count), "File": uri.Name()}))
		}
	})
}

// mergeTable reads records from a CSV or XLSX table named name and merges them into base.
func mergeTable(base *dataset.Dataset, r io.Reader, name string) (*dataset.Dataset, int, error) {
	var recs []dataset.Record
	var err error
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		recs, err = dataset.ImportCSV(r, name)
	case ".xlsx":
		recs, err = dataset.ImportXLSX(r, name, "")
	default:
		return nil, 0, errors.New(lang.X("error.import.extension", "{{.File}}: records are imported from a .csv or .xlsx table; choose one of those", map[string]any{"File": name}))
	}
	if err != nil {
		return nil, 0, err
	}
	merged, err := dataset.Merge(base, recs, name)
	if err != nil {
		return nil, 0, err
	}
	return merged, len(recs), nil
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
