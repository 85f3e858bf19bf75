package perf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"attache/internal/floor"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/pdf"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// generated is the date every measured briefing states, so that runs do the same work.
var generated = time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)

// buildOptions are the options of every measured briefing.
var buildOptions = reports.Options{AppVersion: "perf", Generated: generated}

// wholeSelection selects every record of d: all sectors, the whole range. It is the
// selection of the builds, renders and full export that the targets bound.
func wholeSelection(d *dataset.Dataset) selection.Selection {
	return selection.Selection{Sectors: selection.AllSectors(d)}
}

// narrowSelection is a typical desk selection: every third sector over 2005–2015.
func narrowSelection(d *dataset.Dataset) selection.Selection {
	var sectors []string
	for i, id := range selection.AllSectors(d) {
		if i%3 == 0 {
			sectors = append(sectors, id)
		}
	}
	return selection.Selection{
		Sectors: sectors,
		From:    dataset.MustParseDate("2005"),
		To:      dataset.MustParseDate("2015"),
	}
}

// The stages' names as the report prints them.
const (
	stageDecodeFloor  = "floor: encoding/json decode"
	stageLoad         = "load + validate"
	stageSelectNarrow = "select (5 sectors, 2005–2015)"
	stageSelectWhole  = "select (all, whole range)"
	stageBuild        = "select + build briefing (all, whole range)"
	stageBuildNarrow  = "select + build briefing (5 sectors, 2005–2015)"
	stagePDF          = "PDF briefing (all, whole range)"
	stageFpdfFloor    = "floor: fpdf table, same fonts"
	stageAppendix     = "PDF appendix (All)"
	stageExcelFloor   = "floor: excelize StreamWriter"
	stageWorkbook     = "workbook"
	stageFullExport   = "full export: load, build, PDF, workbook"
	// stageDeskExport and stageTaskFloor are issue 21's whole task: a full export with the
	// PDF's appendix of a desk selection, and the libraries doing the same without Attaché.
	stageDeskExport = "full export with appendix (5 sectors, 2005–2015)"
	stageTaskFloor  = "floor: whole task (encoding/json, excelize, fpdf)"
	// stageExportAgain is stageDeskExport of a file exported before: its dataset comes
	// from the cache (reports/dataset/cache), filled by a run outside the timing.
	stageExportAgain  = "the same export again: dataset from the cache"
	stagePreview      = "preview: one sector ticked"
	stagePreviewMatch = "preview: one sector ticked, match alone"
	stageImport       = "import a UN Comtrade CSV (new pair)"
	stageImportFloor  = "floor: load + validate, as many records"
)

// loadStage loads and validates doc and keeps the last dataset in *out.
func loadStage(doc []byte, name string, out **dataset.Dataset) func() error {
	return func() error {
		*out = nil // the previous dataset is garbage before this run starts
		d, err := dataset.Load(bytes.NewReader(doc), name)
		*out = d
		return err
	}
}

func selectStage(d *dataset.Dataset, s selection.Selection) func() error {
	return func() error {
		_, err := selection.Select(d, s)
		return err
	}
}

// buildStage builds the whole-range briefing of d and keeps the last one in *out.
func buildStage(ctx context.Context, d *dataset.Dataset, out **reports.Briefing) func() error {
	return func() error {
		*out = nil // the previous briefing is garbage before this run starts
		b, err := reports.Build(ctx, d, wholeSelection(d), buildOptions)
		*out = b
		return err
	}
}

// buildNarrowStage builds the briefing of a typical desk selection of d.
func buildNarrowStage(ctx context.Context, d *dataset.Dataset) func() error {
	return func() error {
		_, err := reports.Build(ctx, d, narrowSelection(d), buildOptions)
		return err
	}
}

// buildBundledStage builds the briefing of the whole bundled dataset (every sector, the
// whole range), what the desktop app shows when it opens.
func buildBundledStage(ctx context.Context, d *dataset.Dataset) func() error {
	return func() error {
		_, err := reports.Build(ctx, d, selection.Selection{}, buildOptions)
		return err
	}
}

// oneSector is the selection of the preview stages: the dataset's first sector ticked alone.
func oneSector(d *dataset.Dataset) selection.Selection {
	return selection.Selection{Sectors: []string{d.Sectors[0].ID}}
}

// previewStage does what the desktop app does when a sector is ticked: the records and the
// counts beside the sectors from the dataset's index x (made once per dataset, as the app
// makes it, outside the timing), then the briefing the key figure cards are read from.
func previewStage(ctx context.Context, d *dataset.Dataset, x *selection.Index) func() error {
	sel := oneSector(d)
	return func() error {
		x.Match(sel)
		_, err := reports.Build(ctx, d, sel, buildOptions)
		return err
	}
}

