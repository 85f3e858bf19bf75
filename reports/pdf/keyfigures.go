package pdf

import (
	"strconv"

	"attache/reports"
	"attache/reports/dataset"
)

// keyFigures draws the latest value of each indicator as each reporter states it, with its
// change over the range and, side by side, the figures that disagree with it.
func (r *renderer) keyFigures() {
	kfs := r.b.KeyFigures
	if len(kfs) == 0 {
		return
	}
	heading := r.t("pdf.keyfig.heading")
	r.heading(heading, 0)
	r.lead([]span{{r.t("pdf.keyfig.lead"), &smallGrey}}, 6)
	t := r.newTable(heading, []column{
		{title: r.t("pdf.keyfig.indicator"), width: 112},
		{title: r.t("pdf.keyfig.reported_by"), width: 70},
		{title: r.t("pdf.keyfig.latest"), width: 106},
		{title: r.t("pdf.keyfig.change"), width: 82},
		{title: r.t("pdf.keyfig.different")},
	})
	for _, kf := range kfs {
		reporter := "—"
		if kf.Reporter != "" {
			reporter = r.b.CountryName(kf.Reporter)
		}
		t.row(
			[]span{{kf.Indicator.Name, &smallBoldStyle}, {"\n" + kf.Indicator.Unit, &smallGrey}},
			cell(reporter, &smallStyle),
			r.latestCell(kf.Latest),
			r.changeCell(kf.Change),
			r.otherFiguresCell(kf),
		)
		r.progress.step(1)
	}
	t.end()
}

// latestCell writes a figure with its period and footnote: "about 474 USD million (2019)".
func (r *renderer) latestCell(f reports.Figure) []span {
	spans := []span{{f.Text(), &smallBoldStyle}}
	spans = refs(spans, f.Sources)
	spans = append(spans, span{"\n" + r.figurePeriod(f), &smallGrey})
	if f.Record.Derived != nil {
		spans = append(spans, span{" · " + r.t("word.derived"), &smallFlag})
	}
	return spans
}

// figurePeriod says when a figure applies: its year, or its period when not a whole year.
func (r *renderer) figurePeriod(f reports.Figure) string {
	if f.Partial && f.Indicator != nil && f.Indicator.Kind == dataset.Flow {
		return r.recordDate(f.Record) + " (" + r.t("pdf.keyfig.part_of_year") + ")"
	}
	if f.Partial { // a stock or a count at a date
		return r.recordDate(f.Record)
	}
	s := r.l.Year(f.Year())
	if f.Record.DateInferred {
		s += " (" + r.t("pdf.date_inferred") + ")"
	}
	return s
}

func (r *renderer) changeCell(c *reports.Change) []span {
	if c == nil {
		return cell("—", &smallGrey)
	}
	s := r.signed(c.Absolute)
	if c.HasPercent {
		s += " (" + r.signed(roundTo(c.Percent, 1)) + "%)"
	}
	spans := []span{{s, &smallStyle}}
	spans = append(spans, span{"\n" + r.t("pdf.keyfig.since", r.l.Year(c.From.Year()), c.From.Text()), &smallGrey})
	return refs(spans, c.From.Sources)
}

// otherFiguresCell lists conflicting figures and the partner's mirror figure.
func (r *renderer) otherFiguresCell(kf reports.KeyFigure) []span {
	var spans []span
	shown := shownConflicts(kf)
	for _, f := range shown {
		if len(spans) > 0 {
			spans = append(spans, span{"\n", &smallStyle})
		}
		spans = append(spans, span{r.t("pdf.keyfig.conflicting") + " ", &smallFlag}, span{f.Text() + " (" + r.recordDate(f.Record) + ")", &smallStyle})
		spans = refs(spans, f.Sources)
	}
	if more := len(kf.Conflicts) - len(shown); more > 0 {
		spans = append(spans, span{"\n" + r.n("pdf.keyfig.more_conflicts", more, r.sheet("briefing")), &smallFlag})
	}
	if m := kf.Mirror; m != nil {
		if len(spans) > 0 {
			spans = append(spans, span{"\n", &smallStyle})
		}
		who := r.b.CountryName(m.Reporter)
		spans = append(spans, span{r.t("pdf.keyfig.mirror") + " ", &smallFlag},
			span{r.t("pdf.keyfig.mirror_text", who, m.Text(), m.Indicator.Name, r.figurePeriod(*m)), &smallStyle})
		spans = refs(spans, m.Sources)
	}
	if len(spans) == 0 {
		return cell("—", &smallGrey)
	}
	return spans
}

// roundTo rounds v to n decimals.
func roundTo(v float64, n int) float64 {
	s := strconv.FormatFloat(v, 'f', n, 64)
	out, _ := strconv.ParseFloat(s, 64)
	return out
}
