package dataset_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// checkOutcome asserts what holds for every input: either a result or a *ValidationError
// with at least one problem, never both.
func checkOutcome(t *testing.T, ok bool, err error) {
	t.Helper()
	if err == nil {
		if !ok {
			t.Fatal("no result and no error")
		}
		return
	}
	if ok {
		t.Fatalf("a result and an error: %v", err)
	}
	var ve *dataset.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 || ve.Error() == "" {
		t.Fatalf("error %T without problems: %v", err, err)
	}
}

func FuzzLoad(f *testing.F) {
	for _, seed := range documentSeeds() { // small on purpose: see fuzz_seeds_test.go
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		d, err := dataset.Load(bytes.NewReader(doc), "fuzz.json")
		checkOutcome(t, d != nil, err)
		if d == nil {
			return
		}
		// What loads is valid, and its canonical bytes load to the same identity.
		id := d.Identity()
		if err := dataset.Validate(d, "fuzz.json"); err != nil {
			t.Fatalf("loaded but invalid: %v", err)
		}
		canonical, err := d.Canonical()
		if err != nil {
			t.Fatal(err)
		}
		again, err := dataset.Load(bytes.NewReader(canonical), "canonical.json")
		if err != nil {
			t.Fatalf("canonical bytes do not load: %v", err)
		}
		if again.Identity() != id || d.Identity() != id {
			t.Fatalf("identity changed: %+v, then %+v", id, again.Identity())
		}
	})
}

// mergeFuzzed merges imported records into the test dataset: it may fail, never panic.
func mergeFuzzed(t *testing.T, recs []dataset.Record) {
	base := loadValid(t)
	d, err := dataset.Merge(base, recs, "fuzz")
	checkOutcome(t, d != nil, err)
}

func FuzzImportCSV(f *testing.F) {
	f.Add(csvTable(f, eventRow, valueRow))
	for _, c := range csvCases(f) {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		recs, err := dataset.ImportCSV(strings.NewReader(text), "fuzz.csv")
		checkOutcome(t, err == nil, err)
		if err == nil {
			mergeFuzzed(t, recs)
		}
	})
}

func FuzzImportXLSX(f *testing.F) {
	for _, seed := range workbookSeeds(f) { // small on purpose: see fuzz_seeds_test.go
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, file []byte) {
		recs, err := dataset.ImportXLSX(bytes.NewReader(file), "fuzz.xlsx", "")
		checkOutcome(t, err == nil, err)
		if err == nil {
			mergeFuzzed(t, recs)
		}
	})
}
