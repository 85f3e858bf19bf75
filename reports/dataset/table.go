package dataset

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// tableOrigin is the table row an imported record came from.
type tableOrigin struct {
	sheet string // "" for a CSV file
	line  int    // line of a CSV file, row of a sheet
	unit  string // the unit cell, which Merge compares with the indicator's unit
}

// tableReader turns the rows of a flat table (CSV or one sheet) into records, collecting
// every problem with its line and column. The CSV and XLSX imports differ only in how they
// get the cells.
type tableReader struct {
	file, sheet string
	problems    []Problem
	records     []Record
	header      bool           // the header row has been read
	width       int            // how many columns the header names: legacyColumns or all
	lines       map[string]int // record id → the line that first used it
	rules       *checker
	words       vocabulary // one copy of each repeated id, as Load keeps (load_stream.go)
	// precisions are the optional precision columns of the header (table_precision.go),
	// rowPrecision the current row's cells of them.
	precisions   []precisionColumn
	rowPrecision []string
}

func newTableReader(file, sheet string) *tableReader {
	rules := newChecker(file, 0)
	rules.references = false // sectors, sources and other records are resolved by Merge
	return &tableReader{file: file, sheet: sheet, lines: map[string]int{}, rules: rules, words: vocabulary{}}
}

// columnProblem reports a problem in one cell; col indexes TableColumns, or is -1.
func (t *tableReader) columnProblem(line, col int, name, record, format string, args ...any) {
	t.problems = append(t.problems, Problem{
		File: t.file, Sheet: t.sheet, Line: line, Record: record,
		Column: name, ColumnLetter: columnLetter(t.sheet, t.sheetColumn(col)), Message: fmt.Sprintf(format, args...),
	})
}

// columnLetter is the letter of column col (0-based) of a sheet; "" for a CSV file.
func columnLetter(sheet string, col int) string {
	if sheet == "" || col < 0 {
		return ""
	}
	letter, _ := excelize.ColumnNumberToName(col + 1)
	return letter
}

