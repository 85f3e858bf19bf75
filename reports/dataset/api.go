package dataset

// Table columns: the flat form of a record that the workbook's Records sheet writes and that
// ImportCSV and ImportXLSX read back, in this order. docs/dataset-format.md documents them.
const (
	ColID           = "id"
	ColKind         = "kind"
	ColDate         = "date"
	ColEnd          = "end"
	ColDateInferred = "date_inferred"
	ColSectors      = "sectors"
	ColTitle        = "title"
	ColSummary      = "summary"
	ColIndicator    = "indicator"
	ColValue        = "value"
	ColUnit         = "unit"
	ColQualifier    = "qualifier"
	ColReporter     = "reporter"
	ColPartner      = "partner"
	ColDerivedFrom  = "derived_from"
	ColDerivedHow   = "derived_method"
	ColConflicts    = "conflicts"
	ColSources      = "sources"
	ColCaveat       = "caveat"
	ColAliases      = "aliases"
	ColDerivedOp    = "derived_operation"
	ColMilestone    = "milestone"
)

// TableColumns lists the table's columns in order.
var TableColumns = []string{
	ColID, ColKind, ColDate, ColEnd, ColDateInferred, ColSectors, ColTitle, ColSummary,
	ColIndicator, ColValue, ColUnit, ColQualifier, ColReporter, ColPartner,
	ColDerivedFrom, ColDerivedHow, ColConflicts, ColSources, ColCaveat, ColAliases, ColDerivedOp,
	ColMilestone,
}

// The precision of date and end ("year", "month" or "day"), each in an optional column right
// after its date. A date cell holds a day, and a reader that sees only that day (pandas,
// Power Query) would take the year 2015 for 1 January 2015; the column keeps what is known.
// The workbook's Records sheet writes them (SheetColumns); a table without them imports as
// before. When given, the date is read at that precision: a day that starts the year or
// month stated ("2015-01-01" with "year") is that year or month.
const (
	ColDatePrecision = "date_precision"
	ColEndPrecision  = "end_precision"
)

// precisionColumns maps each date column to the column of its precision.
var precisionColumns = map[string]string{ColDate: ColDatePrecision, ColEnd: ColEndPrecision}

// SheetColumns lists the columns of the workbook's Records sheet: TableColumns with each
// date's precision column right after it.
var SheetColumns = func() []string {
	var cols []string
	for _, c := range TableColumns {
		cols = append(cols, c)
		if p, ok := precisionColumns[c]; ok {
			cols = append(cols, p)
		}
	}
	return cols
}()

// legacyColumns is how many of TableColumns a table from before caveat, aliases,
// derived_operation and milestone has:
// the columns added since come last, so such a table still imports, without them.
const legacyColumns = 18

// ListSeparator joins the entries of a many-valued cell (sectors, sources, conflicts,
// derived_from, aliases).
const ListSeparator = "; "
