package perf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/dataset"
)

// The floors: what the libraries themselves cost for the same rows, with none of Attaché's
// work around them. A stage is measured against its floor in the same run.

// decodeFloor is plain encoding/json decoding of the same document into the same structs,
// with no checks at all: the floor of dataset.Load.
func decodeFloor(doc []byte) error {
	var d dataset.Dataset
	if err := json.NewDecoder(bytes.NewReader(doc)).Decode(&d); err != nil {
		return fmt.Errorf("plain decode: %w", err)
	}
	return nil
}

// streamWriterFloor writes the Records sheet's rows and cells with excelize's stream writer
// and nothing else: dates as date cells (with the three styles a date at its precision
// needs), values as numbers, lists joined. It is the floor of the workbook.
func streamWriterFloor(w io.Writer, b *reports.Briefing) error {
	units := make(map[string]string, len(b.Indicators))
	for id, ind := range b.Indicators {
		units[id] = ind.Unit
	}
	return recordsStreamWriter(w, b.Records, units)
}

// recordsStreamWriter is streamWriterFloor's work on records, with each indicator's unit.
func recordsStreamWriter(w io.Writer, records []*dataset.Record, units map[string]string) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("excelize floor: closing: %w", cerr)
		}
	}()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	dateStyle := map[dataset.Precision]int{}
	for p, format := range map[dataset.Precision]string{dataset.Year: "yyyy", dataset.Month: "yyyy-mm", dataset.DayPrecision: "yyyy-mm-dd"} {
		if dateStyle[p], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return fmt.Errorf("excelize floor: %w", err)
		}
	}
	header := make([]any, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		header[i] = c
	}
	if err := sw.SetRow("A1", header); err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	date := func(d *dataset.Date) any {
		if d == nil {
			return nil
		}
		first, _ := d.Span()
		return excelize.Cell{StyleID: dateStyle[d.Precision], Value: excelSerial(first)}
	}
	join := func(ids []string) string { return strings.Join(ids, dataset.ListSeparator) }
	row := make([]any, len(dataset.TableColumns))
	for i, r := range records {
		clear(row)
		row[0], row[1], row[2], row[3] = r.ID, string(r.Kind), date(&r.Date), date(r.End)
		if r.DateInferred {
			row[4] = true
		}
		row[5], row[6], row[7], row[8] = join(r.Sectors), r.Title, r.Summary, r.Indicator
		if r.Value != nil {
			row[9] = *r.Value
			if unit, ok := units[r.Indicator]; ok {
				row[10] = unit
			}
		}
		row[11], row[12], row[13] = string(r.Qualifier), r.Reporter, r.Partner
		if r.Derived != nil {
			row[14], row[15] = join(r.Derived.From), r.Derived.Method
		}
		row[16], row[17] = join(r.Conflicts), join(r.Sources)
		if err := sw.SetRow("A"+strconv.Itoa(i+2), row); err != nil {
			return fmt.Errorf("excelize floor: row %d: %w", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("excelize floor: writing: %w", err)
	}
	return nil
}

// excelEpoch is day 0 of Excel's 1900 date system (as Excel counts, past its 1900 leap-year bug).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelSerial is the spreadsheet serial number of a day.
func excelSerial(d dataset.Day) float64 {
	return float64(d.Time().Sub(excelEpoch).Hours() / 24)
}