func (t *tableReader) lineProblem(line int, format string, args ...any) {
	t.problems = append(t.problems, Problem{File: t.file, Sheet: t.sheet, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (t *tableReader) err() error {
	if len(t.problems) == 0 {
		return nil
	}
	sortProblems(t.problems)
	return &ValidationError{Problems: t.problems}
}

// readHeader checks the header row: exactly TableColumns, in order, names in any case.
func (t *tableReader) readHeader(cells []string, line int) bool {
	t.header = true
	before := len(t.problems)
	cells = t.takePrecisionColumns(cells, line)
	seen := make([]bool, len(TableColumns))
	order := true
	for i, cell := range cells {
		col := columnIndex(cell)
		switch {
		case col < 0:
			t.columnProblem(line, i, cell, "", "unknown column (the columns are: %s)", strings.Join(TableColumns, ", "))
			continue
		case seen[col]:
			t.columnProblem(line, i, cell, "", "column named twice")
			continue
		}
		seen[col] = true
		order = order && col == i
	}
	// A table may end before the columns added last (caveat, aliases, derived_operation,
	// milestone), not
	// skip one of them.
	t.width = len(TableColumns)
	for t.width > legacyColumns && !seen[t.width-1] {
		t.width--
	}
	for col, ok := range seen {
		if !ok && col < t.width {
			t.lineProblem(line, "the header lacks column %q", TableColumns[col])
		}
	}
	if len(t.problems) == before && !order {
		t.lineProblem(line, "the columns are out of order: they must be %s", strings.Join(TableColumns, ", "))
	}
	return len(t.problems) == before
}

func columnIndex(name string) int {
	name = canonicalColumn(name) // a header in any language (header_names.go)
	for i, c := range TableColumns {
		if strings.EqualFold(c, name) {
			return i
		}
	}
	return -1
}

// columnOf names the table column that holds a record field ("derived.from[0]" →
// "derived_from"), and its index in TableColumns.
func columnOf(field string) (string, int) {
	name := field
	if i := strings.IndexAny(name, ".["); i >= 0 {
		name = name[:i]
	}
	if name == "derived" {
		name = ColDerivedFrom
		if strings.HasPrefix(field, "derived.method") {
			name = ColDerivedHow
		}
	}
	return name, columnIndex(name)
}

// MaxCellChars is the most characters a cell of an imported table may hold: a workbook
// cell's limit, so that every record imported can be exported again as it is.
const MaxCellChars = 32767

// readRow reads one row of t.width cells; lineOf gives the line each cell starts on (a
// quoted CSV cell may span lines). The columns a legacy table lacks read as empty.
func (t *tableReader) readRow(cells []string, lineOf func(col int) int) {
	for len(cells) < len(TableColumns) {
		cells = append(cells, "")
	}
	blankRow := true
	for _, c := range cells {
		blankRow = blankRow && blank(c)
	}
	if blankRow {
		return
	}
	line := lineOf(0)
	r := Record{origin: &tableOrigin{sheet: t.sheet, line: line}}
	r.ID = strings.TrimSpace(cells[0])
	bad := make([]bool, len(TableColumns)) // columns already reported
	cellProblem := func(col int, format string, args ...any) {
		bad[col] = true
		t.columnProblem(lineOf(col), col, TableColumns[col], r.ID, format, args...)
	}
	for col, c := range cells {
		if len(c) > MaxCellChars {
			if n := utf8.RuneCountInString(c); n > MaxCellChars {
				cellProblem(col, "holds %d characters, more than the %d a workbook cell can hold: shorten it", n, MaxCellChars)
			}
		}
	}
	date := func(col int) *Date {
		s := strings.TrimSpace(cells[col])
		if s == "" {
			return nil
		}
		d, err := ParseDate(s)
		if err != nil {
			cellProblem(col, "%v", err)
			return nil
		}
		if d, ok := t.atPrecision(d, col, lineOf(col), r.ID); ok {
			return &d
		}
		bad[col] = true
		return nil
	}

	r.Kind = Kind(strings.TrimSpace(cells[1]))
	if d := date(2); d != nil {
		r.Date = *d
	}
	r.End = date(3)
	inferred, err := parseFlag(cells[4])
	if err != nil {
		cellProblem(4, "%v", err)
	}
	r.DateInferred = inferred
	r.Sectors = splitList(cells[5])
	r.Title = cells[6]
	r.Summary = cells[7]
	r.Indicator = strings.TrimSpace(cells[8])
	if r.Value, err = parseValue(cells[9]); err != nil {
		cellProblem(9, "%v", err)
	}
	r.origin.unit = strings.TrimSpace(cells[10])
	r.Qualifier = Qualifier(strings.TrimSpace(cells[11]))
	r.Reporter = strings.TrimSpace(cells[12])
	r.Partner = strings.TrimSpace(cells[13])
	if from, method, op := splitList(cells[14]), cells[15], strings.TrimSpace(cells[20]); len(from) > 0 || !blank(method) || op != "" {
		r.Derived = &Derivation{Method: method, From: from, Operation: op}
	}
	r.Conflicts = splitList(cells[16])
	r.Sources = splitList(cells[17])
	r.Caveat = cells[18]
	r.Aliases = splitList(cells[19])
	r.Milestone = strings.TrimSpace(cells[21])

	if r.origin.unit != "" && r.Kind != Measure && r.Kind != "" {
		cellProblem(10, "only indicator records carry a unit; this record is of kind %q", r.Kind)
	}
	if first, dup := t.lines[r.ID]; dup && r.ID != "" {
		cellProblem(0, "id %q is already used on %s %d", r.ID, t.lineWord(), first)
	} else if r.ID != "" {
		t.lines[r.ID] = line
	}

	c := t.rules
	c.problems, c.recordIndex, c.recordID = c.problems[:0], 0, r.ID
	c.checkRecord(&r)
	for _, p := range c.problems {
		name, col := columnOf(fieldInRecord(p.Field))
		if col >= 0 && bad[col] {
			continue // the cell's own problem says it better
		}
		at := line
		if col >= 0 {
			at = lineOf(col)
		}
		t.columnProblem(at, col, name, r.ID, "%s", p.Message)
	}
	t.words.share(&r)
	t.records = append(t.records, r)
}

func (t *tableReader) lineWord() string {
	if t.sheet != "" {
		return "row"
	}
	return "line"
}

// splitList splits a many-valued cell on ";", trimming spaces and dropping empty entries.
func splitList(cell string) []string {
	if blank(cell) {
		return nil
	}
	var ids []string
	for part := range strings.SplitSeq(cell, ";") {
		if part = strings.TrimSpace(part); part != "" {
			ids = append(ids, part)
		}
	}
	return ids
}

// parseFlag reads date_inferred: true/false, yes/no, 1/0 in any case, or empty for false.
func parseFlag(cell string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(cell)) {
	case "", "false", "no", "0":
		return false, nil
	case "true", "yes", "1":
		return true, nil
	}
	return false, fmt.Errorf("must be true or false (or yes/no, 1/0, or empty), got %s", quoteValue(cell))
}

// parseValue reads a plain number: digits with an optional sign, decimal point and exponent;
// an empty cell is no value.
func parseValue(cell string) (*float64, error) {
	s := strings.TrimSpace(cell)
	if s == "" {
		return nil, nil
	}
	if !plainNumber(s) {
		switch {
		case strings.ContainsAny(s, thousandsSeparators) && plainNumber(dropSeparators.Replace(s)):
			return nil, fmt.Errorf("must be a plain number without thousands separators (like 1234.5), got %s", quoteValue(cell))
		case isNonFinite(s):
			return nil, fmt.Errorf("must be a finite number, got %s", quoteValue(cell))
		}
		return nil, fmt.Errorf("must be a number (like 1234.5 or -0.25), got %s", quoteValue(cell))
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return nil, fmt.Errorf("the number %s is out of range", s)
	}
	return &v, nil
}

// thousandsSeparators are the characters spreadsheets and people group digits with.
const thousandsSeparators = ",' _\u00a0\u202f"

var dropSeparators = strings.NewReplacer(",", "", "'", "", " ", "", "_", "", "\u00a0", "", "\u202f", "")

func isNonFinite(s string) bool {
	s = strings.ToLower(strings.TrimLeft(s, "+-"))
	return s == "nan" || s == "inf" || s == "infinity"
}

// plainNumber reports whether s is [+-]digits[.digits][e[+-]digits] (either side of the
// point may be empty, not both).
func plainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
