package app

import (
	"context"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2/lang"

	"attache/reports"
	"attache/reports/atomicfile"
	"attache/reports/dataset"
	"attache/reports/pdf"
	"attache/reports/xlsx"
)

// exportFormat is a kind of file an export writes.
type exportFormat int

// The formats of an export.
const (
	formatPDF exportFormat = iota
	formatXLSX
)

// ext is the file name extension of the format.
func (f exportFormat) ext() string {
	if f == formatXLSX {
		return ".xlsx"
	}
	return ".pdf"
}

// exportTarget is one file an export writes.
type exportTarget struct {
	format exportFormat
	path   string
}

// exportRequest is everything an export needs, copied from the UI before it starts.
type exportRequest struct {
	data       *dataset.Dataset
	selection  reports.Selection
	appVersion string
	generated  time.Time
	targets    []exportTarget
}

// exportWriter writes the files of an export, reporting progress as a fraction with a word
// on what is being done.
type exportWriter func(ctx context.Context, r exportRequest, progress func(fraction float64, doing string)) error

// buildShare is the part of the progress bar that building the briefing takes.
const buildShare = 0.15

// writeExports builds the briefing as the command line does and writes every target
// through a temporary file that is renamed into place only when complete. With several
// targets each is renamed only after the next is complete, so a cancelled or failed export
// leaves no new file and every existing one as it was.
func writeExports(ctx context.Context, r exportRequest, progress func(float64, string)) error {
	progress(0, lang.X("export.building", "Building the briefing..."))
	b, err := reports.Build(ctx, r.data, r.selection, reports.Options{
		AppVersion: r.appVersion,
		Generated:  r.generated,
		Progress: func(done, total int) {
			progress(buildShare*fraction(done, total), lang.X("export.building", "Building the briefing..."))
		},
	})
	if err != nil {
		return fmt.Errorf("%s: %w", lang.X("error.building", "building the briefing"), err)
	}
	share := (1 - buildShare) / float64(len(r.targets))
	return writeTargets(ctx, b, r.targets, func(i int, done, total int) {
		progress(buildShare+share*(float64(i)+fraction(done, total)), byFormat(r.targets[i].format, lang.X("export.writing.pdf", "Writing the PDF..."), lang.X("export.writing.xlsx", "Writing the workbook...")))
	}, 0)
}

// writeTargets writes targets[0] through a temporary file and, before moving it into place,
// the rest the same way.
func writeTargets(ctx context.Context, b *reports.Briefing, targets []exportTarget, progress func(i, done, total int), i int) error {
	if len(targets) == 0 {
		return nil
	}
	t := targets[0]
	return atomicfile.Write(t.path, func(w io.Writer) error {
		// atomicfile's own errors name the path; a failed render is named here, once.
		if err := render(ctx, w, b, t.format, func(done, total int) { progress(i, done, total) }); err != nil {
			return fmt.Errorf("%s: %w", byFormat(t.format, lang.X("error.render.pdf", "the PDF {{.Path}}", map[string]any{"Path": t.path}), lang.X("error.render.xlsx", "the workbook {{.Path}}", map[string]any{"Path": t.path})), err)
		}
		return writeTargets(ctx, b, targets[1:], progress, i+1)
	})
}

func render(ctx context.Context, w io.Writer, b *reports.Briefing, f exportFormat, progress func(done, total int)) error {
	if f == formatXLSX {
		return xlsx.Render(ctx, w, b, xlsx.Options{Progress: progress})
	}
	return pdf.Render(ctx, w, b, pdf.Options{Progress: progress})
}

func fraction(done, total int) float64 {
	if total <= 0 {
		return 0
	}
	return min(1, float64(done)/float64(total))
}
