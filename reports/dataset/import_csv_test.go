package dataset_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// row is one table row by column name; missing columns are empty.
type row map[string]string

func (r row) cells() []string {
	cells := make([]string, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		cells[i] = r[c]
	}
	return cells
}

// csvTable writes a header and rows as CSV.
func csvTable(t testing.TB, rows ...row) string {
	t.Helper()
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(dataset.TableColumns)
	for _, r := range rows {
		_ = w.Write(r.cells())
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Rows that merge cleanly into testdata/valid.json.
var (
	eventRow = row{"id": "R5", "kind": "event", "date": "2019-10-10", "sectors": "trade; diplomacy",
		"title": "Minister's visit", "summary": "Talks on trade", "sources": "S1"}
	valueRow = row{"id": "R6", "kind": "indicator", "date": "2019-01", "end": "2019-06", "date_inferred": "yes",
		"sectors": "trade", "title": "Exports, first half", "indicator": "exports", "value": "-1.5e2",
		"unit": "USD million", "qualifier": "at_most", "reporter": "KOR", "partner": "AZE",
		"derived_from": "R2;R4", "derived_method": "difference", "conflicts": "R4", "sources": "S1; S2;"}
)

// recordJSON shows a record as its JSON, to compare records whatever their hidden fields.
func recordJSON(t testing.TB, r dataset.Record) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImportCSVReads(t *testing.T) {
	plain := csvTable(t, eventRow, valueRow)
	want := []string{
		`{"id":"R5","kind":"event","date":"2019-10-10","sectors":["trade","diplomacy"],"title":"Minister's visit","summary":"Talks on trade","sources":["S1"]}`,
		`{"id":"R6","kind":"indicator","date":"2019-01","end":"2019-06","sectors":["trade"],"title":"Exports, first half","sources":["S1","S2"],"date_inferred":true,"indicator":"exports","value":-150,"qualifier":"at_most","reporter":"KOR","partner":"AZE","derived":{"method":"difference","from":["R2","R4"]},"conflicts":["R4"]}`,
	}
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"LF", plain, want},
		{"CRLF", strings.ReplaceAll(plain, "\n", "\r\n"), want},
		{"byte-order mark", "\uFEFF" + plain, want},
		{"header in capitals", strings.Replace(plain, "id,kind,date", "ID,Kind,DATE", 1), want},
		{"blank lines", strings.Replace(plain, "\nR6,", "\n\n\nR6,", 1), want},
		{"quoted newline and quotes", csvTable(t, row{"id": "R7", "kind": "statement", "date": "2020",
			"sectors": "trade", "title": "=1+2, \"quoted\"", "summary": "line one\r\nline two", "sources": "S1"}),
			[]string{`{"id":"R7","kind":"statement","date":"2020","sectors":["trade"],"title":"=1+2, \"quoted\"","summary":"line one\nline two","sources":["S1"]}`}},
		{"default qualifier", csvTable(t, row{"id": "R8", "kind": "indicator", "date": "2020", "sectors": "trade",
			"title": "T", "indicator": "turnover", "value": "12", "sources": "S1", "date_inferred": "0"}),
			[]string{`{"id":"R8","kind":"indicator","date":"2020","sectors":["trade"],"title":"T","sources":["S1"],"indicator":"turnover","value":12,"qualifier":"exact"}`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportCSV(strings.NewReader(c.text), "r.csv")
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != len(c.want) {
				t.Fatalf("got %d records, want %d", len(recs), len(c.want))
			}
			for i := range recs {
				if got := recordJSON(t, recs[i]); got != c.want[i] {
					t.Errorf("record %d:\n got %s\nwant %s", i, got, c.want[i])
				}
			}
		})
	}
}

func with(r row, changes ...string) row {
	out := row{}
	for k, v := range r {
		out[k] = v
	}
	for i := 0; i+1 < len(changes); i += 2 {
		out[changes[i]] = changes[i+1]
	}
	return out
}

// csvCase is one table problem: the table and every problem ImportCSV must report.
type csvCase struct {
	name string
	text string
	want []string
}

