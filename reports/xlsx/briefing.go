package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/words"
)

// writeBriefing writes the cover and the key figures: each figure with its source numbers,
// the change over the range, and the partner's mirror figure and any conflicting figures
// beside it, so that nothing is silently picked.
func (w *workbook) writeBriefing() error {
	c := w.b.Cover
	s := w.newRows(w.sheet(SheetBriefing))
	label := func(key string, v any) {
		if v == nil || v == "" {
			return
		}
		s.add(excelize.Cell{StyleID: w.st.label, Value: w.t(key)}, v)
	}
	s.add(excelize.Cell{StyleID: w.st.title, Value: c.Title})
	label(labelClass, c.Classification)
	s.blank()
	w.addBriefRows(s)
	label(labelCountries, countriesText(w.b))
	label(labelSectors, c.SectorsText())
	label(labelPeriod, c.PeriodText())
	label(labelKinds, c.KindsText())
	if c.Untranslated > 0 {
		label("cover.language", c.Lang.N("cover.untranslated", c.Untranslated))
	}
	label(labelText, c.Text)
	label(labelRecords, c.RecordCount)
	label(labelSources, c.SourceCount)
	label(labelPreparedBy, c.PreparedBy)
	label(labelDataset, strings.TrimSpace(c.DatasetTitle+" ("+c.Dataset.ID+" "+c.Dataset.Version+")"))
	label(labelDatasetSHA, c.Dataset.SHA256)
	label(labelAppVersion, c.AppVersion)
	label(labelGenerated, w.timeCell(c.Generated))
	s.blank()
	s.add(excelize.Cell{StyleID: w.st.title, Value: w.t(labelKeyFigures)})
	switch {
	case w.b.Empty():
		s.add(w.t(labelNothing))
	case len(w.b.KeyFigures) == 0:
		s.add(w.t(labelNoKeyFigures))
	default:
		var rows [][]any
		for _, kf := range w.b.KeyFigures {
			kfRows, err := w.keyFigureRows(kf)
			if err != nil {
				return fmt.Errorf("workbook: sheet %s: key figure %s: %w", w.sheet(SheetBriefing), kf.Indicator.ID, err)
			}
			rows = append(rows, kfRows...)
		}
		w.addKeyFigureBlocks(s, rows)
	}
	s.blank()
	s.add(w.t(labelSeeSheets, w.sheet(SheetRecords), w.sheet(SheetSources), w.sheet(SheetNotes)))
	// The cover's values in column B run over the empty cells to their right.
	return w.stream(s, layout{widths: keyFigureWidths, fitWidth: true, portrait: true, wrapped: true})
}

// addKeyFigureBlocks writes the key figures' rows (each with every one of keyFigureHeaders)
// as the tables of keyFigureBlocks, one under the other, so that the sheet prints upright
// at a readable size: the figures, then their changes and mirror figures, the conflicting
// figures and the notes. A table after the first lists only the key figures that have
// something in it, and is left out when none has.
func (w *workbook) addKeyFigureBlocks(s *sheetRows, rows [][]any) {
	for i, block := range keyFigureBlocks {
		var kept [][]any
		for _, row := range rows {
			for _, col := range block.columns[2:] {
				if row[col] != nil {
					kept = append(kept, row)
					break
				}
			}
		}
		if len(kept) == 0 {
			continue
		}
		if i > 0 {
			s.blank()
			s.add(excelize.Cell{StyleID: w.st.label, Value: w.t(block.heading)})
		}
		header := make([]any, 0, len(block.columns))
		at := 0 // the sheet column of the next cell, after any merged ones
		merges := map[int]int{}
		for j, col := range block.columns {
			header = append(header, excelize.Cell{StyleID: w.st.tallHead, Value: w.t(keyFigureHeaders[col])})
			if span := block.span(j); span > 1 {
				merges[at] = at + span - 1
				for range span - 1 {
					header = append(header, excelize.Cell{StyleID: w.st.tallHead, Value: nil})
				}
			}
			at += block.span(j)
		}
		s.addSpanned(merges, header...)
		for _, row := range kept {
			cells := make([]any, 0, len(header))
			for j, col := range block.columns {
				v := row[col]
				if text, ok := v.(string); ok { // names and notes wrap in their narrow columns
					v = excelize.Cell{StyleID: w.st.wrap, Value: text}
				}
				cells = append(cells, v)
				for range block.span(j) - 1 {
					cells = append(cells, nil)
				}
			}
			s.addSpanned(merges, cells...)
		}
	}
}

