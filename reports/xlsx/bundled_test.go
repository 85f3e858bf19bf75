package xlsx_test

import (
	"bytes"
	"testing"

	"attache/reports/dataset"
	"attache/reports/reportstest"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// TestBundledDataset exports every record of the bundled dataset and reads it back: every
// record on Records, the headline chart among the charts, and the same records on import.
func TestBundledDataset(t *testing.T) {
	d := reportstest.Bundled(t)
	b := build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
	data := render(t, b)
	f := open(t, data)
	rows, err := f.GetRows(xlsx.SheetRecords)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(d.Records) {
		t.Errorf("Records has %d rows, want the dataset's %d records", len(rows)-1, len(d.Records))
	}
	headline := 0
	for _, s := range b.Series {
		if s.Headline {
			headline++
		}
	}
	if headline < 2 {
		t.Errorf("the bundled dataset has %d headline series, want both reporters' trade", headline)
	}
	if _, ok := zipParts(t, data)["xl/charts/chart1.xml"]; !ok {
		t.Error("no chart")
	}
	got, err := dataset.ImportXLSX(bytes.NewReader(data), "bundled.xlsx", "")
	if err != nil {
		t.Fatalf("ImportXLSX: %v", err)
	}
	if len(got) != len(b.Records) {
		t.Fatalf("imported %d records, want %d", len(got), len(b.Records))
	}
	for i, want := range b.Records {
		sameRecord(t, &got[i], want)
	}
}
