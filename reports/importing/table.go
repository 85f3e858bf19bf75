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

// table is an agency file's rows with the line each starts on, and the problems found in
// them, each naming the file, the line and the column.
type table struct {
	name     string
	header   []string
	rows     [][]string
	lines    []int
	comma    rune
	problems []Problem
}

// maxProblems bounds the problems kept from one file: past it, the file is plainly of
// another layout, and more lines say nothing new.
const maxProblems = 200

// readTable reads every row of a sniffed text file after its header. Malformed CSV and rows
// of the wrong width are problems of their line.
func readTable(name string, s *sniffed) (*table, error) {
	t := &table{name: name, header: s.header, comma: s.comma}
	cr := csv.NewReader(bytes.NewReader(s.text))
	cr.Comma = s.comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	if _, err := cr.Read(); err != nil { // the header, already read by sniff
		return nil, fileProblem(name, 1, "the first line cannot be read as a header: %v", err)
	}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		var parse *csv.ParseError
		if errors.As(err, &parse) {
			t.problem(parse.Line, "", "malformed CSV at byte %d of the line: %v", parse.Column, parse.Err)
			if len(t.problems) >= maxProblems {
				break
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: reading the file: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue // a blank line
		}
		if len(row) != len(t.header) {
			t.problem(line, "", "the row has %d cells, the header has %d: check for a missing or extra separator or an unbalanced quote", len(row), len(t.header))
			continue
		}
		t.rows = append(t.rows, row)
		t.lines = append(t.lines, line)
	}
	return t, nil
}

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
