package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileInputs runs the CLI on generated inputs that must fail with a located message
// and exit 1, leaving existing files as they were.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()

	// 20,000 records with the same impossible date: 200 listed, the rest counted.
	var doc strings.Builder
	doc.WriteString(`{"format":"attache-dataset/1","id":"x","version":"1","title":"X",` +
		`"countries":[{"code":"AZE","name":"A"},{"code":"KOR","name":"K"}],` +
		`"sectors":[{"id":"t","name":"T"}],"sources":[{"id":"S","title":"S"}],"records":[`)
	for i := range 20_000 {
		if i > 0 {
			doc.WriteString(",\n")
		}
		fmt.Fprintf(&doc, `{"id":"R%d","kind":"event","date":"2019-02-30","sectors":["t"],"title":"T","sources":["S"]}`, i)
	}
	doc.WriteString("]}")
	many := filepath.Join(dir, "many.json")
	if err := os.WriteFile(many, []byte(doc.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	readOnly := filepath.Join(dir, "kept.pdf")
	if err := os.WriteFile(readOnly, []byte("kept"), 0o444); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		args     []string
		inStderr string
		maxLines int
	}{
		{"a device", []string{"validate", os.DevNull}, os.DevNull + ": is a device, not a dataset file", 3},
		{"thousands of problems", []string{"validate", many}, "and 19,800 more problems of these kinds:", 206},
		{"a read-only target", []string{"export", "--pdf", readOnly, "--date", "2026-01-31"}, "the file is read-only", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != exitFail {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitFail, stderr)
			}
			if !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.inStderr, stderr[:min(len(stderr), 2000)])
			}
			if n := strings.Count(stderr, "\n"); n > tc.maxLines {
				t.Errorf("stderr has %d lines, want at most %d", n, tc.maxLines)
			}
		})
	}
	if got, _ := os.ReadFile(readOnly); string(got) != "kept" {
		t.Errorf("the read-only file now holds %q", got)
	}
}
