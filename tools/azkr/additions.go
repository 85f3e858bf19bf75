package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// Files of the 2026-12 additions to the research material.
const (
	additionsFile       = "records-additions-2026-12.csv"
	additionSourcesFile = "sources-additions-2026-12.md"
)

// additionSource is one row of the table in sources-additions-2026-12.md.
type additionSource struct {
	n                                int // the row's number, "#"
	title, publisher, basis, address string
	records                          []string // the N… ids the row says it is the source of
	line                             int
}

// readAdditionSources reads the numbered table of sources-additions-2026-12.md.
func readAdditionSources(path string) ([]additionSource, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the research material: %w (pass its folder with -material)", err)
	}
	defer f.Close()
	return parseAdditionSources(f, path)
}

func parseAdditionSources(r io.Reader, name string) ([]additionSource, error) {
	var out []additionSource
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(text, "| ") {
			continue
		}
		cells := strings.Split(strings.Trim(text, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		n, err := strconv.Atoi(cells[0])
		if err != nil {
			continue // the header
		}
		if len(cells) != 6 {
			return nil, fmt.Errorf("%s: line %d: a source row needs 6 cells, got %d", name, line, len(cells))
		}
		s := additionSource{n: n, title: cells[1], publisher: cells[2], basis: cells[3], address: cells[4], line: line}
		for id := range strings.SplitSeq(cells[5], ",") {
			if id = strings.TrimSpace(id); id != "" {
				s.records = append(s.records, id)
			}
		}
		if len(s.records) == 0 {
			return nil, fmt.Errorf("%s: line %d: source %d names no record", name, line, n)
		}
		if len(out) > 0 && out[len(out)-1].n != n-1 {
			return nil, fmt.Errorf("%s: line %d: source %d follows source %d", name, line, n, out[len(out)-1].n)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no table of sources found", name)
	}
	return out, nil
}

// additionSources adds the sources of the 2026-12 material to d and to sourceByAddress: a row
// whose address is already a source is that source. It returns the problems found.
func additionSources(d *dataset.Dataset, rows []additionSource, sourceByAddress map[string]string) []string {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	seen := map[int]bool{}
	for _, s := range rows {
		seen[s.n] = true
		meta, hasMeta := additionMetas[s.n]
		if key, known := sourceByAddress[s.address]; known {
			if hasMeta {
				fail("%s line %d: source %d is source %q of %s; drop its entry from additionMetas", additionSourcesFile, s.line, s.n, key, sourcesFile)
			}
			continue
		}
		if !hasMeta {
			fail("%s line %d: source %d has no entry in additionMetas (tools/azkr/sources_2026_12.go)", additionSourcesFile, s.line, s.n)
			continue
		}
		id := additionSourceID(s.n)
		sourceByAddress[s.address] = id
		d.Sources = append(d.Sources, newSource(id, s.title, s.address, meta))
	}
	for n := range additionMetas {
		if !seen[n] {
			fail("additionMetas: %d is not a row of %s", n, additionSourcesFile)
		}
	}
	return problems
}

// checkAdditionSources checks that every record a row of sources-additions-2026-12.md names
// cites that row's source, unless the record is left out.
func checkAdditionSources(d *dataset.Dataset, rows []additionSource, sourceByAddress map[string]string) []string {
	byID := map[string]*dataset.Record{}
	for i := range d.Records {
		byID[d.Records[i].ID] = &d.Records[i]
	}
	var problems []string
	for _, s := range rows {
		key := sourceByAddress[s.address]
		for _, id := range s.records {
			r, ok := byID[id]
			switch {
			case !ok && leftOut[id] == "":
				problems = append(problems, fmt.Sprintf("%s line %d: record %s of source %d is neither in the dataset nor in leftOut", additionSourcesFile, s.line, id, s.n))
			case ok && !containsString(r.Sources, key):
				problems = append(problems, fmt.Sprintf("%s line %d: record %s does not cite source %d (%s)", additionSourcesFile, s.line, id, s.n, key))
			}
		}
	}
	return problems
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
