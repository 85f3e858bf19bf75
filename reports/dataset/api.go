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

// legacyColumns is how many of TableColumns a table from before caveat, aliases,
// derived_operation and milestone has:
// the columns added since come last, so such a table still imports, without them.
const legacyColumns = 18

// ListSeparator joins the entries of a many-valued cell (sectors, sources, conflicts,
// derived_from, aliases).
const ListSeparator = "; "
