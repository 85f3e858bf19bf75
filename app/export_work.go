package app

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/selection"
)

// exportWriter writes the files of an export. It is export.Run, the function the command
// line calls, without the briefing it returns; tests wrap it to hold an export open or to
// see the options it is given.
type exportWriter func(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []export.Target, o export.Options) error

// runExport is the exportWriter of the app.
func runExport(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []export.Target, o export.Options) error {
	_, err := export.Run(ctx, d, sel, targets, o)
	return err
}

// exportOptions turns the choices of the export options dialog into the options of
// export.Run; progress receives the share done and what is being done.
func exportOptions(c exportChoice, appVersion string, progress func(float64, export.Step)) export.Options {
	o := export.Options{
		Title:          c.Title,
		PreparedBy:     c.PreparedBy,
		Classification: c.Classification,
		AppVersion:     appVersion,
		Generated:      reports.Today(),
		Paper:          c.paper(),
		Length:         c.length(),
		Lang:           c.lang(),
		Progress:       progress,
	}
	return o
}

// stepText is the progress dialog's line for a step of an export.
func stepText(s export.Step) string {
	switch s {
	case export.WritingPDF:
		return lang.X("export.writing.pdf", "Writing the PDF...")
	case export.WritingWorkbook:
		return lang.X("export.writing.xlsx", "Writing the workbook...")
	}
	return lang.X("export.building", "Building the briefing...")
}
