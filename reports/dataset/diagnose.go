package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// diagnose finds every problem in a document that failed the fast path, with its line: it
// walks the document value by value against the Go types (so the two never disagree on what
// a field is), decodes what it can, and runs the semantic rules on the result.
func diagnose(data []byte, file string) []Problem {
	g := &diagnosis{
		text:       jsonText{data: data},
		file:       file,
		structural: map[string]bool{},
		rootValues: map[string]int{},
		rootLists:  map[string][]int{},
		fields:     map[reflect.Type][]fieldInfo{},
		words:      vocabulary{},
	}
	if !g.wellFormed() {
		return g.problems
	}
	d := new(Dataset)
	g.decode(g.text.skipSpace(0), reflect.ValueOf(d).Elem(), nil)

	c := newChecker(file, len(d.Records))
	c.recordPlace = func(i int) string {
		place := fmt.Sprintf("records[%d]", i)
		if offsets := g.rootLists["records"]; i < len(offsets) {
			line, _ := g.text.line(offsets[i])
			place += fmt.Sprintf(", line %d", line)
		}
		return place
	}
	c.checkDataset(d)
	for _, p := range c.problems {
		if g.covered(p.Field) {
			continue // the structural problem at the same place says it better
		}
		p.Line = g.lineOf(p.Field)
		g.problems = append(g.problems, p)
	}
	for i := range g.problems {
		p := &g.problems[i]
		if n, ok := recordIndex(p.Field); ok && p.Record == "" && n < len(d.Records) {
			p.Record = d.Records[n].ID
		}
	}
	sortProblems(g.problems)
	return g.problems
}

type diagnosis struct {
	text     jsonText
	file     string
	problems []Problem
	// structural holds the paths of problems found while decoding, so that the semantic
	// rules do not report the same place again ("required" after "must be a number").
	structural map[string]bool
	// Offsets of the root object's values and of the elements of its lists, so that a
	// semantic problem finds its line without walking the whole document.
	rootValues map[string]int
	rootLists  map[string][]int
	fields     map[reflect.Type][]fieldInfo
	words      vocabulary
	freeNames  []map[string]int // sets of member names to reuse; see takeNames
}

func (g *diagnosis) problemAt(offset int, field, format string, args ...any) {
	line := 0
	if offset >= 0 {
		line, _ = g.text.line(offset)
	}
	g.problems = append(g.problems, Problem{File: g.file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
	if field != "" {
		g.structural[field] = true
	}
}

// wellFormed reports invalid UTF-8 and JSON syntax errors, which stop the diagnosis.
func (g *diagnosis) wellFormed() bool {
	data := g.text.data
	if len(bytes.TrimSpace(data)) == 0 {
		g.problemAt(-1, "", "the document is empty: a dataset is a JSON object (see docs/dataset-format.md)")
		return false
	}
	if json.Valid(data) {
		root := g.text.skipSpace(0)
		if g.text.kind(root) != jsonObject {
			g.problemAt(root, "", "the document must be a JSON object ({…}), got %s", g.describe(root))
			return false
		}
		return true
	}
	g.invalidUTF8()
	var syntax *json.SyntaxError
	err := json.Unmarshal(data, new(json.RawMessage))
	if errors.As(err, &syntax) {
		at := max(int(syntax.Offset)-1, 0)
		line, col := g.text.line(at)
		g.problems = append(g.problems, Problem{File: g.file, Line: line,
			Message: fmt.Sprintf("column %d: JSON syntax error: %s", col, syntax.Error())})
	} else {
		g.problemAt(-1, "", "JSON syntax error: %v", err)
	}
	return false
}

// invalidUTF8 reports where the document is not UTF-8, up to a few places.
func (g *diagnosis) invalidUTF8() {
	const most = 10
	data := g.text.data
	found := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			found++
			if found <= most {
				g.problemAt(i, "", "invalid UTF-8 at byte offset %d: save the file as UTF-8", i)
			}
		}
		i += size
	}
	if found > most {
		g.problemAt(-1, "", "%d more places hold invalid UTF-8", found-most)
	}
}

// covered reports whether a structural problem was found at field or at a field holding it.
func (g *diagnosis) covered(field string) bool {
	if len(g.structural) == 0 {
		return false
	}
	for i := len(field); i > 0; i-- {
		if i == len(field) || field[i] == '.' || field[i] == '[' {
			if g.structural[field[:i]] {
				return true
			}
		}
	}
	return false
}

// recordIndex returns n from a path "records[n]…".
func recordIndex(field string) (int, bool) {
	rest, ok := strings.CutPrefix(field, "records[")
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[:end])
	return n, err == nil
}

// lineOf finds the line of the deepest part of a path that the document holds: the field
// itself when present, else the object that lacks it.
func (g *diagnosis) lineOf(field string) int {
	steps := splitPath(field)
	if len(steps) == 0 {
		return 0
	}
	pos, ok := g.rootValues[steps[0].name]
	if !ok {
		return 0
	}
	found := pos
	rest := steps[1:]
	if steps[0].index >= 0 {
		elems := g.rootLists[steps[0].name]
		if steps[0].index >= len(elems) {
			line, _ := g.text.line(found)
			return line
		}
		found = elems[steps[0].index]
	}
	for _, s := range rest {
		next := g.member(found, s.name)
		if next < 0 {
			break
		}
		found = next
		if s.index >= 0 {
			next = g.element(found, s.index)
			if next < 0 {
				break
			}
			found = next
		}
	}
	line, _ := g.text.line(found)
	return line
}

type pathStep struct {
	name  string
	index int // -1 when the step is not indexed
}

// splitPath splits "records[3].derived.from[0]" into its steps.
func splitPath(field string) []pathStep {
	var steps []pathStep
	for part := range strings.SplitSeq(field, ".") {
		s := pathStep{name: part, index: -1}
		if open := strings.IndexByte(part, '['); open >= 0 && strings.HasSuffix(part, "]") {
			if n, err := strconv.Atoi(part[open+1 : len(part)-1]); err == nil {
				s = pathStep{name: part[:open], index: n}
			}
		}
		steps = append(steps, s)
	}
	return steps
}

// member returns the offset of the value of name in the object at pos, or -1.
func (g *diagnosis) member(pos int, name string) int {
	if g.text.kind(pos) != jsonObject {
		return -1
	}
	found := -1
	g.text.members(pos, func(key, keyEnd, value int) int {
		if k, _ := g.text.str(key, keyEnd); found < 0 && strings.EqualFold(k, name) {
			found = value
		}
		return g.text.end(value)
	})
	return found
}

// element returns the offset of the index-th element of the array at pos, or -1.
func (g *diagnosis) element(pos, index int) int {
	if g.text.kind(pos) != jsonArray {
		return -1
	}
	found := -1
	g.text.elements(pos, func(i, value int) int {
		if i == index {
			found = value
		}
		return g.text.end(value)
	})
	return found
}

// describe shows the value at pos in a message: a short value as written, else its kind.
func (g *diagnosis) describe(pos int) string {
	switch g.text.kind(pos) {
	case jsonObject:
		return "an object"
	case jsonArray:
		return "a list"
	case jsonString:
		s, _ := g.text.str(pos, g.text.end(pos))
		return quoteValue(s)
	case jsonNone:
		return "nothing"
	}
	return string(g.text.data[pos:g.text.end(pos)])
}
