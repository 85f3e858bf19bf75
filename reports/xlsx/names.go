package xlsx

import (
	"strings"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/i18n"
)

// Sheet names, in the order the workbook shows them, as an English workbook names them; a
// workbook in another language names them as SheetName says. Each is within Excel's 31
// characters in every language.
const (
	SheetBriefing = "Briefing"
	SheetRecords  = "Records"
	SheetSeries   = "Series"
	SheetCharts   = "Charts"
	SheetSources  = "Sources"
	SheetNotes    = "Notes"
	SheetAbout    = "About"
)

// SheetNames lists the workbook's sheets in order.
var SheetNames = []string{SheetBriefing, SheetRecords, SheetSeries, SheetCharts, SheetSources, SheetNotes, SheetAbout}

// sheetKeys are the message keys of the sheets' names (common.json: the PDF names the
// sheets too when it sends the reader to the workbook).
var sheetKeys = map[string]string{
	SheetBriefing: "sheet.briefing", SheetRecords: dataset.RecordsSheetKey, SheetSeries: "sheet.series",
	SheetCharts: "sheet.charts", SheetSources: "sheet.sources", SheetNotes: "sheet.notes", SheetAbout: "sheet.about",
}

// SheetName is the name that sheet, one of SheetNames, has in a workbook written in l:
// "Records", "Yazılar", "기록". Another name is returned as it is.
func SheetName(l i18n.Lang, sheet string) string {
	if key, ok := sheetKeys[sheet]; ok {
		return l.T(key)
	}
	return sheet
}

