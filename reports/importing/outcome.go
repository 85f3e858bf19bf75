package importing

import (
	"fmt"
	"io"
	"strconv"

	"attache/reports/dataset"
)

// Outcome is what an import did, or would do: the merged dataset and each value's fate.
type Outcome struct {
	// Dataset is the merged dataset, validated whole.
	Dataset *dataset.Dataset
	Files   []FileReport
	// Added are values the dataset did not have; Updated, values it had with another value
	// that the file's replaced (Options.Update), or records of a record table that replaced
	// the record with their id; Unchanged, values it had already; Differences, values it had
	// with another value, left as they are; Missing, values the files mark as missing.
	Added, Updated, Unchanged, Differences, Missing []Entry
}

// FileReport says what one file was read as and how many values it gave.
type FileReport struct {
	Name   string
	Format Format
	// Values counts the values read; Missing those the file marks as missing.
	Values, Missing int
	// Source is the id of the source made from the file; "" for a record table.
	Source string
}

// Entry is one value of a file and, when the dataset had it, the record that held it.
type Entry struct {
	File   string
	Line   int // 0 for a record table's record
	Record *dataset.Record
	Old    *dataset.Record
	// Note says, for a missing value, what the file gave.
	Note string
}

// Summary is one line: how many values were added, updated, unchanged, different, missing.
func (o *Outcome) Summary() string {
	return fmt.Sprintf("%d added, %d updated, %d unchanged, %d different from the dataset (left as they are), %d missing in the files (not imported)",
		len(o.Added), len(o.Updated), len(o.Unchanged), len(o.Differences), len(o.Missing))
}

// WriteList writes every file's format and every value's fate, a line each: what a dry run
// shows.
func (o *Outcome) WriteList(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, f := range o.Files {
		ew.printf("%s: read as %s: %d values, %d missing\n", f.Name, f.Format, f.Values, f.Missing)
	}
	for _, group := range []struct {
		verb    string
		entries []Entry
	}{{"add", o.Added}, {"update", o.Updated}, {"differs", o.Differences}, {"unchanged", o.Unchanged}, {"missing", o.Missing}} {
		for _, e := range group.entries {
			ew.printf("%-9s  %s  %s\n", group.verb, e.place(), e.describe(group.verb))
		}
	}
	ew.printf("%s\n", o.Summary())
	return ew.err
}

func (e Entry) place() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return e.File
}

func (e Entry) describe(verb string) string {
	if verb == "missing" {
		return e.Note
	}
	r := e.Record
	if r.Kind != dataset.Measure || r.Value == nil {
		return fmt.Sprintf("record %q (%s): %s", r.ID, r.Kind, r.Title)
	}
	s := fmt.Sprintf("%s, %s to %s, %s: %s", r.Indicator, r.Reporter, r.Partner, periodText(r.Date, r.End), number(*r.Value))
	if e.Old != nil && e.Old.Value != nil && (verb == "differs" || verb == "update") {
		s += fmt.Sprintf(" (the dataset's record %q has %s)", e.Old.ID, number(*e.Old.Value))
	}
	return s
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
