package perf

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"attache/internal/floor"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// taskFloor is the libraries' own floor of a whole export (issue 21): what encoding/json,
// excelize and fpdf cost to do the task with nothing of Attaché around them. It reads the
// document from its file and decodes it with encoding/json into the same structs (no checks,
// no identity, no references), keeps the records the selection keeps with a plain loop,
// writes them with excelize's stream writer as the Records sheet (recordsStreamWriter) and
// draws them as a plain fpdf table with the same fonts (floor.FpdfTable), each row's text
// written out with strconv and strings.Join. No briefing, no sources, no other sheet or page.
// It returns how many records it kept.
func taskFloor(path string, sel func(*dataset.Dataset) selection.Selection, fonts []floor.Font, workbook, pdf io.Writer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("task floor: %w", err)
	}
	var d dataset.Dataset
	err = json.NewDecoder(f).Decode(&d)
	f.Close()
	if err != nil {
		return 0, fmt.Errorf("task floor: plain decode: %w", err)
	}
	kept := keepPlainly(&d, sel(&d))
	units := make(map[string]string, len(d.Indicators))
	for _, ind := range d.Indicators {
		units[ind.ID] = ind.Unit
	}
	if err := recordsStreamWriter(workbook, kept, units); err != nil {
		return 0, err
	}
	if err := floor.FpdfTable(pdf, plainRows(kept, units), fonts); err != nil {
		return 0, fmt.Errorf("task floor: %w", err)
	}
	return len(kept), nil
}

// keepPlainly keeps, in the document's order, the records with a sector of sel whose period
// overlaps sel's range: the rule reports/selection states, in a loop over ids.
func keepPlainly(d *dataset.Dataset, sel selection.Selection) []*dataset.Record {
	var from, to dataset.Day = 0, 99991231
	if !sel.From.IsZero() {
		from, _ = sel.From.Span()
	}
	if !sel.To.IsZero() {
		_, to = sel.To.Span()
	}
	var kept []*dataset.Record
	for i := range d.Records {
		r := &d.Records[i]
		first, last := r.Date.Span()
		if r.End != nil {
			_, last = r.End.Span()
		}
		if last < from || first > to {
			continue
		}
		if len(sel.Sectors) == 0 || slices.ContainsFunc(r.Sectors, func(s string) bool { return slices.Contains(sel.Sectors, s) }) {
			kept = append(kept, r)
		}
	}
	return kept
}

// plainRows writes records as the appendix's six columns with nothing looked up: the ids
// of the sectors and sources, the value as strconv writes it.
func plainRows(records []*dataset.Record, units map[string]string) []floor.Row {
	rows := make([]floor.Row, len(records))
	for i, r := range records {
		date := r.Date.String()
		if r.End != nil {
			date += " – " + r.End.String()
		}
		title := r.Title
		if r.Value != nil {
			title += "\n" + strconv.FormatFloat(*r.Value, 'f', -1, 64) + " " + units[r.Indicator]
		}
		rows[i] = floor.Row{r.ID, date, string(r.Kind), strings.Join(r.Sectors, ", "), title, strings.Join(r.Sources, ", ")}
	}
	return rows
}
