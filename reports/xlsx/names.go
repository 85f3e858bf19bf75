package xlsx

import (
	"attache/reports"
	"attache/reports/dataset"
)

// Sheet names, in the order the workbook shows them. Each is within Excel's 31 characters.
const (
	SheetBriefing = "Briefing"
	SheetRecords  = "Records"
	SheetSeries   = "Series"
	SheetSources  = "Sources"
	SheetNotes    = "Notes"
	SheetAbout    = "About"
)

// SheetNames lists the workbook's sheets in order.
var SheetNames = []string{SheetBriefing, SheetRecords, SheetSeries, SheetSources, SheetNotes, SheetAbout}

// RecordsTable names the Excel table over the Records sheet (a table name may not equal a
// defined name, so it is not the sheet's name).
const RecordsTable = "RecordTable"

// MaxCellChars is the most characters (UTF-16 code units) an Excel cell holds.
const MaxCellChars = 32767

// The column headers of the sheets other than Records (whose headers are
// dataset.TableColumns).
var (
	keyFigureHeaders = []string{
		"Indicator", "Reporter", "Year", "Value", "Unit", "Qualifier", "Partial period", "Record", "Sources",
		"Change from", "Change", "Change %",
		"Mirror reporter", "Mirror value", "Mirror record", "Mirror sources",
		"Conflicting value", "Conflicting record", "Conflicting sources",
	}
	seriesYearHeader = "Year"
	sourceHeaders    = []string{
		"Number", "ID", "Title", "Title is a description", "Publisher", "Author", "Date", "Language", "Address",
		"Date note", "Note",
	}
	noteHeaders = []string{"Kind", "Records", "Text", "Sources"}
)

// Column widths, in Excel's character units.
var (
	recordWidths = map[string]float64{
		dataset.ColID: 12, dataset.ColKind: 11, dataset.ColDate: 12, dataset.ColEnd: 12,
		dataset.ColDateInferred: 15, dataset.ColSectors: 26, dataset.ColTitle: 50, dataset.ColSummary: 60,
		dataset.ColIndicator: 20, dataset.ColValue: 14, dataset.ColUnit: 14, dataset.ColQualifier: 12,
		dataset.ColReporter: 11, dataset.ColPartner: 10, dataset.ColDerivedFrom: 18, dataset.ColDerivedHow: 30,
		dataset.ColConflicts: 14, dataset.ColSources: 18,
	}
	keyFigureWidths = []float64{45, 18, 8, 12, 14, 10, 10, 12, 10, 10, 12, 10, 18, 12, 12, 10, 12, 12, 10}
	sourceWidths    = []float64{9, 16, 50, 12, 30, 20, 12, 10, 50, 30, 50}
	noteWidths      = []float64{16, 24, 100, 12}
	labelWidth      = 24.0 // the label column of About
	valueWidth      = 20.0 // long values run over the empty columns to their right
)

// Labels of the Briefing and About sheets and the kinds of note.
const (
	labelCountries      = "Countries"
	labelSectors        = "Sectors"
	labelAllSectors     = "all sectors"
	labelNoSectors      = "none"
	labelPeriod         = "Period"
	labelFrom           = "From (as asked)"
	labelTo             = "To (as asked)"
	labelFirstDay       = "First day covered"
	labelLastDay        = "Last day covered"
	labelKinds          = "Kinds"
	labelAllKinds       = "all kinds"
	labelText           = "Text filter"
	labelRecords        = "Records"
	labelSources        = "Sources"
	labelPreparedBy     = "Prepared by"
	labelClass          = "Classification"
	labelDataset        = "Dataset"
	labelDatasetTitle   = "Dataset title"
	labelDatasetID      = "Dataset id"
	labelDatasetVersion = "Dataset version"
	labelDatasetSHA     = "Dataset SHA-256"
	labelAppVersion     = "Attaché version"
	labelGenerated      = "Generated (UTC)"
	labelKeyFigures     = "Key figures"
	labelSelection      = "Selection"
	labelExport         = "Export"
	labelNothing        = "Nothing matched the selection."
	labelNoKeyFigures   = "No indicator values in the selection."
	labelSeeSheets      = "Every record is on the Records sheet; sources on Sources; caveats on Notes."
	labelYes            = "yes"
	labelNoSeries       = "No yearly values in the selection."
	labelByYear         = " by year"
	labelMixedUnits     = "mixed units: see the legend"
	labelCutCell        = "cut cell"
	appName             = "Attaché"
)

// noteKindLabels names each kind of note as the Notes sheet shows it.
var noteKindLabels = map[reports.NoteKind]string{
	reports.NoteDerived:  "derived value",
	reports.NoteConflict: "conflict",
	reports.NoteInferred: "inferred date",
	reports.NotePartial:  "partial period",
	reports.NoteGap:      "gap",
}
