package xlsx_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/xlsx"
)

// TestValidationLists reads back the drop-down lists of Records: on kind, qualifier,
// reporter, partner and each date's precision, from row 2 to the sheet's end, each listing
// exactly what the import accepts.
func TestValidationLists(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	dvs, err := f.GetDataValidations(xlsx.SheetRecords)
	if err != nil {
		t.Fatal(err)
	}
	byRange := map[string]*excelize.DataValidation{}
	for _, dv := range dvs {
		byRange[dv.Sqref] = dv
	}
	var kinds, qualifiers []string
	for _, k := range dataset.Kinds {
		kinds = append(kinds, string(k))
	}
	for _, q := range dataset.Qualifiers {
		qualifiers = append(qualifiers, string(q))
	}
	precisions := []string{"year", "month", "day"}
	want := map[string][]string{
		dataset.ColKind: kinds, dataset.ColQualifier: qualifiers,
		dataset.ColReporter: {"AZE", "KOR"}, dataset.ColPartner: {"AZE", "KOR"},
		dataset.ColDatePrecision: precisions, dataset.ColEndPrecision: precisions,
	}
	for name, values := range want {
		t.Run(name, func(t *testing.T) {
			col, _ := excelize.ColumnNumberToName(slices.Index(dataset.SheetColumns, name) + 1)
			dv := byRange[col+"2:"+col+strconv.Itoa(excelize.TotalRows)]
			if dv == nil {
				t.Fatalf("no list on column %s (%s); the lists are on %v", col, name, keys(byRange))
			}
			if dv.Type != "list" || !dv.AllowBlank || !dv.ShowErrorMessage {
				t.Errorf("type %q, blank allowed %v, error shown %v; want a list that allows blanks and refuses others",
					dv.Type, dv.AllowBlank, dv.ShowErrorMessage)
			}
			if got := strings.Trim(dv.Formula1, `"`); got != strings.Join(values, ",") {
				t.Errorf("list %q, want %q", got, strings.Join(values, ","))
			}
		})
	}
	if len(dvs) != len(want) {
		t.Errorf("%d lists, want %d", len(dvs), len(want))
	}
	// What the lists offer is what the import takes: the fixture's rows hold them already.
	for _, r := range b.Records {
		if !slices.Contains(kinds, string(r.Kind)) {
			t.Errorf("record %s: kind %q is not in the list", r.ID, r.Kind)
		}
	}
}

// TestDefinedNames reads back the names of the Records table and of each Series block.
func TestDefinedNames(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	names := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Scope == "Workbook" || dn.Scope == "" {
			names[dn.Name] = dn.RefersTo
		}
	}
	last := len(b.Records) + 1
	want := map[string]string{
		xlsx.RecordsName: "Records!$A$1:$X$" + strconv.Itoa(last),
	}
	cols, err := f.GetCols(xlsx.SheetSeries)
	if err != nil {
		t.Fatal(err)
	}
	years := 0
	for _, v := range cols[0][1:] {
		if _, err := strconv.Atoi(v); err != nil {
			break
		}
		years++
	}
	lastCol, _ := excelize.ColumnNumberToName(len(b.Series) + 1)
	want[xlsx.SeriesName] = "Series!$A$1:$" + lastCol + "$" + strconv.Itoa(years+1)
	want[xlsx.SeriesYearsName] = "Series!$A$2:$A$" + strconv.Itoa(years+1)
	want["Series_exports_AZE"] = "Series!$B$2:$B$" + strconv.Itoa(years+1)
	for name, ref := range want {
		if names[name] != ref {
			t.Errorf("defined name %s = %q, want %q", name, names[name], ref)
		}
	}
	series := 0
	for name := range names {
		if strings.HasPrefix(name, "Series_") && name != xlsx.SeriesYearsName {
			series++
		}
	}
	if series != len(b.Series) {
		t.Errorf("%d series names, want one per series: %d (%v)", series, len(b.Series), names)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
