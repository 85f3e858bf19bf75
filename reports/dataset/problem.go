package dataset

import (
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a dataset document or an imported table, and where it is.
type Problem struct {
	File  string // the document or table name given to Load, Validate or an import
	Sheet string // the workbook sheet, for an XLSX import; "" otherwise
	// Line is the 1-based line in a JSON or CSV file, or the row in a sheet; 0 when unknown.
	Line   int
	Record string // id of the record concerned; "" when none or not known
	// Field is the JSON path of the field concerned ("records[12].value", "sources"); for a
	// table, the record's field as a JSON path relative to the record ("value").
	Field string
	// Column names the table column concerned ("date"); "" for a JSON document.
	Column string
	// ColumnLetter is the sheet's column letter ("C") for an XLSX import; "" otherwise.
	ColumnLetter string
	Message      string
}

// String formats the problem on one line, most general place first:
//
//	az-kr.json: line 45: record "R067": field "value": must be a number, got "474 million"
//	records.xlsx: sheet "Records": row 14: record "R067": column C "date": …
func (p Problem) String() string {
	var b strings.Builder
	part := func(format string, args ...any) {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		fmt.Fprintf(&b, format, args...)
	}
	if p.File != "" {
		part("%s", p.File)
	}
	if p.Sheet != "" {
		part("sheet %q", p.Sheet)
	}
	if p.Line > 0 {
		if p.Sheet != "" {
			part("row %d", p.Line)
		} else {
			part("line %d", p.Line)
		}
	}
	if p.Record != "" {
		part("record %q", p.Record)
	}
	switch {
	case p.Column != "" && p.ColumnLetter != "":
		part("column %s %q", p.ColumnLetter, p.Column)
	case p.ColumnLetter != "":
		part("column %s", p.ColumnLetter)
	case p.Column != "":
		part("column %q", p.Column)
	case p.Field != "":
		field := p.Field
		if p.Record != "" {
			field = fieldInRecord(field)
		}
		if field != "" {
			part("field %q", field)
		}
	}
	part("%s", p.Message)
	return b.String()
}

// fieldInRecord turns "records[12].sectors[1]" into "sectors[1]": once the record is named
// by its id, its index only adds noise. Paths outside a record are returned unchanged, and a
// path naming the whole record gives "".
func fieldInRecord(path string) string {
	rest, ok := strings.CutPrefix(path, "records[")
	if !ok {
		return path
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return path
	}
	rest = rest[end+1:]
	return strings.TrimPrefix(rest, ".")
}

// ValidationError holds every problem found in a dataset document or a table. A dataset with
// a ValidationError is never returned.
type ValidationError struct {
	Problems []Problem
}

// Error lists the problems one per line, as Lines does: past MaxListedProblems, the rest
// are counted by kind.
func (e *ValidationError) Error() string {
	if len(e.Problems) == 0 {
		return "invalid dataset"
	}
	return strings.Join(e.Lines(), "\n")
}

// sortProblems puts problems in reading order: by file and sheet, then by line, where
// problems without a line (document-wide ones) come first. Problems on the same line keep the
// order they were found in.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if c := strings.Compare(a.Sheet, b.Sheet); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
}

// quoteValue shows a value from the input in a message, cut short when long.
func quoteValue(s string) string {
	const longest = 60
	if r := []rune(s); len(r) > longest {
		s = string(r[:longest]) + "…"
	}
	return fmt.Sprintf("%q", s) + valueNote(s) // see validate_chars.go
}
