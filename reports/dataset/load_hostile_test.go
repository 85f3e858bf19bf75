package dataset_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"attache/reports/dataset"
)

// endless gives the same byte for ever and counts what was read.
type endless struct {
	b    byte
	read int64
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += int64(len(p))
	return len(p), nil
}

func TestLoadStopsAtSyntaxErrorOfEndlessInput(t *testing.T) {
	cases := []struct {
		name string
		b    byte
		want string
	}{
		{"zeros", 0, `endless: line 1: column 1: JSON syntax error: invalid character '\x00' looking for beginning of value`},
		{"letters", 'x', `endless: line 1: column 1: JSON syntax error: invalid character 'x' looking for beginning of value`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := &endless{b: c.b}
			_, err := dataset.Load(in, "endless")
			if err == nil || err.Error() != c.want {
				t.Fatalf("error\n%v\nwant\n%s", err, c.want)
			}
			if in.read > 1<<20 {
				t.Errorf("read %d bytes of an input that failed at its first", in.read)
			}
		})
	}
}

func TestLoadRefusesLongBlankRuns(t *testing.T) {
	want := "from byte offset 0 on, more than 1 MiB of blank space in a row: this is not a dataset document, or it was padded (remove the padding)"
	in := &endless{b: ' '}
	_, err := dataset.Load(in, "endless")
	if err == nil || err.Error() != "endless: "+want {
		t.Fatalf("error %v, want %s", err, want)
	}
	if in.read > 2<<20 {
		t.Errorf("read %d bytes of blank space", in.read)
	}
	// In a file, after the first member: the quadratic reading of blank space never starts.
	doc := append([]byte(`{"format":`), bytes.Repeat([]byte("\n"), 3<<20)...)
	doc = append(doc, `"attache-dataset/1"}`...)
	_, err = dataset.Load(bytes.NewReader(doc), testName)
	if err == nil || !strings.Contains(err.Error(), "from byte offset 10 on, more than 1 MiB of blank space in a row") {
		t.Fatalf("error %v, want the blank run located", err)
	}
}

func TestLoadRefusesDevice(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip("no null device:", err)
	}
	defer f.Close()
	if st, _ := f.Stat(); st == nil || st.Mode()&os.ModeDevice == 0 {
		t.Skip(os.DevNull, "is not a device here")
	}
	_, err = dataset.Load(f, os.DevNull)
	want := os.DevNull + ": is a device, not a dataset file: name a file, or pipe the document in"
	if err == nil || err.Error() != want {
		t.Fatalf("error %v, want %s", err, want)
	}
}

func TestLoadSyntaxErrorAmongManyRecordsIsLocated(t *testing.T) {
	doc := withRecords(t, 1000, func(int) string { return `{"id": "X",` }) // broken at the first
	_, err := dataset.Load(bytes.NewReader(doc), testName)
	if err == nil || !strings.Contains(err.Error(), "JSON syntax error") || !strings.Contains(err.Error(), "line 70: column 16") {
		t.Fatalf("error %v, want a located syntax error", err)
	}
}

func TestLoadRefusesDerivationCycles(t *testing.T) {
	derived := func(id, from string) string {
		return fmt.Sprintf(`{"id": %q, "kind": "indicator", "date": "2016", "sectors": ["trade"], "title": "Derived", "sources": ["S1"], "indicator": "turnover", "value": 1, "derived": {"method": "m", "from": [%s]}}`, id, from)
	}
	cases := []struct {
		name    string
		records []string
		want    []string
	}{
		{"two records", []string{derived("C1", `"C2"`), derived("C2", `"C1"`)}, []string{
			`t.json: line 71: record "C2": field "derived.from[0]": the derivation goes round in a circle, "C1" from "C2" from "C1": a value cannot be computed from itself through other records`,
		}},
		{"three records, one input aside", []string{derived("C1", `"R2", "C2"`), derived("C2", `"C3"`), derived("C3", `"C1"`)}, []string{
			`t.json: line 72: record "C3": field "derived.from[0]": the derivation goes round in a circle, "C1" from "C2" from "C3" from "C1": a value cannot be computed from itself through other records`,
		}},
		{"a chain is no cycle", []string{derived("C1", `"C2"`), derived("C2", `"R2"`)}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := withRecords(t, len(c.records), func(i int) string { return c.records[i] })
			_, err := dataset.Load(bytes.NewReader(doc), testName)
			if got := problemLines(t, err); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
		})
	}
}

