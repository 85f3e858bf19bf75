// Package xlsx renders a briefing as an Excel workbook: a cover with the key figures, every
// matching record as a typed, filterable table whose columns are the dataset's flat-table
// import columns (so an exported workbook can be edited and imported again), yearly series
// with native charts bound to their cells, the numbered sources with links, the notes a
// reader must see, and what the export was made from.
//
// Every text cell is written as a string, never as a formula, so text that a spreadsheet
// would take for a formula (starting with = + - @, a tab or a carriage return) stays text;
// such cells also carry the text number format so that editing them keeps them text.
// Numbers are never altered. A text over Excel's 32,767-character limit is cut with a visible
// marker and listed on the Notes sheet. Long sheets are streamed, so memory stays bounded as
// records grow, and the same briefing gives the same bytes (see sortedZip).
package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/atomicfile"
	"attache/reports/i18n"
)

// Options tune a render.
type Options struct {
	// Progress, when set, is called as the work advances; done reaches total at the end.
	Progress func(done, total int)
}

// Render writes the briefing as an XLSX workbook to w. It stops with ctx.Err() when ctx is
// cancelled; nothing is written to w unless the whole workbook was built.
func Render(ctx context.Context, w io.Writer, b *reports.Briefing, o Options) error {
	if b == nil {
		return errors.New("workbook: no briefing to render (build one with reports.Build first)")
	}
	wb, err := newWorkbook(ctx, b, o)
	if err != nil {
		return err
	}
	defer func() { _ = wb.f.Close() }() // removes the stream writers' temporary files
	steps := []func() error{
		wb.setProperties,
		wb.writeBriefing,
		wb.writeRecords,
		wb.writeSeries,
		wb.writeCharts,
		wb.writeSources,
		wb.writeAbout,
		wb.writeNotes, // last: it lists the cells the other sheets had to cut
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("workbook: %w", err)
		}
		if err := step(); err != nil {
			return err
		}
		wb.advance(1)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	sortContentTypes(wb.f)
	wb.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newSortedZip(w, b.Cover.Generated) })
	if _, err := wb.f.WriteToBuffer(); err != nil { // the sorted zip writes straight to w
		return fmt.Errorf("workbook: writing the file: %w", err)
	}
	wb.advance(1)
	return nil
}

// WriteFile renders the briefing to the file at path, through a temporary file in the same
// folder that replaces path only when the workbook is complete: a failed or cancelled render
// leaves no partial file and an existing file untouched.
func WriteFile(ctx context.Context, path string, b *reports.Briefing, o Options) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		if err := Render(ctx, w, b, o); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}

// workbook is one render in progress.
type workbook struct {
	ctx        context.Context
	b          *reports.Briefing
	l          i18n.Lang // the workbook's language (Cover.Lang)
	f          *excelize.File
	st         *styles
	cuts       []cutCell
	seriesRows int // the last row of the Series sheet's table of years
	// decimals are the decimals of each indicator's values, by indicator id (countDecimals).
	decimals map[string]decimals
	report   func(done, total int)
	done     int
	total    int
}

// otherSteps counts the progress steps besides the records: the steps of Render and the
// final write.
const otherSteps = 9

func newWorkbook(ctx context.Context, b *reports.Briefing, o Options) (*workbook, error) {
	f := excelize.NewFile()
	wb := &workbook{ctx: ctx, b: b, l: b.Cover.Lang, f: f, report: o.Progress, total: len(b.Records) + otherSteps}
	fail := func(err error) (*workbook, error) {
		_ = f.Close()
		return nil, fmt.Errorf("workbook: creating the sheets: %w", err)
	}
	if err := f.SetSheetName(f.GetSheetName(0), wb.sheet(SheetNames[0])); err != nil {
		return fail(err)
	}
	for _, name := range SheetNames[1:] {
		if _, err := f.NewSheet(wb.sheet(name)); err != nil {
			return fail(err)
		}
	}
	f.SetActiveSheet(0)
	st, err := newStyles(f)
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	wb.st = st
	wb.countDecimals()
	wb.advance(0)
	return wb, nil
}

// t is the text of a message key in the workbook's language.
func (w *workbook) t(key string, args ...string) string { return w.l.T(key, args...) }

// sheet is the name of one of SheetNames in the workbook's language.
func (w *workbook) sheet(name string) string { return SheetName(w.l, name) }

// advance moves the progress on by n steps and reports it.
func (w *workbook) advance(n int) {
	w.done += n
	if w.report != nil {
		w.report(min(w.done, w.total), w.total)
	}
}

// text returns the value to write for a text at a cell: nil when empty, the text (cut with
// a marker when too long, the cut remembered for Notes), styled as text when a spreadsheet
// would read it as a formula. style is the cell's style otherwise (0 for none).
func (w *workbook) text(sheet string, col, row int, record, field, s string, style int) any {
	if s == "" {
		return nil
	}
	if len(s) > MaxCellChars {
		kept, omitted := cutText(s)
		if omitted > 0 {
			w.cuts = append(w.cuts, cutCell{
				Sheet: sheet, Cell: cellName(col, row), Record: record, Field: field,
				Total: len([]rune(s)), Omitted: omitted,
			})
			s = kept
		}
	}
	if guarded(s) {
		if style == w.st.wrap {
			style = w.st.textWrap
		} else {
			style = w.st.text
		}
	}
	if style == 0 {
		return s
	}
	return excelize.Cell{StyleID: style, Value: s}
}

// sortContentTypes puts the default content types in a fixed order: excelize adds the image
// extensions (with a chart) by iterating over a map, which would make two renders of one
// briefing differ in [Content_Types].xml. The order of those entries has no meaning.
func sortContentTypes(f *excelize.File) {
	if f.ContentTypes != nil {
		d := f.ContentTypes.Defaults
		sort.SliceStable(d, func(i, j int) bool { return d[i].Extension < d[j].Extension })
	}
}

// setProperties sets the document properties from the briefing, replacing every default
// excelize would leave (its creator, its application name, the time of the render): the
// author is whoever the briefing says prepared it (the application when nobody is named),
// the application is Attaché and its version.
func (w *workbook) setProperties() error {
	c := w.b.Cover
	application := strings.TrimSpace(appName + " " + c.AppVersion)
	creator := strings.TrimSpace(c.PreparedBy)
	if creator == "" {
		creator = application
	}
	stamp := c.Generated.UTC().Format("2006-01-02T15:04:05Z")
	sectors := make([]string, len(c.Sectors))
	for i, s := range c.Sectors {
		sectors[i] = w.b.SectorName(s.ID)
	}
	language := "" // a briefing that names no language states none, as before languages came
	if c.Lang != "" {
		language = c.Lang.Tag()
	}
	err := w.f.SetDocProps(&excelize.DocProperties{
		Title:          c.Title,
		Subject:        c.PairText() + ", " + c.PeriodText(),
		Creator:        creator,
		LastModifiedBy: creator,
		Created:        stamp,
		Modified:       stamp,
		Keywords:       strings.Join(sectors, ", "),
		Description:    w.t("xlsx.properties.description", c.Dataset.ID, c.Dataset.Version, c.Dataset.SHA256),
		ContentStatus:  c.Classification,
		Language:       language,
	})
	if err == nil {
		err = w.f.SetAppProps(&excelize.AppProperties{Application: application})
	}
	if err != nil {
		return fmt.Errorf("workbook: document properties: %w", err)
	}
	return nil
}
