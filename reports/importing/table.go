package importing

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// table is an agency file's text after its header, read a row at a time, and the problems
// found in it, each naming the file, the line and the column.
type table struct {
	name     string
	header   []string
	text     []byte
	comma    rune
	problems []Problem
	// publisher is who published the file, as its layout or its rows say.
	publisher string
}

// maxProblems bounds the problems kept from one file: past it, the file is plainly of
// another layout, and more lines say nothing new.
const maxProblems = 200

func newTable(name string, s *sniffed) *table {
	return &table{name: name, header: s.header, text: s.text, comma: s.comma}
}

// scan calls fn with each row after the header and the line it starts on; the row's slice
// is reused, its strings are not. Malformed CSV and rows of the wrong width are problems of
// their line; blank lines are skipped. Rows are read as they are needed, not held: a
// download of a million rows costs the memory of its values, not of its cells.
func (t *table) scan(fn func(line int, row []string)) {
	cr := csv.NewReader(bytes.NewReader(t.text))
	cr.Comma = t.comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil { // the header, already read by sniff
		t.problem(1, "", "the first line cannot be read as a header: %v", err)
		return
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return
		}
		var parse *csv.ParseError
		if errors.As(err, &parse) {
			t.problem(parse.Line, "", "malformed CSV at byte %d of the line: %v", parse.Column, parse.Err)
			if len(t.problems) >= maxProblems {
				return
			}
			continue
		}
		if err != nil { // a bytes.Reader fails in no other way
			t.problem(0, "", "reading the file: %v", err)
			return
		}
		line, _ := cr.FieldPos(0)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		if len(row) != len(t.header) {
			t.problem(line, "", "the row has %d cells, the header has %d: check for a missing or extra separator or an unbalanced quote", len(row), len(t.header))
			continue
		}
		fn(line, row)
	}
}

// rowsHint is about how many rows the table has: its lines.
func (t *table) rowsHint() int { return bytes.Count(t.text, []byte("\n")) + 1 }

// col is the index of a column, or -1 when the file lacks it.
func (t *table) col(name string) int { return columnIndex(t.header, name) }

// need finds the columns a layout cannot do without, reporting those missing at line 1.
func (t *table) need(names ...string) ([]int, bool) {
	idx := make([]int, len(names))
	ok := true
	for i, n := range names {
		idx[i] = t.col(n)
		if idx[i] < 0 {
			t.problem(1, n, "the %s header lacks this column: download the file again with it", t.format())
			ok = false
		}
	}
	return idx, ok
}

func (t *table) format() Format { return layoutOf(t.header) }

// cell is a row's trimmed cell at col, or "" when col is -1.
func cell(row []string, col int) string {
	if col < 0 {
		return ""
	}
	return strings.TrimSpace(row[col])
}

func (t *table) problem(line int, column, format string, args ...any) {
	if len(t.problems) >= maxProblems {
		return
	}
	t.problems = append(t.problems, Problem{File: t.name, Line: line, Column: column, Message: fmt.Sprintf(format, args...)})
}

// err is every problem found, or nil.
func (t *table) err() error {
	if len(t.problems) == 0 {
		return nil
	}
	return &dataset.ValidationError{Problems: t.problems}
}

// missingMarks are what agencies write where a value is missing or not available.
var missingMarks = map[string]bool{"": true, "...": true, "…": true, "-": true, "–": true, "—": true,
	"..": true, "n.a.": true, "na": true, "nan": true, "x": true}

// number reads a value cell. A cell marked missing gives ok false and the mark (never a
// zero); a cell that is no number is a problem of its line and column. With a separator
// other than comma, a decimal comma is read ("1234,5", "1.234,5").
func (t *table) number(line int, column, s string) (v float64, mark string, ok bool) {
	if missingMarks[strings.ToLower(s)] {
		if s == "" {
			s = "empty"
		}
		return 0, s, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err == nil {
		return v, "", true
	}
	if t.comma != ',' && strings.Contains(s, ",") {
		plain := strings.NewReplacer(".", "", " ", "", "\u00a0", "", "'", "").Replace(s)
		if v, err := strconv.ParseFloat(strings.Replace(plain, ",", ".", 1), 64); err == nil {
			return v, "", true
		}
	}
	if strings.Contains(s, ",") {
		t.problem(line, column, "%q is not a number: write it without thousands separators and with a decimal point (or pass --separator ';' for a file with decimal commas)", s)
	} else {
		t.problem(line, column, "%q is not a number", s)
	}
	return 0, "", false
}
