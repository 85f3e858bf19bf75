package dataset_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// withRecords adds n generated event records to the test document; record(i) gives the
// JSON of the i-th.
func withRecords(t testing.TB, n int, record func(i int) string) []byte {
	t.Helper()
	base := readValid(t)
	end := bytes.LastIndex(base, []byte("\n  ]\n}"))
	if end < 0 {
		t.Fatal("testdata/valid.json: the records list's end not found")
	}
	var b bytes.Buffer
	b.Write(base[:end])
	for i := range n {
		b.WriteString(",\n    ")
		b.WriteString(record(i))
	}
	b.Write(base[end:])
	return b.Bytes()
}

func eventRecord(id, date string) string {
	return fmt.Sprintf(`{"id": %q, "kind": "event", "date": %q, "sectors": ["trade"], "title": "Generated", "sources": ["S1"]}`, id, date)
}

func TestProblemListCapped(t *testing.T) {
	const n = 100_000
	doc := withRecords(t, n, func(i int) string { return eventRecord(fmt.Sprintf("G%d", i), "2019-02-30") })
	_, err := dataset.Load(bytes.NewReader(doc), testName)
	var verr *dataset.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("want a ValidationError, got %v", err)
	}
	if verr.Total() != n {
		t.Fatalf("found %d problems, want %d", verr.Total(), n)
	}
	lines := strings.Split(err.Error(), "\n")
	want := dataset.MaxListedProblems + 2
	if len(lines) != want {
		t.Fatalf("%d lines, want %d; the end:\n%s", len(lines), want, strings.Join(lines[max(len(lines)-5, 0):], "\n"))
	}
	if got := lines[dataset.MaxListedProblems]; got != "and 99,800 more problems of these kinds:" {
		t.Errorf("summary line = %q", got)
	}
	wantKind := `  99,800 × field "date": "…" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): day must be N to N in that month`
	if got := lines[len(lines)-1]; got != wantKind {
		t.Errorf("kind line\n got %q\nwant %q", got, wantKind)
	}
	if !strings.Contains(lines[0], `record "G0": field "date"`) {
		t.Errorf("first line %q does not name the first record", lines[0])
	}
}

func TestProblemListUncappedBelowLimit(t *testing.T) {
	doc := withRecords(t, 3, func(i int) string { return eventRecord(fmt.Sprintf("G%d", i), "2019-13") })
	_, err := dataset.Load(bytes.NewReader(doc), testName)
	var verr *dataset.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("want a ValidationError, got %v", err)
	}
	if got := verr.Lines(); len(got) != 3 {
		t.Fatalf("want the 3 problems listed, got %q", got)
	}
}
