package app

import (
	"bytes"
	"context"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// TestBadInputKeepsDataset opens a bad dataset and imports bad tables, and checks that every
// problem is listed while the dataset in use stays.
func TestBadInputKeepsDataset(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		content  string
		problems []string // each must appear in some listed problem
		atLeast  int      // how many problems must be listed, at least
		open     bool     // open as a dataset; else import as records
	}{
		{
			name:     "not JSON",
			file:     "broken.json",
			content:  `{"format": "attache-dataset/1", "id": `,
			problems: []string{"broken.json"},
			open:     true,
		},
		{
			name: "several problems",
			file: "bad.json",
			content: `{"format": "attache-dataset/1", "id": "xx-yy", "version": "1", "title": "Bad",
"countries": [{"code": "XXX", "name": "Exland"}, {"code": "YYY", "name": "Wyland"}],
"sectors": [{"id": "trade", "name": "Trade"}],
"indicators": [],
"sources": [{"id": "s1", "title": "A source"}],
"records": [
 {"id": "R1", "kind": "event", "date": "2019-13", "sectors": ["trade"], "title": "Bad month", "sources": ["s1"]},
 {"id": "R2", "kind": "event", "date": "2019", "sectors": ["nowhere"], "title": "Unknown sector", "sources": ["s1"]},
 {"id": "R3", "kind": "event", "date": "2019", "sectors": ["trade"], "title": "Unknown source", "sources": ["s9"]}
]}`,
			problems: []string{`"R1"`, `"R2"`, `"R3"`},
			atLeast:  3,
			open:     true,
		},
		{
			name:     "a table with the wrong columns",
			file:     "records.csv",
			content:  "id,when,what\nX1,2019,Something\n",
			problems: []string{"records.csv"},
		},
		{
			name: "a table with a bad row",
			file: "records.csv",
			content: strings.Join(dataset.TableColumns, ",") + "\n" +
				"X1,event,2019-02-30,,,trade,Bad day,,,,,,,,,,,nosuchsource" + newColumns + "\n",
			problems: []string{"records.csv", "X1"},
		},
		{
			name:     "neither a record table nor an agency's download",
			file:     "records.txt",
			content:  "anything",
			problems: []string{"records.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tu := newTestUI(t, nil)
			before, beforeRows := tu.ws.data(), tu.rows()
			r := io.NopCloser(strings.NewReader(tt.content))
			uri := storage.NewFileURI("/nowhere/" + tt.file)
			if tt.open {
				tu.openDataset(r, uri)
			} else {
				tu.importRecords(r, uri)
			}
			tu.settle()

			if tu.ws.data() != before || !tu.ws.bundled() || tu.rows() != beforeRows {
				t.Errorf("the dataset in use changed after a refused %s", tt.file)
			}
			if tu.problems == nil {
				t.Fatal("no problems dialog")
			}
			listed := strings.Join(tu.problems.problems, "\n")
			for _, want := range tt.problems {
				if !strings.Contains(listed, want) {
					t.Errorf("the problems listed do not mention %s:\n%s", want, listed)
				}
			}
			if len(tu.problems.problems) < tt.atLeast {
				t.Errorf("%d problems listed, want at least %d:\n%s", len(tu.problems.problems), tt.atLeast, listed)
			}
			if !containsText(tu.win.Canvas().Overlays().Top(), "stays in use") {
				t.Errorf("the dialog does not say the dataset in use stays")
			}
		})
	}
}

// TestImportAndBack imports a good table, then goes back to the bundled dataset.
func TestImportAndBack(t *testing.T) {
	tu := newTestUI(t, nil)
	bundled := tu.ws.data()
	source := bundled.Sources[0].ID
	table := strings.Join(dataset.TableColumns, ",") + "\n" +
		"X-NEW-1,event,2019-06-01,,,trade,Imported event 수입된 행사,,,,,,,,,,," + source + newColumns + "\n"

	tu.importRecords(io.NopCloser(strings.NewReader(table)), storage.NewFileURI("/nowhere/new.csv"))
	tu.settle()
	if tu.problems != nil {
		t.Fatalf("a good table was refused:\n%s", strings.Join(tu.problems.problems, "\n"))
	}
	if got, want := len(tu.ws.data().Records), len(bundled.Records)+1; got != want {
		t.Fatalf("after the import the dataset has %d records, want %d", got, want)
	}
	if tu.ws.bundled() || !strings.Contains(tu.ws.origin, "new.csv") {
		t.Errorf("origin = %q (bundled %v), want the bundled dataset + new.csv", tu.ws.origin, tu.ws.bundled())
	}
	if !strings.Contains(datasetFacts(tu.ws), recordCount(len(bundled.Records)+1)) {
		t.Errorf("About does not count the imported record: %s", datasetFacts(tu.ws))
	}

	tu.onBackToBundled()
	tu.settle()
	if !tu.ws.bundled() || len(tu.ws.data().Records) != len(bundled.Records) {
		t.Errorf("back to the bundled dataset: bundled %v with %d records", tu.ws.bundled(), len(tu.ws.data().Records))
	}
}

// TestImportOwnWorkbook imports the workbook of the whole bundled dataset back, as an
// analyst does after editing it in Excel: every row replaces its record, none is added.
func TestImportOwnWorkbook(t *testing.T) {
	tu := newTestUI(t, nil)
	bundled := tu.ws.data()
	b, err := reports.Build(context.Background(), bundled, selection.Selection{}, reports.Options{AppVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if err := xlsx.Render(context.Background(), &book, b, xlsx.Options{}); err != nil {
		t.Fatal(err)
	}
	tu.importRecords(io.NopCloser(&book), storage.NewFileURI("/nowhere/az-kr.xlsx"))
	tu.settle()
	if tu.problems != nil {
		t.Fatalf("the bundled dataset's own workbook was refused:\n%s", strings.Join(tu.problems.problems, "\n"))
	}
	if got := len(tu.ws.data().Records); got != len(bundled.Records) {
		t.Errorf("after importing its own workbook the dataset has %d records, want %d", got, len(bundled.Records))
	}
}

// newColumns are the empty cells of the columns after sources (caveat, aliases and those
// added since), so that the rows above keep the header's width.
var newColumns = strings.Repeat(",", len(dataset.TableColumns)-1-slices.Index(dataset.TableColumns, dataset.ColSources))

// TestImportAgencyDownload imports an IMF download through Import records…, which reads it
// as attache-cli import does: the values the dataset lacks are added, with their source.
func TestImportAgencyDownload(t *testing.T) {
	tu := newTestUI(t, nil)
	bundled := tu.ws.data()
	data, err := os.ReadFile("../reports/importing/testdata/imf-dots-panel.csv")
	if err != nil {
		t.Fatal(err)
	}
	tu.importRecords(io.NopCloser(bytes.NewReader(data)), storage.NewFileURI("/nowhere/imf-dots-panel.csv"))
	tu.settle()
	if tu.problems != nil {
		t.Fatalf("the download was refused:\n%s", strings.Join(tu.problems.problems, "\n"))
	}
	// Four values and the two totals derived from them; the two values that differ stay.
	if got, want := len(tu.ws.data().Records), len(bundled.Records)+6; got != want {
		t.Fatalf("after the import the dataset has %d records, want %d", got, want)
	}
	if !containsText(tu.win.Canvas().Overlays().Top(), "left as they are: 2") {
		t.Errorf("the dialog does not say that two values were left as they are")
	}
}
