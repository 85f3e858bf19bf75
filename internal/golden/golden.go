// Package golden compares what a test produced with a golden file under testdata/, the way
// go/printer's tests do: `go test -update` rewrites the files, a missing file fails, and a
// difference is reported at its first differing line.
package golden

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Updating reports whether the test run was asked to rewrite golden files.
func Updating() bool { return *update }

// Check compares got with the golden file at path, or rewrites the file with -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("write golden file: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if line, g, w, differ := FirstDifference(string(got), string(want)); differ {
		t.Fatalf("%s differs from line %d (run go test -update if the change is intended):\n got: %q\nwant: %q",
			path, line, g, w)
	}
}

// FirstDifference finds the first line at which got and want differ: its number (from 1)
// and both lines, "<end of file>" where one text is shorter.
func FirstDifference(got, want string) (line int, gotLine, wantLine string, differ bool) {
	if got == want {
		return 0, "", "", false
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	at := func(lines []string, i int) string {
		if i < len(lines) {
			return lines[i]
		}
		return "<end of file>"
	}
	for i := range max(len(g), len(w)) {
		if at(g, i) != at(w, i) {
			return i + 1, at(g, i), at(w, i), true
		}
	}
	return 0, "", "", false
}
