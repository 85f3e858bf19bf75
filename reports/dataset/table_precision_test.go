package dataset_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// precisionTable writes a CSV table with the columns of the workbook's Records sheet
// (dataset.SheetColumns), or of header when given.
func precisionTable(t *testing.T, header []string, rows ...row) string {
	t.Helper()
	if header == nil {
		header = dataset.SheetColumns
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(header)
	for _, r := range rows {
		cells := make([]string, len(header))
		for i, c := range header {
			cells[i] = r[c]
		}
		_ = w.Write(cells)
	}
	w.Flush()
	return b.String()
}

// TestPrecisionColumns: a table with a precision column beside each date (as the workbook
// writes them, and as pandas or Power Query save a date: a whole day) reads each date at its
// stated precision, and refuses a precision that contradicts the date.
func TestPrecisionColumns(t *testing.T) {
	cases := []struct {
		name      string
		header    []string
		row       row
		wantDate  string // the record's date as read
		wantEnd   string
		wantError string // a problem's message contains it; "" for none
		wantCol   string // the problem's column
	}{
		{"as written", nil, with(eventRow, "date_precision", "day"), "2019-10-10", "", "", ""},
		{"a saved year", nil, with(eventRow, "date", "2019-01-01", "date_precision", "year"), "2019", "", "", ""},
		{"a saved month", nil, with(valueRow, "date", "2019-01-01", "date_precision", "month", "end", "2019-06-01 ", "end_precision", "Month"),
			"2019-01", "2019-06", "", ""},
		{"empty precision", nil, with(eventRow, "date", "2019-01-01"), "2019-01-01", "", "", ""},
		{"a day that starts no year", nil, with(eventRow, "date_precision", "year"), "", "", "does not start a year", "date_precision"},
		{"finer than the date", nil, with(eventRow, "date", "2019", "date_precision", "day"), "", "", "known to the year only", "date_precision"},
		{"unknown precision", nil, with(valueRow, "end_precision", "week"), "", "", "must be year, month or day", "end_precision"},
		{"without the precision columns", dataset.TableColumns, eventRow, "2019-10-10", "", "", ""},
		{"misplaced", append(append([]string{}, dataset.TableColumns...), "date_precision"), eventRow, "", "", "must come right after column \"date\"", "date_precision"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := dataset.ImportCSV(strings.NewReader(precisionTable(t, tc.header, tc.row)), "t.csv")
			if tc.wantError != "" {
				var ve *dataset.ValidationError
				if !errors.As(err, &ve) {
					t.Fatalf("err = %v, want a problem saying %q", err, tc.wantError)
				}
				for _, p := range ve.Problems {
					if strings.Contains(p.Message, tc.wantError) && p.Column == tc.wantCol {
						return
					}
				}
				t.Fatalf("problems %v, want one in column %s saying %q", ve.Problems, tc.wantCol, tc.wantError)
			}
			if err != nil {
				t.Fatalf("ImportCSV: %v", err)
			}
			if got := recs[0].Date.String(); got != tc.wantDate {
				t.Errorf("date = %s, want %s", got, tc.wantDate)
			}
			if tc.wantEnd != "" && (recs[0].End == nil || recs[0].End.String() != tc.wantEnd) {
				t.Errorf("end = %v, want %s", recs[0].End, tc.wantEnd)
			}
		})
	}
}

// TestPrecisionColumnsXLSX: in a workbook with the precision columns, a problem names the
// sheet's own column letter, counting the precision columns before it.
func TestPrecisionColumnsXLSX(t *testing.T) {
	header := make([]any, len(dataset.SheetColumns))
	bad := with(valueRow, "value", "lots", "date_precision", "month")
	cells := make([]any, len(dataset.SheetColumns))
	for i, c := range dataset.SheetColumns {
		header[i] = c
		if bad[c] != "" {
			cells[i] = bad[c]
		}
	}
	data := workbook(t, sheetRows{name: "Records", rows: [][]any{header, cells}})
	_, err := dataset.ImportXLSX(bytes.NewReader(data), "t.xlsx", "")
	var ve *dataset.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want the value's problem", err)
	}
	for _, p := range ve.Problems {
		if p.Column == dataset.ColValue {
			if p.ColumnLetter != "L" { // value is the 12th column once the two precision columns are in
				t.Errorf("the value's problem is in column %s, want L", p.ColumnLetter)
			}
			return
		}
	}
	t.Fatalf("no problem in the value column: %v", ve.Problems)
}
