package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// ImportCSV reads records from a CSV table (RFC 4180, UTF-8 with or without a byte-order
// mark, CRLF or LF line ends) whose header row names exactly TableColumns, in that order, in
// any case (a table made before the caveat and aliases columns may end without them). name is the file name that problems cite.
//
// Every problem is reported at once in a *ValidationError naming the line and column:
// malformed CSV, invalid UTF-8, a bad header, malformed dates, numbers or flags, and
// whatever the rules of a single record refuse. References to sectors, sources, indicators
// and other records, and units, are checked when the records are merged into a dataset
// (Merge). A table over DefaultMaxBytes is refused. An error reading r is returned wrapped.
func ImportCSV(r io.Reader, name string) ([]Record, error) {
	in := &limitedReader{r: r, left: DefaultMaxBytes}
	br := bufio.NewReader(in)
	if bom, err := br.Peek(3); err == nil && bytes.Equal(bom, []byte("\uFEFF")) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // rows of the wrong width are reported, not fatal
	t := newTableReader(name, "")
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			break
		}
		var parse *csv.ParseError
		if errors.As(err, &parse) {
			t.lineProblem(parse.Line, "malformed CSV at byte %d of the line: %v", parse.Column, parse.Err)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: reading the table: %w", name, err)
		}
		fields := len(cells)
		lineOf := func(col int) int { // col of TableColumns, after the precision columns are taken out
			if col = t.sheetColumn(col); col >= fields {
				col = 0
			}
			line, _ := cr.FieldPos(col)
			return line
		}
		rawLineOf := func(i int) int { line, _ := cr.FieldPos(i); return line } // i < fields
		if !validCells(t, cells, rawLineOf) {
			continue
		}
		if !t.header {
			if !t.readHeader(cells, lineOf(0)) {
				return nil, t.err() // rows cannot be read without their columns
			}
			continue
		}
		cells = t.tableCells(cells)
		if len(cells) != t.width {
			t.lineProblem(lineOf(0), "the row has %d cells, the header has %d: check for a missing or extra separator or an unbalanced quote", len(cells), t.width)
			continue
		}
		t.readRow(cells, lineOf)
	}
	if in.over {
		return nil, &ValidationError{Problems: []Problem{{File: name, Message: fmt.Sprintf(
			"the table is larger than the limit of %s: split it", byteSize(DefaultMaxBytes))}}}
	}
	if !t.header && len(t.problems) == 0 {
		t.lineProblem(0, "the table is empty: its first row must name the columns %v", TableColumns)
	}
	if err := t.err(); err != nil {
		return nil, err
	}
	return t.records, nil
}

// validCells reports invalid UTF-8 in a row's cells.
func validCells(t *tableReader, cells []string, lineOf func(col int) int) bool {
	ok := true
	for i, c := range cells {
		if !utf8.ValidString(c) {
			name := ""
			if i < len(TableColumns) {
				name = TableColumns[i]
			}
			t.columnProblem(lineOf(i), i, name, "", "invalid UTF-8: save the table as UTF-8")
			ok = false
		}
	}
	return ok
}

// limitedReader stops after left bytes and remembers that it did.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		var probe [1]byte
		if n, _ := l.r.Read(probe[:]); n > 0 {
			l.over = true
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
