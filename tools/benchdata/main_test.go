package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

func TestParseSizes(t *testing.T) {
	cases := []struct {
		name    string
		list    string
		want    []size
		wantErr string
	}{
		{"the default", "10k,100k,1m", []size{{"10k", 10_000}, {"100k", 100_000}, {"1m", 1_000_000}}, ""},
		{"plain numbers and spaces", " 2500 , 3K", []size{{"2500", 2500}, {"3k", 3000}}, ""},
		{"empty", " , ", nil, "no sizes"},
		{"not a number", "ten", nil, `"ten" is not a record count`},
		{"zero", "0", nil, "not a record count"},
		{"too large", "101m", nil, "not a record count"},
		{"twice", "1000,1k", nil, "given twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseSizes(c.list)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("parseSizes(%q) error %v, want one containing %q", c.list, err, c.wantErr)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("parseSizes(%q) = %v, %v; want %v", c.list, got, err, c.want)
			}
		})
	}
}

// TestRunWritesLabelledDeterministicData writes small sizes twice and checks that the files
// load, say they are synthetic, and do not change between runs.
func TestRunWritesLabelledDeterministicData(t *testing.T) {
	sizes := []size{{"50", 50}, {"1k", 1000}}
	first, second := t.TempDir(), t.TempDir()
	for _, dir := range []string{first, second} {
		if err := run(dir, DefaultSeed, sizes, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range sizes {
		t.Run(s.label, func(t *testing.T) {
			a, err := os.ReadFile(filepath.Join(first, synthetic.FileName(s.label)))
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(second, synthetic.FileName(s.label)))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("two runs with the same seed wrote different files")
			}
			d, err := dataset.Load(bytes.NewReader(a), synthetic.FileName(s.label))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Records) != s.records {
				t.Errorf("%d records, want %d", len(d.Records), s.records)
			}
			if !strings.Contains(d.Title, "SYNTHETIC") || !strings.HasPrefix(d.ID, "synthetic-") {
				t.Errorf("not labelled synthetic: id %q, title %q", d.ID, d.Title)
			}
		})
	}
	readme, err := os.ReadFile(filepath.Join(first, "README.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(readme), "SYNTHETIC BENCHMARK DATA") || !strings.Contains(string(readme), synthetic.FileName("1k")) {
		t.Errorf("README does not label the files:\n%s", readme)
	}
}
