package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Files of the research material that the tool reads.
const (
	recordsFile = "records.csv"
	sourcesFile = "sources.md"
	dotsFile    = "imf_dots_aze_kor_extract.csv"
	totalsFile  = "imf_dots_aze_kor_totals_DERIVED.csv"
)

// csvRecord is one row of records.csv. The quote column is evidence for checking a fact and
// is read only to make sure none of its wording reaches the dataset.
type csvRecord struct {
	id, date, precision, kind, sector, title, value, unit, sourceTitle, sourceAddress, quote string
	line                                                                                     int
	file                                                                                     string // "" for records.csv
}

// fileName is the material file the row is from.
func (c csvRecord) fileName() string {
	if c.file == "" {
		return recordsFile
	}
	return c.file
}

// tableSource is one row of the sources.md table of web pages.
type tableSource struct {
	key, title, publisher, dateBasis, address string
	records                                   int
}

// dotsPoint is one row of the DOTS extract.
type dotsPoint struct {
	reporter, flow string // reporter as the IMF names it; flow "Exports, FOB…" or "Imports, CIF…"
	year           int
	value          float64
}

// dotsTotal is one row of the derived totals: exports + imports per reporter and year.
type dotsTotal struct {
	year           int
	aze, kor       float64
	hasAZE, hasKOR bool
}

// material is everything read from the research folder.
type material struct {
	records []csvRecord
	sources []tableSource
	dots    []dotsPoint
	totals  []dotsTotal
	// The 2026-12 additions: records N001–N059 and their sources.
	additions       []csvRecord
	additionSources []additionSource
	// translations by language code, from the translations folder; none when it is absent.
	translations map[string]*translationFile
}

func readMaterial(dir string) (*material, error) {
	var m material
	var err error
	if m.records, err = readRecords(filepath.Join(dir, recordsFile)); err != nil {
		return nil, err
	}
	if m.sources, err = readSourceTable(filepath.Join(dir, sourcesFile)); err != nil {
		return nil, err
	}
	if m.dots, err = readDOTS(filepath.Join(dir, dotsFile)); err != nil {
		return nil, err
	}
	if m.totals, err = readTotals(filepath.Join(dir, totalsFile)); err != nil {
		return nil, err
	}
	if m.additions, err = readRecords(filepath.Join(dir, additionsFile)); err != nil {
		return nil, err
	}
	if m.additionSources, err = readAdditionSources(filepath.Join(dir, additionSourcesFile)); err != nil {
		return nil, err
	}
	return &m, nil
}

// readCSV reads a whole CSV file and checks that its header is the one expected.
func readCSV(path string, header []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the research material: %w (pass its folder with -material)", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(header, ",") {
		return nil, fmt.Errorf("%s: header must be %q", path, strings.Join(header, ","))
	}
	return rows[1:], nil
}

func readRecords(path string) ([]csvRecord, error) {
	rows, err := readCSV(path, []string{"id", "date", "date_precision", "kind", "sector", "title", "value", "unit", "source_title", "source_address", "quote"})
	if err != nil {
		return nil, err
	}
	out := make([]csvRecord, 0, len(rows))
	for i, r := range rows {
		out = append(out, csvRecord{id: r[0], date: r[1], precision: r[2], kind: r[3], sector: r[4], title: r[5], value: r[6],
			unit: r[7], sourceTitle: r[8], sourceAddress: r[9], quote: r[10], line: i + 2})
	}
	return out, nil
}

func readDOTS(path string) ([]dotsPoint, error) {
	rows, err := readCSV(path, []string{"reporter", "partner", "flow", "year", "value_raw", "value_usd_million", "sheet", "file"})
	if err != nil {
		return nil, err
	}
	out := make([]dotsPoint, 0, len(rows))
	for i, r := range rows {
		year, err1 := strconv.Atoi(r[3])
		v, err2 := strconv.ParseFloat(r[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s: line %d: year or value_usd_million is not a number", path, i+2)
		}
		out = append(out, dotsPoint{reporter: r[0], flow: r[2], year: year, value: v})
	}
	return out, nil
}

func readTotals(path string) ([]dotsTotal, error) {
	rows, err := readCSV(path, []string{"year", "AZE_reported_exports_to_KOR_fob", "AZE_reported_imports_from_KOR_cif", "AZE_reported_total",
		"KOR_reported_exports_to_AZE_fob", "KOR_reported_imports_from_AZE_cif", "KOR_reported_total", "unit", "note"})
	if err != nil {
		return nil, err
	}
	out := make([]dotsTotal, 0, len(rows))
	for i, r := range rows {
		t := dotsTotal{}
		if t.year, err = strconv.Atoi(r[0]); err != nil {
			return nil, fmt.Errorf("%s: line %d: year %q is not a number", path, i+2, r[0])
		}
		for _, c := range []struct {
			cell string
			v    *float64
			has  *bool
		}{{r[3], &t.aze, &t.hasAZE}, {r[6], &t.kor, &t.hasKOR}} {
			if c.cell == "" {
				continue
			}
			if *c.v, err = strconv.ParseFloat(c.cell, 64); err != nil {
				return nil, fmt.Errorf("%s: line %d: total %q is not a number", path, i+2, c.cell)
			}
			*c.has = true
		}
		out = append(out, t)
	}
	return out, nil
}

// readSourceTable reads the Markdown table of web pages in sources.md: the rows whose first
// cell is a source key (the header and the separator row are skipped).
func readSourceTable(path string) ([]tableSource, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the research material: %w (pass its folder with -material)", err)
	}
	defer f.Close()
	return parseSourceTable(f, path)
}

func parseSourceTable(r io.Reader, name string) ([]tableSource, error) {
	var out []tableSource
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(text, "| ") || strings.HasPrefix(text, "| key ") {
			continue
		}
		cells := strings.Split(strings.Trim(text, "|"), "|")
		if len(cells) != 6 {
			return nil, fmt.Errorf("%s: line %d: a source row needs 6 cells, got %d", name, line, len(cells))
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		n, err := strconv.Atoi(cells[5])
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: record count %q is not a number", name, line, cells[5])
		}
		out = append(out, tableSource{key: cells[0], title: cells[1], publisher: cells[2], dateBasis: cells[3], address: cells[4], records: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no table of sources found", name)
	}
	return out, nil
}
