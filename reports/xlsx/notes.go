package xlsx

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/words"
)

// writeNotes lists the briefing's notes (derived values and their methods, conflicts,
// inferred dates, partial periods, gaps) and then every cell the workbook had to cut. There
// can be a note for many records, so the rows are streamed as they are made, not collected.
func (w *workbook) writeNotes() error {
	sheet := w.sheet(SheetNotes)
	fail := func(err error) error { return fmt.Errorf("workbook: sheet %s: %w", sheet, err) }
	// The used range comes first: a row per note and per cut cell, counting the cuts the
	// notes' own texts will need.
	rows := 1 + len(w.b.Notes) + len(w.cuts)
	for _, n := range w.b.Notes {
		if !noteMayBeCut(w.l, n) {
			continue
		}
		for _, text := range noteTexts(w.l, n) {
			if _, omitted := cutText(text); omitted > 0 {
				rows++
			}
		}
	}
	lastCol, err := excelize.ColumnNumberToName(len(noteHeaders))
	if err != nil {
		return fail(err)
	}
	headers := w.headers(noteHeaders)
	l := layout{widths: fitHeaders(noteWidths, headers), freezeHeader: true, fitWidth: true, wrapped: true}
	sw, err := w.startStream(sheet, "A1:"+lastCol+strconv.Itoa(rows), l)
	if err != nil {
		return fail(err)
	}
	header := make([]any, len(headers))
	for i, h := range headers {
		header[i] = excelize.Cell{StyleID: w.st.header, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return fail(err)
	}
	row := 1
	put := func(texts []string) error {
		row++
		values := make([]any, len(texts))
		for i, text := range texts {
			style := 0
			if i == noteRecordsColumn || i == noteTextColumn {
				style = w.st.wrap
			}
			values[i] = w.text(sheet, i+1, row, "", headers[i], text, style)
		}
		return sw.SetRow("A"+strconv.Itoa(row), values, excelize.RowOpts{Height: w.rowHeight(values, l.widths)})
	}
	for i, n := range w.b.Notes {
		if i%ctxCheckRows == 0 {
			if err := w.ctx.Err(); err != nil {
				return fail(err)
			}
		}
		if err := put(noteTexts(w.l, n)); err != nil {
			return fail(err)
		}
	}
	// The notes above may themselves have added cuts; they are listed too.
	for _, c := range w.cuts {
		if err := put([]string{w.t(labelCutCell), c.Record, w.cutNoteText(c), ""}); err != nil {
			return fail(err)
		}
	}
	if row != rows {
		return fail(fmt.Errorf("wrote %d rows but announced %d (a bug in reports/xlsx)", row, rows))
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	return nil
}

// The columns of noteHeaders (from 0) whose long text wraps.
var (
	noteRecordsColumn = columnOf(noteHeaders, "xlsx.header.records") - 1
	noteTextColumn    = columnOf(noteHeaders, "xlsx.header.text") - 1
)

// noteTexts are the cells of a note's row in language l, in the order of noteHeaders.
func noteTexts(l i18n.Lang, n reports.Note) []string {
	return []string{noteKindText(l, n.Kind), joinIDs(n.Records), n.Text, words.Citations(n.Sources)}
}

// noteMayBeCut reports whether a cell of the note's row may be too long for a cell, from
// bounds on the byte lengths of noteTexts: counting the rows then builds the texts of only
// the rare long note, and cutText cuts no text of MaxCellChars bytes or fewer.
func noteMayBeCut(l i18n.Lang, n reports.Note) bool {
	records := len(dataset.ListSeparator) * max(0, len(n.Records)-1)
	for _, id := range n.Records {
		records += len(id)
	}
	sources := len("[]") + len(n.Sources)*len(", -9223372036854775808") // the longest int
	return max(len(noteKindText(l, n.Kind)), records, len(n.Text), sources) > MaxCellChars
}

// noteKindText names a kind of note for the Notes sheet in language l.
func noteKindText(l i18n.Lang, k reports.NoteKind) string {
	if key, ok := noteKindLabels[k]; ok {
		return l.T(key)
	}
	return string(k)
}

// cutNoteText says which cell was cut, whose text it was and how much is missing.
func (w *workbook) cutNoteText(c cutCell) string {
	what := ""
	switch {
	case c.Record != "" && c.Field != "":
		what = w.t("xlsx.cut.field_of_record", c.Field, c.Record)
	case c.Field != "":
		what = w.t("xlsx.cut.field", c.Field)
	}
	return w.t("xlsx.cut.text", c.Sheet, c.Cell, what, w.l.Int(c.Total), w.l.Int(MaxCellChars), w.l.Int(c.Omitted))
}
