package pdf

import (
	"attache/reports"
	"attache/reports/dataset"
)

// keyFigures draws the latest value of each indicator as each reporter states it, with its
// change over the range and, side by side, the figures that disagree with it.
func (r *renderer) keyFigures() {
	kfs := r.plan.keyFigures
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
			[]span{{r.b.IndicatorName(kf.Indicator), &smallBoldStyle}, {"\n" + r.b.Unit(kf.Indicator), &smallGrey}},
			cell(reporter, &smallStyle),
			r.latestCell(kf),
			r.changeCell(kf),
			r.otherFiguresCell(kf),
		)
		r.progress.step(1)
	}
	t.end()
}

// latestCell writes a key figure's value with its period and footnote, "about 474 USD
// million (2019)", and says when it is stale and what caveat it carries.
func (r *renderer) latestCell(kf reports.KeyFigure) []span {
	f := kf.Latest
	spans := []span{{r.b.FigureText(f), &smallBoldStyle}}
	spans = refs(spans, f.Sources)
	spans = append(spans, span{"\n" + r.figurePeriod(f), &smallGrey})
	if f.Record.Derived != nil {
		spans = append(spans, span{" · " + r.t("word.derived"), &smallFlag})
	}
	if kf.Stale {
		spans = append(spans, span{"\n" + r.t("figures.stale", r.l.Year(f.Year())), &smallFlag})
	}
	if c := r.b.Caveat(f.Record); c != "" {
		spans = append(spans, span{"\n" + r.t("figures.caveat", c), &smallFlag})
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

// changeCell writes a key figure's change with its bound ("at least +37"), its percentage or
// why there is none ("n.m."), and its base; or why no change is shown.
func (r *renderer) changeCell(kf reports.KeyFigure) []span {
	c := kf.Change
	if c == nil {
		if kf.NoChange != "" {
			return cell(r.t("why."+string(kf.NoChange)), &smallGrey)
		}
		return cell("—", &smallGrey)
	}
	spans := []span{{reports.ChangeText(r.l, c), &smallStyle}}
	if !c.HasPercent {
		spans = append(spans, span{"\n" + r.t("why."+string(c.NoPercent)), &smallGrey})
	}
	spans = append(spans, span{"\n" + r.t("pdf.keyfig.since", r.l.Year(c.From.Year()), r.b.FigureText(c.From)), &smallGrey})
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
		spans = append(spans, span{r.t("pdf.keyfig.conflicting") + " ", &smallFlag}, span{r.b.FigureText(f) + " (" + r.recordDate(f.Record) + ")", &smallStyle})
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
			span{r.t("pdf.keyfig.mirror_text", who, r.b.FigureText(*m), r.b.IndicatorName(m.Indicator), r.figurePeriod(*m)), &smallStyle})
		spans = refs(spans, m.Sources)
	}
	if len(spans) == 0 {
		return cell("—", &smallGrey)
	}
	return spans
}
