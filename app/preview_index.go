package app

import (
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/selection"
)

// previewIndex is what the window selects with at every change of the selection: the
// domain's index of a dataset, the dataset itself, the days its records cover and what its
// records name by id.
type previewIndex struct {
	*selection.Index
	data  *dataset.Dataset
	span  dataSpan
	names *datasetNames
}

func newPreviewIndex(d *dataset.Dataset) *previewIndex {
	return &previewIndex{Index: selection.NewIndex(d), data: d, span: spanOf(d), names: newDatasetNames(d)}
}

// namesIn writes the records' texts and names in language l.
func (x *previewIndex) namesIn(l i18n.Lang) *recordNames {
	return &recordNames{datasetNames: x.names, lang: l}
}
