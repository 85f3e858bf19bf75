package dataset_test

import (
	"bytes"
	"strings"
	"testing"

	"attache/reports/dataset"
)

func importCSV(t *testing.T, rows ...row) []dataset.Record {
	t.Helper()
	recs, err := dataset.ImportCSV(strings.NewReader(csvTable(t, rows...)), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestMerge(t *testing.T) {
	base := loadValid(t)
	before, err := base.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	replaced := with(eventRow, "id", "R1", "title", "Relations established, 23 March 1992")
	merged, err := dataset.Merge(base, importCSV(t, eventRow, replaced, valueRow), "r.csv")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("records replaced by id, new ones appended", func(t *testing.T) {
		var ids []string
		for _, r := range merged.Records {
			ids = append(ids, r.ID)
		}
		if got, want := strings.Join(ids, " "), "R1 R2 R3 R4 R5 R6"; got != want {
			t.Errorf("ids = %s, want %s", got, want)
		}
		if got := merged.Records[0].Title; got != replaced["title"] {
			t.Errorf("R1 title = %q", got)
		}
	})
	t.Run("base untouched", func(t *testing.T) {
		after, err := base.Canonical()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) || len(base.Records) != 4 {
			t.Error("Merge changed its base")
		}
	})
	t.Run("identity", func(t *testing.T) {
		if merged.Identity().SHA256 == base.Identity().SHA256 || merged.Identity().ID != base.ID {
			t.Errorf("identity %+v after merge, base %+v", merged.Identity(), base.Identity())
		}
		canonical, err := merged.Canonical()
		if err != nil {
			t.Fatal(err)
		}
		reloaded, err := dataset.Load(bytes.NewReader(canonical), "merged.json")
		if err != nil {
			t.Fatal(err)
		}
		if reloaded.Identity() != merged.Identity() {
			t.Errorf("reloaded identity %+v, merged %+v", reloaded.Identity(), merged.Identity())
		}
	})
	t.Run("merge again", func(t *testing.T) {
		// The rows of the first table are now the dataset's own: a second table's problems
		// must name only the second table's rows.
		_, err := dataset.Merge(merged, importCSV(t, with(eventRow, "id", "R9", "sectors", "none")), "second.csv")
		want := `second.csv: line 2: record "R9": column "sectors": unknown sector "none"`
		if got := strings.Join(problemLines(t, err), "\n"); got != want {
			t.Errorf("got %s\nwant %s", got, want)
		}
	})
}

func TestMergeProblems(t *testing.T) {
	xlsx, err := dataset.ImportXLSX(bytes.NewReader(workbook(t, sheetRows{"Records", [][]any{
		headerCells(),
		typedRow(with(valueRow, "unit", "USD"), map[string]any{"value": 5.0}),
	}})), "r.xlsx", "")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		recs []dataset.Record
		file string
		want []string
	}{
		{"references", importCSV(t,
			with(eventRow, "sectors", "trade; nowhere", "sources", "S9", "conflicts", "R99"),
			with(valueRow, "indicator", "visitors", "reporter", "RUS", "derived_from", "R5; R77", "unit", ""),
		), "r.csv", []string{
			`r.csv: line 2: record "R5": column "sectors": unknown sector "nowhere"`,
			`r.csv: line 2: record "R5": column "sources": unknown source "S9"`,
			`r.csv: line 2: record "R5": column "conflicts": unknown record "R99"`,
			`r.csv: line 3: record "R6": column "indicator": unknown indicator "visitors"`,
			`r.csv: line 3: record "R6": column "reporter": unknown reporter "RUS" (want AZE or KOR)`,
			`r.csv: line 3: record "R6": column "derived_from": record "R5" is of kind "event" and has no value: a derived value is computed from indicator values, and exists only when all its inputs do`,
			`r.csv: line 3: record "R6": column "derived_from": unknown record "R77"`,
		}},
		{"unit", importCSV(t, with(valueRow, "unit", "USD thousand")), "r.csv", []string{
			`r.csv: line 2: record "R6": column "unit": "USD thousand" is not the unit of indicator "exports", "USD million": convert the value or leave the unit empty`,
		}},
		{"duplicate ids across tables", append(importCSV(t, eventRow), importCSV(t, eventRow)...), "r.csv", []string{
			`r.csv: line 2: record "R5": column "id": id "R5" is used twice (first by line 2)`,
		}},
		{"workbook", xlsx, "r.xlsx", []string{
			`r.xlsx: sheet "Records": row 2: record "R6": column K "unit": "USD" is not the unit of indicator "exports", "USD million": convert the value or leave the unit empty`,
		}},
		{"records built in code", []dataset.Record{{ID: "R7", Kind: dataset.Event, Date: dataset.MustParseDate("2020"), Title: "T", Sectors: []string{"x"}, Sources: []string{"S1"}}}, "code", []string{
			`code: record "R7": field "sectors[0]": unknown sector "x"`,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := dataset.Merge(loadValid(t), c.recs, c.file)
			got := problemLines(t, err)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
			if d != nil {
				t.Error("a merge that fails returned a dataset")
			}
		})
	}
	t.Run("no base", func(t *testing.T) {
		if _, err := dataset.Merge(nil, nil, "r.csv"); err == nil {
			t.Error("no error")
		}
	})
}