// previewMatchStage is the preview's match alone: the table and the counts.
func previewMatchStage(d *dataset.Dataset, x *selection.Index) func() error {
	sel := oneSector(d)
	return func() error {
		x.Match(sel)
		return nil
	}
}

func pdfStage(ctx context.Context, b *reports.Briefing, o pdf.Options) func() error {
	return func() error { return pdf.Render(ctx, io.Discard, b, o) }
}

func workbookStage(ctx context.Context, b *reports.Briefing) func() error {
	return func() error { return xlsx.Render(ctx, io.Discard, b, xlsx.Options{}) }
}

// recordsOnly returns a copy of b that keeps only what the appendix reads (the records and
// what resolves their ids), so that the appendix is measured, not the briefing before it.
func recordsOnly(b *reports.Briefing) *reports.Briefing {
	c := *b
	c.KeyFigures, c.Sections, c.Series, c.Timeline, c.Notes, c.Sources = nil, nil, nil, nil, nil, nil
	return &c
}

// exportOutcome is what a full export wrote, for the report's note.
type exportOutcome struct {
	pdf, workbook int64
	records       int // the records the briefing kept
}

// exportTask is a full export as `attache-cli export` does it: a selection, the PDF's
// length, and how the dataset is loaded from its file.
type exportTask struct {
	sel    func(*dataset.Dataset) selection.Selection
	length export.Length
	load   func(f *os.File, name string) (*dataset.Dataset, error)
}

// wholeRangeExport is `attache-cli export --pdf --xlsx` of the whole range (issue 6).
var wholeRangeExport = exportTask{sel: wholeSelection, length: export.Standard, load: loadFile}

// deskExport is `attache-cli export --pdf --pdf-all --xlsx` of a typical desk selection
// (issue 21): the PDF with its appendix of every record kept.
var deskExport = exportTask{sel: narrowSelection, length: export.Full, load: loadFile}

func loadFile(f *os.File, name string) (*dataset.Dataset, error) { return dataset.Load(f, name) }

// fullExport does what `attache-cli export` does with the document at path: load and
// validate it from the file, then export.Run, which builds the briefing and writes the PDF
// briefing and the workbook into dir (then removed).
func fullExport(ctx context.Context, path, dir string, task exportTask, out *exportOutcome) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening the dataset: %w", err)
	}
	d, err := task.load(f, filepath.Base(path))
	f.Close()
	if err != nil {
		return err
	}
	pdfPath, xlsxPath := filepath.Join(dir, "export.pdf"), filepath.Join(dir, "export.xlsx")
	b, err := export.Run(ctx, d, task.sel(d),
		[]export.Target{{Format: export.PDF, Path: pdfPath}, {Format: export.Workbook, Path: xlsxPath}},
		export.Options{AppVersion: buildOptions.AppVersion, Generated: generated, Length: task.length})
	if err != nil {
		return err
	}
	out.records = len(b.Records)
	return statAndRemove(out, pdfPath, xlsxPath)
}

// statAndRemove records the sizes of the two files an export wrote and removes them.
func statAndRemove(out *exportOutcome, pdfPath, xlsxPath string) error {
	for _, f := range []struct {
		path string
		size *int64
	}{{pdfPath, &out.pdf}, {xlsxPath, &out.workbook}} {
		st, err := os.Stat(f.path)
		if err != nil {
			return fmt.Errorf("checking the export: %w", err)
		}
		*f.size = st.Size()
		if err := os.Remove(f.path); err != nil {
			return fmt.Errorf("removing the export: %w", err)
		}
	}
	return nil
}

// taskFloorStage runs taskFloor on the document at path into files in dir, as the export
// writes its own.
func taskFloorStage(path, dir string, sel func(*dataset.Dataset) selection.Selection, fonts []floor.Font, out *exportOutcome) func() error {
	return func() error {
		pdfPath, xlsxPath := filepath.Join(dir, "floor.pdf"), filepath.Join(dir, "floor.xlsx")
		pdfFile, err := os.Create(pdfPath)
		if err != nil {
			return err
		}
		defer pdfFile.Close()
		xlsxFile, err := os.Create(xlsxPath)
		if err != nil {
			return err
		}
		defer xlsxFile.Close()
		if out.records, err = taskFloor(path, sel, fonts, xlsxFile, pdfFile); err != nil {
			return err
		}
		return statAndRemove(out, pdfPath, xlsxPath)
	}
}