// sheetRef writes a sheet's name as a formula's reference names it: quoted unless it is
// plain ASCII letters and digits ("Series", "'시계열'").
func sheetRef(name string) string {
	for _, c := range name {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

// RecordsTable names the Excel table over the Records sheet (a table name may not equal a
// defined name, so it is not the sheet's name).
const RecordsTable = "RecordTable"

// MaxCellChars is the most characters (UTF-16 code units) an Excel cell holds.
const MaxCellChars = 32767

// The message keys of the column headers of the sheets other than Records (whose headers
// are dataset.TableColumns, written as RecordsColumnKey says).
var (
	keyFigureHeaders = []string{
		"xlsx.header.indicator", "xlsx.header.reporter", "xlsx.header.year", "xlsx.header.value",
		"xlsx.header.unit", "xlsx.header.qualifier", "xlsx.header.partial", "xlsx.header.record",
		"xlsx.header.sources",
		"xlsx.header.change_from", "xlsx.header.change", "xlsx.header.change_percent",
		"xlsx.header.mirror_reporter", "xlsx.header.mirror_value", "xlsx.header.mirror_record",
		"xlsx.header.mirror_sources",
		"xlsx.header.conflicting_value", "xlsx.header.conflicting_record", "xlsx.header.conflicting_sources",
		"xlsx.header.change_note", "xlsx.header.caveat",
	}
	// keyFigureBlocks are the tables the key figures are written as, by index in
	// keyFigureHeaders: each starts with the indicator and the reporter, which name the row.
	keyFigureBlocks = []keyFigureBlock{
		{heading: labelKeyFigures, columns: []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{heading: "xlsx.label.changes", columns: []int{0, 1, 9, 10, 11, 12, 13, 14, 15}},
		{heading: "xlsx.label.conflicts", columns: []int{0, 1, 16, 17, 18}},
		{heading: "xlsx.label.key_figure_notes", columns: []int{0, 1, 19, 20}, spans: []int{1, 1, 3, 4}},
	}
	seriesYearHeader = "xlsx.header.year"
	sourceHeaders    = []string{
		"xlsx.header.number", "xlsx.header.id", "xlsx.header.title", "xlsx.header.title_is_description",
		"xlsx.header.publisher", "xlsx.header.author", "xlsx.header.date", "xlsx.header.language",
		"xlsx.header.address", "xlsx.header.date_note", "xlsx.header.note",
	}
	noteHeaders = []string{"xlsx.header.kind", "xlsx.header.records", "xlsx.header.text", "xlsx.header.sources"}
)

// Column widths, in Excel's character units.
var (
	// Records prints one page wide: the long texts wrap in columns narrow enough for the
	// sheet to print at a usable size.
	recordWidths = map[string]float64{
		dataset.ColID: 11, dataset.ColKind: 10, dataset.ColDate: 10, dataset.ColEnd: 10,
		dataset.ColDatePrecision: 9, dataset.ColEndPrecision: 9,
		dataset.ColDateInferred: 8, dataset.ColSectors: 14, dataset.ColTitle: 30, dataset.ColSummary: 42,
		dataset.ColIndicator: 14, dataset.ColValue: 13, dataset.ColUnit: 12, dataset.ColQualifier: 9,
		dataset.ColReporter: 8, dataset.ColPartner: 8, dataset.ColDerivedFrom: 12, dataset.ColDerivedHow: 28,
		dataset.ColConflicts: 10, dataset.ColSources: 11, dataset.ColCaveat: 28, dataset.ColAliases: 14, dataset.ColDerivedOp: 10,
		dataset.ColMilestone: 10,
	}
	// recordWrapped are the Records columns whose text wraps.
	recordWrapped = map[string]bool{
		dataset.ColSectors: true, dataset.ColTitle: true, dataset.ColSummary: true, dataset.ColIndicator: true,
		dataset.ColUnit: true, dataset.ColDerivedFrom: true, dataset.ColDerivedHow: true, dataset.ColConflicts: true,
		dataset.ColSources: true, dataset.ColCaveat: true, dataset.ColAliases: true,
	}
	// The Briefing sheet prints upright, its key figures in tables of nine columns at most
	// (keyFigureBlocks) that share these widths: about 120 characters, which an A4 page
	// prints one page wide at 80% or more, 9 points for the 11-point text.
	keyFigureWidths = []float64{27, 19, 10, 12, 12, 12, 10, 11, 10}
	sourceWidths    = []float64{9, 16, 50, 12, 30, 20, 12, 10, 50, 30, 50}
	noteWidths      = []float64{16, 24, 100, 12}
	labelWidth      = 24.0 // the label column of About
	valueWidth      = 20.0 // long values run over the empty columns to their right
)

// The message keys of the labels of the Briefing and About sheets and of their texts
// (reports/i18n/messages/<lang>/xlsx.json).
const (
	labelCountries      = "xlsx.label.countries"
	labelSectors        = "xlsx.label.sectors"
	labelSectorIDs      = "xlsx.label.sector_ids"
	labelPeriod         = "xlsx.label.period"
	labelFrom           = "xlsx.label.from"
	labelTo             = "xlsx.label.to"
	labelFirstDay       = "xlsx.label.first_day"
	labelLastDay        = "xlsx.label.last_day"
	labelKinds          = "xlsx.label.kinds"
	labelText           = "xlsx.label.text"
	labelRecords        = "xlsx.label.records"
	labelSources        = "xlsx.label.sources"
	labelPreparedBy     = "xlsx.label.prepared_by"
	labelClass          = "xlsx.label.classification"
	labelDataset        = "xlsx.label.dataset"
	labelDatasetTitle   = "xlsx.label.dataset_title"
	labelDatasetID      = "xlsx.label.dataset_id"
	labelDatasetVersion = "xlsx.label.dataset_version"
	labelDatasetSHA     = "xlsx.label.dataset_sha"
	labelAppVersion     = "xlsx.label.app_version"
	labelGenerated      = "xlsx.label.generated"
	labelKeyFigures     = "xlsx.label.key_figures"
	labelSelection      = "xlsx.label.selection"
	labelExport         = "xlsx.label.export"
	labelOpen           = "xlsx.label.open"
	labelNothing        = "xlsx.text.nothing"
	labelNoKeyFigures   = "xlsx.text.no_key_figures"
	labelSeeSheets      = "xlsx.text.see_sheets"
	labelYes            = "word.yes"
	labelNoSeries       = "xlsx.text.no_series"
	labelNoCharts       = "xlsx.text.no_charts"
	labelChartsIntro    = "xlsx.text.charts_intro"
	labelByYear         = "xlsx.chart.by_year"
	labelMixedUnits     = "xlsx.chart.mixed_units"
	labelCutCell        = "xlsx.note_kind.cut"
	appName             = "Attaché"
)

// noteKindLabels are the message keys of each kind of note as the Notes sheet names it.
var noteKindLabels = map[reports.NoteKind]string{
	reports.NoteDerived:  "xlsx.note_kind.derived",
	reports.NoteConflict: "xlsx.note_kind.conflict",
	reports.NoteInferred: "xlsx.note_kind.inferred",
	reports.NotePartial:  "xlsx.note_kind.partial",
	reports.NoteGap:      "xlsx.note_kind.gap",
}

// keyFigureBlock is one table of the key figures: its heading's message key, its columns
// by index in keyFigureHeaders, and how many sheet columns each takes (1 when spans is nil):
// a long text spans several, merged.
type keyFigureBlock struct {
	heading string
	columns []int
	spans   []int
}

func (b keyFigureBlock) span(i int) int {
	if i < len(b.spans) {
		return b.spans[i]
	}
	return 1
}

// headers writes the headers of keys in the workbook's language.
func (w *workbook) headers(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = w.t(k)
	}
	return out
}
