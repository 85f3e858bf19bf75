package app

import (
	"fmt"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// TestProblemLinesCapped checks that the dialog lists what the CLI prints: the first
// dataset.MaxListedProblems problems, then the rest counted by kind, while its count is
// every problem's.
func TestProblemLinesCapped(t *testing.T) {
	const n = 1000
	verr := &dataset.ValidationError{}
	for i := range n {
		verr.Problems = append(verr.Problems, dataset.Problem{File: "t.json", Line: i + 1,
			Record: fmt.Sprintf("R%d", i), Field: fmt.Sprintf("records[%d].date", i), Message: `"2019-02-30" is not a date`})
	}
	lines, total := problemLines(fmt.Errorf("opening: %w", verr))
	if total != n {
		t.Errorf("total = %d, want %d", total, n)
	}
	if len(lines) != dataset.MaxListedProblems+2 {
		t.Fatalf("%d lines, want %d", len(lines), dataset.MaxListedProblems+2)
	}
	if got, want := strings.Join(lines[dataset.MaxListedProblems:], "\n"),
		"and 800 more problems of these kinds:\n  800 × field \"date\": \"…\" is not a date"; got != want {
		t.Errorf("summary\n got %q\nwant %q", got, want)
	}
}