// keyFigureRows returns a key figure's row, with a cell for each of keyFigureHeaders, and
// one row under it for each conflicting figure after the first, which shares the figure's
// row.
func (w *workbook) keyFigureRows(kf reports.KeyFigure) ([][]any, error) {
	var rows [][]any
	row := make([]any, len(keyFigureHeaders))
	put := func(col int, v any) { row[col] = v }
	f := kf.Latest
	value, err := w.numberCell(kf.Indicator, f.Value, false)
	if err != nil {
		return nil, err
	}
	put(0, w.b.IndicatorName(kf.Indicator))
	put(1, w.b.CountryName(kf.Reporter))
	put(2, f.Year())
	put(3, value)
	indent := func(text string) any { return excelize.Cell{StyleID: w.st.indented, Value: text} }
	put(4, indent(w.b.Unit(kf.Indicator)))
	put(5, w.qualifierText(f))
	if f.Partial {
		put(6, w.t(labelYes))
	}
	put(7, f.Record.ID)
	put(8, words.Citations(f.Sources))
	if ch := kf.Change; ch != nil {
		// The change keeps its bound as the sign of its number format: "≥ 13" is at least +13.
		abs, err := w.markedNumberCell(kf.Indicator, ch.Absolute, ch.Bound, "")
		if err != nil {
			return nil, err
		}
		put(9, ch.From.Year())
		put(10, abs)
		if ch.HasPercent {
			style, err := w.st.numbers.percent(ch.Bound)
			if err != nil {
				return nil, err
			}
			put(11, excelize.Cell{StyleID: style, Value: ch.Percent / 100})
		} else {
			put(11, w.t("xlsx.text.not_meaningful"))
			put(19, w.b.Lang().T("why."+string(ch.NoPercent)))
		}
		if ch.Bound != dataset.Exact && ch.Bound != "" {
			put(19, strings.TrimSpace(w.t("xlsx.change."+string(ch.Bound))+" "+stringOr(row[19])))
		}
	} else if kf.NoChange != "" {
		put(19, w.b.Lang().T("why."+string(kf.NoChange)))
	}
	var caveats []string
	if kf.Stale {
		caveats = append(caveats, w.b.Lang().T("figures.stale", w.b.Lang().Year(f.Year())))
	}
	if c := w.b.Caveat(f.Record); c != "" {
		caveats = append(caveats, c)
	}
	if len(caveats) > 0 {
		put(20, strings.Join(caveats, "; "))
	}
	if m := kf.Mirror; m != nil {
		mv, err := w.numberCell(m.Indicator, m.Value, false)
		if err != nil {
			return nil, err
		}
		put(12, w.b.CountryName(m.Reporter))
		put(13, mv)
		put(14, indent(m.Record.ID))
		put(15, words.Citations(m.Sources))
	}
	for i, cf := range kf.Conflicts {
		cv, err := w.numberCell(cf.Indicator, cf.Value, false)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			rows = append(rows, row)
			row = make([]any, len(keyFigureHeaders))
			put(0, w.b.IndicatorName(kf.Indicator))
			put(1, w.b.CountryName(kf.Reporter))
		}
		put(16, cv)
		put(17, indent(cf.Record.ID))
		put(18, words.Citations(cf.Sources))
	}
	return append(rows, row), nil
}

// qualifierText says how exact a figure is: "exact", "about", "at least", "at most" (the
// keys qualifier.<qualifier> of model.json).
func (w *workbook) qualifierText(f reports.Figure) string {
	key := "qualifier." + string(f.Qualifier)
	if !i18n.En.Has(key) { // no qualifier, or one this version does not name: as written
		key = "qualifier." + string(dataset.Exact)
	}
	return w.t(key)
}

func countriesText(b *reports.Briefing) string {
	parts := make([]string, len(b.Cover.Countries))
	for i, ctry := range b.Cover.Countries {
		parts[i] = b.CountryName(ctry.Code) + " (" + ctry.Code + ")"
	}
	return strings.Join(parts, " – ")
}

// addBriefRows writes what the PDF's page one says first: the messages of "In brief" and
// the dates ahead, one per row, with their sources in the next column.
func (w *workbook) addBriefRows(s *sheetRows) {
	if len(w.b.InBrief) > 0 {
		s.add(excelize.Cell{StyleID: w.st.title, Value: w.t("pdf.brief.heading")})
		for _, m := range w.b.InBrief {
			w.addBriefLine(s, m.Text, words.Citations(m.Sources))
		}
		s.blank()
	}
	if len(w.b.DatesAhead) > 0 {
		s.add(excelize.Cell{StyleID: w.st.title, Value: w.t("pdf.ahead.heading")})
		const listed = 50 // a large dataset can announce thousands; the Records sheet has them
		for _, a := range w.b.DatesAhead[:min(len(w.b.DatesAhead), listed)] {
			text := words.Day(w.b.Lang(), a.Day) + " — " + a.Text
			w.addBriefLine(s, text, words.Citations(a.Sources))
		}
		if more := len(w.b.DatesAhead) - listed; more > 0 {
			s.add(w.b.Lang().N("xlsx.ahead.more", more, w.sheet(SheetRecords)))
		}
		s.blank()
	}
}

// briefTextColumns is how many columns a line of "In brief" or of the dates ahead spans,
// its sources in the column after them.
const briefTextColumns = 7

// addBriefLine adds a line of text, wrapped across the first briefTextColumns columns, and its
// sources beside it.
func (w *workbook) addBriefLine(s *sheetRows, text, sources string) {
	row := make([]any, briefTextColumns+1)
	row[0] = excelize.Cell{StyleID: w.st.wrap, Value: text}
	row[briefTextColumns] = sources
	s.addSpanned(map[int]int{0: briefTextColumns - 1}, row...)
}

// stringOr returns a cell's text, "" for none.
func stringOr(v any) string {
	s, _ := v.(string)
	return s
}