func TestLoadRefusesRepeatedAndMiscasedNames(t *testing.T) {
	base := readValid(t)
	cases := []struct {
		name      string
		old, new_ string
		want      []string
	}{
		{"record field twice", `"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "title": "Something else",`, []string{
			`t.json: line 37: record "R2": field "title": is given twice in the same object (first on line 37): keep one`,
		}},
		{"top-level field twice", `"version": "2026.1",`, "\"version\": \"2026.1\",\n  \"version\": \"2027.1\",", []string{
			`t.json: line 5: field "version": is given twice in the same object (first on line 4): keep one`,
		}},
		{"name in capitals", `"title": "Trade turnover 2018",`, `"TITLE": "Trade turnover 2018",`, []string{
			`t.json: line 37: record "R2": field "TITLE": unknown field: names are written exactly, in lower case: write "title"`,
			`t.json: line 37: record "R2": field "title": must not be empty`,
		}},
		{"name escaped", `"title": "Trade turnover 2018",`, `"\u0074itle": "Trade turnover 2018",`, nil},
		{"translation language twice", `"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "translations": {"az": {"title": "A"}, "az": {"title": "B"}},`, []string{
			`t.json: line 37: record "R2": field "translations.az": is given twice in the same object (first on line 37): keep one`,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := bytes.Replace(base, []byte(c.old), []byte(c.new_), 1)
			if bytes.Equal(doc, base) {
				t.Fatal("the edit changed nothing")
			}
			for _, r := range []io.Reader{bytes.NewReader(doc), iotest.OneByteReader(bytes.NewReader(doc))} {
				_, err := dataset.Load(r, testName)
				if got := problemLines(t, err); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
				}
			}
		})
	}
}

func TestLoadNamesInvisibleAndControlCharacters(t *testing.T) {
	cases := []struct {
		name      string
		old, new_ string
		want      []string
	}{
		{"sector id with a right-to-left mark", `{"id": "trade", "name": "Trade"}`, `{"id": "trade\u200f", "name": "Trade"}`, []string{
			`t.json: line 11: field "sectors[0].id": holds the invisible character U+200F RIGHT-TO-LEFT MARK at character 6, got "trade\u200f": remove it`,
			`t.json: line 36: record "R2": field "sectors[0]": unknown sector "trade"`,
			`t.json: line 48: record "R3": field "sectors[0]": unknown sector "trade"`,
			`t.json: line 61: record "R4": field "sectors[0]": unknown sector "trade"`,
		}},
		{"sector reference with a zero width space", `"sectors": ["diplomacy"],`, "\"sectors\": [\"diplo\u200bmacy\"],", []string{
			`t.json: line 28: record "R1": field "sectors[0]": unknown sector "diplo\u200bmacy" (it holds the invisible character U+200B ZERO WIDTH SPACE at character 6)`,
		}},
		{"record id with a zero width joiner", `"id": "R1",`, `"id": "R\u200d1",`, []string{
			`t.json: line 25: record "R\u200d1": field "id": holds the invisible character U+200D ZERO WIDTH JOINER at character 2, got "R\u200d1": remove it`,
		}},
		{"decomposed sector id", `{"id": "trade", "name": "Trade"}`, "{\"id\": \"trade\", \"name\": \"Trade\"}, {\"id\": \"cafe\u0301\", \"name\": \"Café\"}", []string{
			`t.json: line 11: field "sectors[1].id": is in decomposed Unicode (a letter and its accent as two characters), got "cafe\u0301": write it composed (NFC), as "caf` + "\u00e9" + `"`,
		}},
		{"title with U+0000", `"title": "Trade turnover 2018",`, `"title": "Trade\u0000turnover 2018",`, []string{
			`t.json: line 37: record "R2": field "title": holds the control character U+0000 at character 6: remove it (documents cannot show it)`,
		}},
		{"summary with U+000B", `"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "summary": "Line\u000bbreak",`, []string{
			`t.json: line 37: record "R2": field "summary": holds the control character U+000B at character 5: remove it (documents cannot show it)`,
		}},
		{"source publisher with U+0085", `"publisher": "News agency"`, `"publisher": "News\u0085agency"`, []string{
			`t.json: line 20: field "sources[0].publisher": holds the control character U+0085 at character 5: remove it (documents cannot show it)`,
		}},
		{"line breaks and tabs are text", `"title": "Trade turnover 2018",`, `"title": "Trade\tturnover\n2018",`, nil},
	}
	base := readValid(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := bytes.Replace(base, []byte(c.old), []byte(c.new_), 1)
			if bytes.Equal(doc, base) {
				t.Fatal("the edit changed nothing")
			}
			_, err := dataset.Load(bytes.NewReader(doc), testName)
			if got := problemLines(t, err); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
		})
	}
}

func TestImportRefusesOversizedCell(t *testing.T) {
	long := strings.Repeat("é", dataset.MaxCellChars+1)
	text := csvTable(t, with(eventRow, "summary", long))
	_, err := dataset.ImportCSV(strings.NewReader(text), "r.csv")
	want := `r.csv: line 2: record "R5": column "summary": holds 32768 characters, more than the 32767 a workbook cell can hold: shorten it`
	if got := problemLines(t, err); strings.Join(got, "\n") != want {
		t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), want)
	}
}
