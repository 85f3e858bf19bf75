package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"

	"attache/reports/dataset"
	"attache/reports/dataset/cache"
)

// maxRecent is how many datasets the File menu's recent list keeps.
const maxRecent = 6

// startDataset puts in use the dataset of the last run: the file opened then, read again,
// or the bundled dataset. A file that is gone, or no longer a valid dataset, is said so in
// plain words and the bundled dataset is used; a file whose content changed is used, and
// said so. The selection of the last run is fitted to it either way.
func (u *ui) startDataset() {
	r, _ := recall(u.app.Preferences())
	if r.Dataset == "" {
		u.openBundled(true)
		return
	}
	x, err := readDatasetFile(r.Dataset)
	if err != nil {
		u.openBundled(true)
		u.forgetDataset()
		if errors.Is(err, os.ErrNotExist) {
			u.inform(lang.X("recent.gone.title", "The dataset of the last session is gone"),
				lang.X("recent.gone", "{{.Path}} is no longer there. The bundled dataset is in use.", map[string]any{"Path": r.Dataset}))
			return
		}
		u.showProblems(lang.X("recent.invalid.title", "The dataset of the last session could not be read; the bundled dataset is in use"), err)
		return
	}
	c, ok := storedChoice(u.app.Preferences())
	if !ok {
		c = defaultChoice(x.data, x.span)
	}
	u.setDataset(x, r.Dataset, c)
	if sum := x.data.Identity().SHA256; r.DatasetSHA256 != "" && sum != r.DatasetSHA256 {
		remember(u.app.Preferences(), func(r *remembered) { r.DatasetSHA256 = sum })
		u.inform(lang.X("recent.changed.title", "The dataset has changed"),
			lang.X("recent.changed", "{{.Path}} has changed since the last session; what it holds now is in use.", map[string]any{"Path": r.Dataset}))
	}
}

// readDatasetFile reads, validates and indexes the dataset document at path.
func readDatasetFile(path string) (*previewIndex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := cache.Default().Load(f, filepath.Base(path)) // see reports/dataset/cache
	if err != nil {
		return nil, err
	}
	return newPreviewIndex(d), nil
}

// rememberDataset writes down the dataset file now in use, for the next start and the
// recent list, at once: a dataset is opened seldom, and a logout must not lose it.
func (u *ui) rememberDataset(path string, d *dataset.Dataset) {
	remember(u.app.Preferences(), func(r *remembered) {
		r.Dataset, r.DatasetSHA256 = path, d.Identity().SHA256
		r.Recent = slices.DeleteFunc(r.Recent, func(p string) bool { return p == path })
		r.Recent = append([]string{path}, r.Recent...)
		if len(r.Recent) > maxRecent {
			r.Recent = r.Recent[:maxRecent]
		}
	})
	u.commands.showRecent(u.recentItems())
}

// forgetDataset writes down that the bundled dataset is in use.
func (u *ui) forgetDataset() {
	remember(u.app.Preferences(), func(r *remembered) { r.Dataset, r.DatasetSHA256 = "", "" })
}

// recentItems are the File menu's entries for the datasets opened last, newest first.
func (u *ui) recentItems() []*fyne.MenuItem {
	r, _ := recall(u.app.Preferences())
	items := make([]*fyne.MenuItem, len(r.Recent))
	for i, path := range r.Recent {
		items[i] = &fyne.MenuItem{Label: path, Icon: theme.FileIcon(), Action: func() { u.openRecent(path) }}
	}
	return items
}

// openRecent opens a dataset of the recent list; one that is gone is said so, and leaves the
// list.
func (u *ui) openRecent(path string) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			remember(u.app.Preferences(), func(r *remembered) {
				r.Recent = slices.DeleteFunc(r.Recent, func(p string) bool { return p == path })
			})
			u.commands.showRecent(u.recentItems())
		}
		u.showProblems(lang.X("problems.title.dataset", "The dataset was not opened"), err)
		return
	}
	u.openDataset(f, storage.NewFileURI(path))
}
