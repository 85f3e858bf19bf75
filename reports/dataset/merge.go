package dataset

import (
	"errors"
	"fmt"
	"slices"
)

// Merge returns a new dataset: base with recs merged in, a record replacing the base record
// with the same id and a new id appended, in the table's order. The result is validated as a
// whole; problems in imported records name the table (name), its line or row and column.
// base is never modified, and a merge that fails returns no dataset.
func Merge(base *Dataset, recs []Record, name string) (*Dataset, error) {
	if base == nil {
		return nil, errors.New("merging records: no dataset to merge them into")
	}
	merged := &Dataset{
		Format:     base.Format,
		ID:         base.ID,
		Version:    base.Version,
		Title:      base.Title,
		Countries:  slices.Clone(base.Countries),
		Sectors:    slices.Clone(base.Sectors),
		Indicators: slices.Clone(base.Indicators),
		Sources:    slices.Clone(base.Sources),
		// Translations is shared, as the sectors' and records' own maps are: Merge never
		// changes them.
		Translations: base.Translations,
		Records:      make([]Record, len(base.Records), len(base.Records)+len(recs)),
	}
	copy(merged.Records, base.Records)
	// Only base records are replaced: two imported records with one id stay two, and
	// validation reports them.
	replaceable := make(map[string]int, len(base.Records))
	for i, r := range base.Records {
		if _, seen := replaceable[r.ID]; !seen {
			replaceable[r.ID] = i
		}
	}
	for _, r := range recs {
		if i, ok := replaceable[r.ID]; ok && r.ID != "" {
			merged.Records[i] = r
			delete(replaceable, r.ID)
			continue
		}
		merged.Records = append(merged.Records, r)
	}

	c := newChecker(name, len(merged.Records))
	c.recordPlace = func(i int) string {
		if o := merged.Records[i].origin; o != nil {
			if o.sheet != "" {
				return fmt.Sprintf("row %d", o.line)
			}
			return fmt.Sprintf("line %d", o.line)
		}
		return fmt.Sprintf("records[%d]", i)
	}
	c.checkDataset(merged)
	problems := make([]Problem, 0, len(c.problems))
	for _, p := range c.problems {
		problems = append(problems, tableProblem(merged, p))
	}
	problems = append(problems, unitProblems(merged, name)...)
	if len(problems) > 0 {
		sortProblems(problems)
		return nil, &ValidationError{Problems: problems}
	}
	for i := range merged.Records {
		merged.Records[i].origin = nil // the rows are now part of this dataset
	}
	if err := merged.setIdentity(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return merged, nil
}

// tableProblem points a problem in an imported record at its row and column.
func tableProblem(d *Dataset, p Problem) Problem {
	n, ok := recordIndex(p.Field)
	if !ok || n >= len(d.Records) || d.Records[n].origin == nil {
		return p
	}
	o := d.Records[n].origin
	p.Sheet, p.Line = o.sheet, o.line
	p.Field = fieldInRecord(p.Field)
	var col int
	p.Column, col = columnOf(p.Field)
	p.ColumnLetter = columnLetter(o.sheet, col)
	return p
}

// unitProblems compares the unit cell of each imported indicator value with its indicator's.
func unitProblems(d *Dataset, file string) []Problem {
	units := make(map[string]string, len(d.Indicators))
	for _, ind := range d.Indicators {
		units[ind.ID] = ind.Unit
	}
	col := columnIndex(ColUnit)
	var problems []Problem
	for _, r := range d.Records {
		o := r.origin
		if o == nil || o.unit == "" || r.Kind != Measure {
			continue
		}
		if want, ok := units[r.Indicator]; ok && o.unit != want {
			problems = append(problems, Problem{
				File: file, Sheet: o.sheet, Line: o.line, Record: r.ID, Field: ColUnit,
				Column: ColUnit, ColumnLetter: columnLetter(o.sheet, col),
				Message: fmt.Sprintf("%s is not the unit of indicator %q, %q: convert the value or leave the unit empty",
					quoteValue(o.unit), r.Indicator, want),
			})
		}
	}
	return problems
}
