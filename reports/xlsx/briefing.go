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
	headers := w.headers(keyFigureHeaders)
	switch {
	case w.b.Empty():
		s.add(w.t(labelNothing))
	case len(w.b.KeyFigures) == 0:
		s.add(w.t(labelNoKeyFigures))
	default:
		header := make([]any, len(headers))
		for i, h := range headers {
			header[i] = excelize.Cell{StyleID: w.st.header, Value: h}
		}
		s.add(header...)
		for _, kf := range w.b.KeyFigures {
			if err := w.addKeyFigure(s, kf); err != nil {
				return fmt.Errorf("workbook: sheet %s: key figure %s: %w", w.sheet(SheetBriefing), kf.Indicator.ID, err)
			}
		}
	}
	s.blank()
	s.add(w.t(labelSeeSheets, w.sheet(SheetRecords), w.sheet(SheetSources), w.sheet(SheetNotes)))
	// The cover's values in column B run over the empty cells to their right.
	return w.stream(s, layout{widths: fitHeaders(keyFigureWidths, headers), fitWidth: true, portrait: true})
}

// addKeyFigure adds a key figure's row, and one row under it for each conflicting figure
// after the first, which shares the figure's row.
func (w *workbook) addKeyFigure(s *sheetRows, kf reports.KeyFigure) error {
	row := make([]any, len(keyFigureHeaders))
	put := func(col int, v any) { row[col] = v }
	f := kf.Latest
	value, err := w.numberCell(kf.Indicator, f.Value, false)
	if err != nil {
		return err
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
			return err
		}
		put(9, ch.From.Year())
		put(10, abs)
		if ch.HasPercent {
			style, err := w.st.numbers.percent(ch.Bound)
			if err != nil {
				return err
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
			return err
		}
		put(12, w.b.CountryName(m.Reporter))
		put(13, mv)
		put(14, indent(m.Record.ID))
		put(15, words.Citations(m.Sources))
	}
	for i, cf := range kf.Conflicts {
		cv, err := w.numberCell(cf.Indicator, cf.Value, false)
		if err != nil {
			return err
		}
		if i > 0 {
			s.add(row...)
			row = make([]any, len(keyFigureHeaders))
			put(0, w.b.IndicatorName(kf.Indicator))
			put(1, w.b.CountryName(kf.Reporter))
		}
		put(16, cv)
		put(17, indent(cf.Record.ID))
		put(18, words.Citations(cf.Sources))
	}
	s.add(row...)
	return nil
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
			s.add(excelize.Cell{StyleID: w.st.wrap, Value: m.Text}, words.Citations(m.Sources))
		}
		s.blank()
	}
	if len(w.b.DatesAhead) > 0 {
		s.add(excelize.Cell{StyleID: w.st.title, Value: w.t("pdf.ahead.heading")})
		const listed = 50 // a large dataset can announce thousands; the Records sheet has them
		for _, a := range w.b.DatesAhead[:min(len(w.b.DatesAhead), listed)] {
			text := words.Day(w.b.Lang(), a.Day) + " — " + a.Text
			s.add(excelize.Cell{StyleID: w.st.wrap, Value: text}, words.Citations(a.Sources))
		}
		if more := len(w.b.DatesAhead) - listed; more > 0 {
			s.add(w.b.Lang().N("xlsx.ahead.more", more, w.sheet(SheetRecords)))
		}
		s.blank()
	}
}

// stringOr returns a cell's text, "" for none.
func stringOr(v any) string {
	s, _ := v.(string)
	return s
}
