package app

import (
	"attache/reports"
	"attache/reports/dataset"
)

// previewIndex is what the window selects with at every change of the selection: the
// domain's index of a dataset, the dataset itself, the days its records cover and the names
// its records table shows.
type previewIndex struct {
	*reports.Index
	data  *dataset.Dataset
	span  dataSpan
	names *recordNames
}

func newPreviewIndex(d *dataset.Dataset) *previewIndex {
	return &previewIndex{Index: reports.NewIndex(d), data: d, span: spanOf(d), names: newRecordNames(d)}
}