func csvCases(t testing.TB) []csvCase {
	header := strings.Join(dataset.TableColumns, ",")
	return []csvCase{
		{"empty", "", []string{`r.csv: the table is empty: its first row must name the columns [id kind date end date_inferred sectors title summary indicator value unit qualifier reporter partner derived_from derived_method conflicts sources caveat aliases derived_operation milestone]`}},
		{"header only", header + "\n", nil},
		{"unknown and duplicate columns", strings.Replace(header, "summary", "sumary", 1) + ",id\n", []string{
			`r.csv: line 1: column "sumary": unknown column (the columns are: id, kind, date, end, date_inferred, sectors, title, summary, indicator, value, unit, qualifier, reporter, partner, derived_from, derived_method, conflicts, sources, caveat, aliases, derived_operation, milestone)`,
			`r.csv: line 1: column "id": column named twice`,
			`r.csv: line 1: the header lacks column "summary"`,
		}},
		{"columns out of order", strings.Replace(header, "title,summary", "summary,title", 1) + "\n", []string{
			`r.csv: line 1: the columns are out of order: they must be id, kind, date, end, date_inferred, sectors, title, summary, indicator, value, unit, qualifier, reporter, partner, derived_from, derived_method, conflicts, sources, caveat, aliases, derived_operation, milestone`,
		}},
		{"column name with a space", strings.Replace(header, "title", "title ", 1) + "\n", []string{
			`r.csv: line 1: column "title ": unknown column (the columns are: id, kind, date, end, date_inferred, sectors, title, summary, indicator, value, unit, qualifier, reporter, partner, derived_from, derived_method, conflicts, sources, caveat, aliases, derived_operation, milestone)`,
			`r.csv: line 1: the header lacks column "title"`,
		}},
		{"row too short", header + "\nR1,event,2019\n", []string{
			`r.csv: line 2: the row has 3 cells, the header has 22: check for a missing or extra separator or an unbalanced quote`,
		}},
		{"bare quote", header + "\nR1,event,20\"19,,,trade,T,,,,,,,,,,,S1\n", []string{
			`r.csv: line 2: malformed CSV at byte 12 of the line: bare " in non-quoted-field`,
		}},
		{"invalid UTF-8", csvTable(t, with(eventRow, "title", "caf\xe9")), []string{
			`r.csv: line 2: column "title": invalid UTF-8: save the table as UTF-8`,
		}},
		{"bad cells", csvTable(t,
			with(eventRow, "date", "2019-02-30", "end", "2019/12", "date_inferred", "maybe"),
			with(valueRow, "value", "1,234.5"),
			with(valueRow, "id", "R7", "value", "NaN"),
			with(valueRow, "id", "R8", "value", "474 million"),
			with(valueRow, "id", "R9", "value", "1e400"),
			with(valueRow, "id", "R10", "value", "-inf"),
		), []string{
			`r.csv: line 2: record "R5": column "date": "2019-02-30" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): day must be 01 to 28 in that month`,
			`r.csv: line 2: record "R5": column "end": "2019/12" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): parts must be separated by '-'`,
			`r.csv: line 2: record "R5": column "date_inferred": must be true or false (or yes/no, 1/0, or empty), got "maybe"`,
			`r.csv: line 3: record "R6": column "value": must be a plain number without thousands separators (like 1234.5), got "1,234.5"`,
			`r.csv: line 4: record "R7": column "value": must be a finite number, got "NaN"`,
			`r.csv: line 5: record "R8": column "value": must be a number (like 1234.5 or -0.25), got "474 million"`,
			`r.csv: line 6: record "R9": column "value": the number 1e400 is out of range`,
			`r.csv: line 7: record "R10": column "value": must be a finite number, got "-inf"`,
		}},
		{"record rules", csvTable(t,
			with(eventRow, "kind", "meeting", "title", " ", "sources", ""),
			with(eventRow, "value", "3", "unit", "count"),
			with(valueRow, "value", "", "qualifier", "about", "reporter", "kor", "derived_method", "", "conflicts", "R6"),
			with(eventRow, "id", "", "date", "", "end", "2019"),
		), []string{
			`r.csv: line 2: record "R5": column "kind": unknown kind "meeting" (want event, agreement, statement or indicator)`,
			`r.csv: line 2: record "R5": column "title": must not be empty`,
			`r.csv: line 2: record "R5": column "sources": at least one source is required: every record cites where it comes from`,
			`r.csv: line 3: record "R5": column "unit": only indicator records carry a unit; this record is of kind "event"`,
			`r.csv: line 3: record "R5": column "id": id "R5" is already used on line 2`,
			`r.csv: line 3: record "R5": column "value": only indicator records carry value; this record is of kind "event"`,
			`r.csv: line 4: record "R6": column "value": is required on an indicator record`,
			`r.csv: line 4: record "R6": column "qualifier": unknown qualifier "about" (want exact, approx, at_least or at_most)`,
			`r.csv: line 4: record "R6": column "reporter": must be a country code of three capital letters, got "kor"`,
			`r.csv: line 4: record "R6": column "derived_method": is required: say how the value was computed`,
			`r.csv: line 4: record "R6": column "conflicts": a record cannot conflict with itself`,
			`r.csv: line 5: column "id": is required`,
			`r.csv: line 5: column "date": is required: YYYY, YYYY-MM or YYYY-MM-DD`,
		}},
		{"lines counted across quoted newlines", csvTable(t,
			with(eventRow, "summary", "one\ntwo\nthree"),
			with(valueRow, "date", "2019-13"),
		), []string{
			`r.csv: line 5: record "R6": column "date": "2019-13" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): month must be 01 to 12`,
		}},
	}
}

func TestImportCSVProblems(t *testing.T) {
	for _, c := range csvCases(t) {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportCSV(strings.NewReader(c.text), "r.csv")
			got := problemLines(t, err)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
			if err != nil && recs != nil {
				t.Error("records returned with an error")
			}
		})
	}
}

func TestImportCSVReadError(t *testing.T) {
	_, err := dataset.ImportCSV(failingReader{}, "r.csv")
	if err == nil || !strings.HasPrefix(err.Error(), "r.csv: reading the table: ") {
		t.Fatalf("err = %v", err)
	}
}

// TestImportCSVSizeUnknown reads a table from a reader that does not say its size.
func TestImportCSVSizeUnknown(t *testing.T) {
	recs, err := dataset.ImportCSV(onlyReader{bytes.NewReader([]byte(csvTable(t, eventRow)))}, "r.csv")
	if err != nil || len(recs) != 1 {
		t.Fatalf("records %d, err %v", len(recs), err)
	}
}
