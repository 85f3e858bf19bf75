package reports

import (
	"slices"
	"strings"
	"testing"

	"attache/reports/dataset"
	"attache/reports/selection"
)

func ids(rs []*dataset.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func TestSelect(t *testing.T) {
	all := []string{"diplomacy", "trade", "energy"}
	tests := []struct {
		name string
		sel  selection.Selection
		want []string
	}{
		{"everything, oldest first", selection.Selection{Sectors: all},
			[]string{"E1", "E2", "X2015", "T2016", "T2017", "M2018", "T2018", "X2018", "T2019P", "I1", "I2"}},
		{"the zero selection selects every record", selection.Selection{},
			[]string{"E1", "E2", "X2015", "T2016", "T2017", "M2018", "T2018", "X2018", "T2019P", "I1", "I2"}},
		{"no kind listed selects every kind", selection.Selection{Sectors: []string{"energy"}, Kinds: nil}, []string{"E2", "I1"}},
		{"a sector matches any of a record's sectors", selection.Selection{Sectors: []string{"energy"}}, []string{"E2", "I1"}},
		{"year ends cover whole years", selection.Selection{Sectors: all, From: date("2017"), To: date("2018")},
			[]string{"T2017", "M2018", "T2018", "X2018"}},
		{"a month end cuts inside a year", selection.Selection{Sectors: all, From: date("2019-10-11"), To: date("2019-12")},
			[]string{"T2019P", "I2"}},
		{"a partial period overlaps a range inside it", selection.Selection{Sectors: all, From: date("2019-06"), To: date("2019-06")},
			[]string{"T2019P"}},
		{"a month-precision record overlaps a day range inside it", selection.Selection{Sectors: all, From: date("2010-05-15"), To: date("2010-05-15")},
			[]string{"E2"}},
		{"open start", selection.Selection{Sectors: all, To: date("2010")}, []string{"E1", "E2"}},
		{"open end", selection.Selection{Sectors: all, From: date("2019-10-17")}, []string{"T2019P", "I2"}},
		{"kinds", selection.Selection{Sectors: all, Kinds: []dataset.Kind{dataset.Event, dataset.Agreement}}, []string{"E1", "E2"}},
		{"text in any case", selection.Selection{Sectors: all, Text: "  INVESTMENT 4"}, []string{"I1", "I2"}},
		{"a range with no matches", selection.Selection{Sectors: all, From: date("1993"), To: date("2009")}, nil},
	}
	d := fixture()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := selection.Select(d, tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("Select = %v, want %v", ids(got), tt.want)
			}
		})
	}
}

func TestSelectionCheck(t *testing.T) {
	tests := []struct {
		name, want string
		sel        selection.Selection
	}{
		{"unknown sector names the choices", `unknown sector "tarde"; the dataset has: diplomacy, trade, energy`,
			selection.Selection{Sectors: []string{"tarde"}}},
		{"unknown kind", `unknown kind "meeting"`, selection.Selection{Kinds: []dataset.Kind{"meeting"}}},
		{"range backwards", `the range ends (2017) before it starts (2018-01)`,
			selection.Selection{From: date("2018-01"), To: date("2017")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.sel.Check(fixture())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want it to say %q", err, tt.want)
			}
		})
	}
	if err := (selection.Selection{}).Check(fixture()); err != nil {
		t.Errorf("an empty selection is valid, got %v", err)
	}
}

func TestCountBySector(t *testing.T) {
	got := selection.CountBySector(fixture(), selection.Selection{From: date("2018"), To: date("2019")})
	want := map[string]int{"trade": 6, "energy": 1}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("count[%s] = %d, want %d", id, got[id], n)
		}
	}
	if got["diplomacy"] != 0 {
		t.Errorf("count[diplomacy] = %d, want 0", got["diplomacy"])
	}
}
