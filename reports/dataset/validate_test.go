package dataset_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"attache/reports/dataset"
)

func loadValid(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Load(bytes.NewReader(readValid(t)), testName)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func ptr[T any](v T) *T { return &v }

// TestValidateRules covers the rules that only a dataset built in code can break.
func TestValidateRules(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *dataset.Dataset)
		want   []string
	}{
		{name: "valid", change: func(*dataset.Dataset) {}},
		{name: "value is NaN", change: func(d *dataset.Dataset) { d.Records[1].Value = ptr(math.NaN()) },
			want: []string{`code.json: record "R2": field "value": must be a finite number, got NaN`}},
		{name: "value is infinite", change: func(d *dataset.Dataset) { d.Records[1].Value = ptr(math.Inf(-1)) },
			want: []string{`code.json: record "R2": field "value": must be a finite number, got -Inf`}},
		{name: "impossible date", change: func(d *dataset.Dataset) {
			d.Records[0].Date = dataset.Date{Y: 2019, M: 2, D: 30, Precision: dataset.DayPrecision}
		}, want: []string{`code.json: record "R1": field "date": is not a possible date (year 2019, month 2, day 30, precision day)`}},
		{name: "impossible end", change: func(d *dataset.Dataset) { d.Records[3].End = &dataset.Date{Y: 2018} },
			want: []string{`code.json: record "R4": field "end": is not a possible date (year 2018, month 0, day 0, precision unknown)`}},
		{name: "no sectors", change: func(d *dataset.Dataset) {
			d.Sectors = nil
			for i := range d.Records {
				d.Records[i].Sectors = nil
			}
		}, want: []string{
			`code.json: field "sectors": at least one sector is required`,
			`code.json: record "R1": field "sectors": at least one sector is required`,
			`code.json: record "R2": field "sectors": at least one sector is required`,
			`code.json: record "R3": field "sectors": at least one sector is required`,
			`code.json: record "R4": field "sectors": at least one sector is required`,
		}},
		{name: "id with spaces", change: func(d *dataset.Dataset) { d.Records[0].ID = " R1" },
			want: []string{`code.json: record " R1": field "id": must not begin or end with a space, got " R1"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := loadValid(t)
			c.change(d)
			got := problemLines(t, dataset.Validate(d, "code.json"))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
		})
	}
	t.Run("nil dataset", func(t *testing.T) {
		if got := problemLines(t, dataset.Validate(nil, "code.json")); len(got) != 1 || got[0] != "code.json: no dataset" {
			t.Errorf("got %q", got)
		}
	})
}

// TestIdentity checks that the identity depends on the content only.
func TestIdentity(t *testing.T) {
	base := readValid(t)
	want := loadValid(t).Identity()
	if want.ID != "test-pair" || want.Version != "2026.1" || len(want.SHA256) != 64 {
		t.Fatalf("identity = %+v", want)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, base); err != nil {
		t.Fatal(err)
	}
	// Decoding into maps and encoding again sorts every object's keys.
	var generic any
	if err := json.Unmarshal(base, &generic); err != nil {
		t.Fatal(err)
	}
	sorted, err := json.MarshalIndent(generic, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	loaded := loadValid(t)
	canonical, err := loaded.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	same := []struct {
		name string
		doc  []byte
	}{
		{"compact", compact.Bytes()},
		{"keys sorted, tabs", sorted},
		{"CRLF line ends", bytes.ReplaceAll(base, []byte("\n"), []byte("\r\n"))},
		{"canonical bytes", canonical},
		{"qualifier written out", bytes.Replace(base, []byte(`"value": 87.3,`), []byte(`"value": 87.3, "qualifier": "exact",`), 1)},
	}
	for _, c := range same {
		t.Run(c.name, func(t *testing.T) {
			d, err := dataset.Load(bytes.NewReader(c.doc), testName)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Identity(); got != want {
				t.Errorf("identity = %+v, want %+v", got, want)
			}
		})
	}
	t.Run("Validate gives the same identity", func(t *testing.T) {
		d := loadValid(t)
		d.Records[2].Qualifier = "" // the default, as in the file
		if err := dataset.Validate(d, "code.json"); err != nil {
			t.Fatal(err)
		}
		if got := d.Identity(); got != want {
			t.Errorf("identity = %+v, want %+v", got, want)
		}
	})
	t.Run("a changed value changes the hash", func(t *testing.T) {
		d, err := dataset.Load(bytes.NewReader(bytes.Replace(base, []byte(`"value": 227,`), []byte(`"value": 228,`), 1)), testName)
		if err != nil {
			t.Fatal(err)
		}
		if d.Identity().SHA256 == want.SHA256 {
			t.Error("two different datasets share a hash")
		}
	})
}

// onlyReader hides the size of a reader, so that Load cannot see it in advance.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestLoadSizeLimit(t *testing.T) {
	doc := readValid(t)
	size := int64(len(doc))
	cases := []struct {
		name  string
		limit int64
		r     func() io.Reader
		want  string
	}{
		{"at the limit", size, func() io.Reader { return bytes.NewReader(doc) }, ""},
		{"at the limit, size unknown", size, func() io.Reader { return onlyReader{bytes.NewReader(doc)} }, ""},
		{"over the limit", size - 1, func() io.Reader { return bytes.NewReader(doc) },
			fmt.Sprintf("t.json: the document is larger than the limit of %d bytes: split it, or raise the limit", size-1)},
		{"over the limit, size unknown", 1 << 10, func() io.Reader { return onlyReader{bytes.NewReader(doc)} },
			"t.json: the document is larger than the limit of 1 KiB: split it, or raise the limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := dataset.LoadWith(c.r(), testName, dataset.LoadOptions{MaxBytes: c.limit})
			got := strings.Join(problemLines(t, err), "\n")
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if (d == nil) != (c.want != "") {
				t.Errorf("dataset returned = %v, want %v", d != nil, c.want == "")
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestLoadReadError(t *testing.T) {
	_, err := dataset.Load(failingReader{}, testName)
	if err == nil || !strings.Contains(err.Error(), "t.json: reading the dataset") {
		t.Fatalf("err = %v", err)
	}
	if err, ok := err.(*dataset.ValidationError); ok {
		t.Fatalf("a read error is not a validation error: %v", err)
	}
}

func TestProblemString(t *testing.T) {
	cases := []struct {
		name string
		p    dataset.Problem
		want string
	}{
		{"document", dataset.Problem{File: "a.json", Message: "m"}, "a.json: m"},
		{"field with line", dataset.Problem{File: "a.json", Line: 3, Field: "sources[1].date", Message: "m"}, `a.json: line 3: field "sources[1].date": m`},
		{"record field", dataset.Problem{File: "a.json", Record: "R067", Field: "records[12].value", Message: "m"}, `a.json: record "R067": field "value": m`},
		{"whole record", dataset.Problem{File: "a.json", Record: "R067", Field: "records[12]", Message: "m"}, `a.json: record "R067": m`},
		{"csv", dataset.Problem{File: "r.csv", Line: 14, Column: "date", Message: "m"}, `r.csv: line 14: column "date": m`},
		{"xlsx", dataset.Problem{File: "r.xlsx", Sheet: "Records", Line: 14, Record: "R1", Column: "date", ColumnLetter: "C", Message: "m"}, `r.xlsx: sheet "Records": row 14: record "R1": column C "date": m`},
		{"xlsx, column outside the table", dataset.Problem{File: "r.xlsx", Sheet: "Records", Line: 2, ColumnLetter: "S", Message: "m"}, `r.xlsx: sheet "Records": row 2: column S: m`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.p.String(); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
