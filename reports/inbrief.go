package reports

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"attache/reports/dataset"
	"attache/reports/words"
)

// What a busy reader reads first: "In brief", "Recent developments" and "Dates ahead". Every
// message is built by a rule from what the briefing already holds, states only sourced facts
// with their citation numbers, and never hides a conflict: the rules of the key figures
// (no change from a bound, a caveated base or a conflict) hold here too. The message keys
// are brief.* and ahead.* in reports/i18n/messages/<lang>/brief.json.

// The rules' limits.
const (
	briefContacts = 3 // the most recent high-level contacts named
	briefSectors  = 3 // the sectors with most items named, one clause each
	briefFigures  = 2 // the figures of one topic stated (investment, presence)
	recentMonths  = 24
	aheadMonths   = 12
	// wideDifference is the ratio between the two sides' figures for the same year from
	// which "In brief" says that they differ widely.
	wideDifference = 1.5
)

// buildBrief writes "In brief", "Recent developments" and "Dates ahead". It runs after the
// notes: it reads the key figures, series, sections and notes, and may cite the records of
// the relationship's milestones, which a selection of other sectors or years leaves out.
func (b *builder) buildBrief() {
	add := func(topic Topic, sentences []string, sources []int) {
		if len(sentences) == 0 {
			return
		}
		slices.Sort(sources)
		b.InBrief = append(b.InBrief, Message{Topic: topic, Text: strings.Join(sentences, " "), Sources: slices.Compact(sources)})
	}
	add(b.relationshipMessage())
	add(b.tradeMessage())
	add(b.figuresMessage(TopicInvestment, dataset.TopicInvestment))
	add(b.figuresMessage(TopicInvestment, dataset.TopicPresence))
	add(b.contactsMessage())
	add(b.sectorsMessage())
	add(b.limitsMessage())
	b.Recent = b.recentItems()
	b.DatesAhead = b.datesAhead()
}

// titled writes a record for a list in a sentence: “title” (date).
func (b *builder) titled(r *dataset.Record) string {
	return b.Lang().T("brief.titled", b.RecordTitle(r), words.Date(b.Lang(), r.Date))
}

// milestones returns the indexes in d.Records of the records of a milestone that happened
// by the end of the briefing's range, oldest first.
func (b *builder) milestones(kind string) []int {
	var at []int
	for i := range b.d.Records {
		if r := &b.d.Records[i]; r.Milestone == kind {
			if first, _ := r.Period(); first <= b.Cover.LastDay {
				at = append(at, i)
			}
		}
	}
	slices.SortStableFunc(at, func(x, y int) int {
		fx, _ := b.d.Records[x].Period()
		fy, _ := b.d.Records[y].Period()
		return cmp.Compare(fx, fy)
	})
	return at
}

// relationshipMessage states since when the pair has had relations and embassies, and the
// agreements the selection holds with the latest of them.
func (b *builder) relationshipMessage() (Topic, []string, []int) {
	l := b.Lang()
	var sentences []string
	var sources []int
	if rel := b.milestones(dataset.MilestoneRelations); len(rel) > 0 {
		r := &b.d.Records[rel[0]]
		sources = append(sources, b.cite(rel[0])...)
		s := l.T("brief.relations", words.Date(l, r.Date))
		if emb := b.milestones(dataset.MilestoneEmbassy); len(emb) > 0 {
			var list []string
			for _, i := range emb {
				list = append(list, b.titled(&b.d.Records[i]))
				sources = append(sources, b.cite(i)...)
			}
			s = l.T("brief.relations.embassies", s, strings.Join(list, l.T("brief.separator")))
		}
		sentences = append(sentences, l.T("brief.sentence", s))
	}
	var latest *Item
	count := 0
	for i := range b.Timeline {
		if it := &b.Timeline[i]; it.Record.Kind == dataset.Agreement {
			count++
			latest = it
		}
	}
	if latest != nil {
		sentences = append(sentences, l.N("brief.agreements", count, b.titled(latest.Record)))
		sources = append(sources, latest.Sources...)
	}
	return TopicRelationship, sentences, sources
}

// yearValue is one whole-year value of a series, as "In brief" states it.
type yearValue struct {
	series Series
	point  Point
}

// tradeMessage states, for each side, the latest whole-year trade figure it reports, with
// its change from the earliest comparable year of the range, and says so when the two
// sides' figures for the same year differ widely.
func (b *builder) tradeMessage() (Topic, []string, []int) {
	l := b.Lang()
	latest := map[string]yearValue{} // by reporter
	var reporters []string
	for _, s := range b.Series {
		if s.Indicator.Topic != dataset.TopicTrade || len(s.Points) == 0 {
			continue
		}
		p := s.Points[len(s.Points)-1]
		cur, ok := latest[s.Reporter]
		if !ok {
			reporters = append(reporters, s.Reporter)
		}
		// The latest year wins; in the same year, a stated value before a derived one.
		if !ok || p.Year > cur.point.Year || (p.Year == cur.point.Year && cur.point.Figure.Record.Derived != nil && p.Figure.Record.Derived == nil) {
			latest[s.Reporter] = yearValue{s, p}
		}
	}
	if len(reporters) == 0 {
		return TopicTrade, nil, nil
	}
	if len(reporters) > 1 { // a figure no side reports only when no side's is there
		reporters = slices.DeleteFunc(reporters, func(r string) bool { return r == "" })
	}
	var parts []string
	var sources []int
	for _, rep := range reporters {
		v := latest[rep]
		f := v.point.Figure
		part := l.T("brief.trade.value", b.FigureText(f), l.Year(v.point.Year))
		if stale(f.Record, b.asOf) {
			part = l.T("brief.latest_available", part)
		}
		if ch := b.yearChange(v); ch != "" {
			part = l.T("brief.with_change", part, ch)
		}
		if rep != "" {
			part = l.T("brief.trade.reported", part, b.CountryName(rep))
		}
		part += b.othersClause(v.point, &sources)
		if c := b.Caveat(f.Record); c != "" {
			part = l.T("brief.with_caveat", part, c)
		}
		parts = append(parts, part)
		sources = append(sources, f.Sources...)
	}
	sentences := []string{l.T("brief.trade", strings.Join(parts, l.T("brief.separator")))}
	if s, cited := b.tradeDifference(); s != "" {
		sentences = append(sentences, s)
		sources = append(sources, cited...)
	}
	return TopicTrade, sentences, sources
}

// othersClause names the other values of a point's year, adding their sources.
func (b *builder) othersClause(p Point, sources *[]int) string {
	if len(p.Others) == 0 {
		return ""
	}
	var values []string
	for _, o := range p.Others {
		values = append(values, b.FigureText(o))
		*sources = append(*sources, o.Sources...)
	}
	return " " + b.Lang().T("brief.also_stated", strings.Join(values, b.Lang().T("brief.separator")))
}

// yearChange writes the change of a series' latest value from its earliest comparable year
// in range ("+12.5% on 2017"), or "" when no year compares: the latest and the base must be
// exact or approximate, free of caveats and of conflicting values, the base stated or
// derived as the latest is (see comparableDerivation), and above 1% of the latest value.
func (b *builder) yearChange(v yearValue) string {
	comparable := func(p Point) bool {
		q := p.Figure.Qualifier
		return (q == dataset.Exact || q == dataset.Approx) && len(p.Others) == 0 && p.Figure.Record.Caveat == ""
	}
	lg, last := b.Lang(), v.point
	if !comparable(last) {
		return ""
	}
	for _, p := range v.series.Points {
		if p.Year >= last.Year {
			break
		}
		if !comparable(p) || !comparableDerivation(p.Figure.Record, last.Figure.Record) {
			continue
		}
		change, ok := percentOf(last.Figure.Value, p.Figure.Value)
		if !ok {
			return ""
		}
		pct := lg.Percent(math.Round(change*10) / 10)
		if change >= 0 {
			pct = "+" + pct
		}
		if p.Figure.Qualifier == dataset.Approx || last.Figure.Qualifier == dataset.Approx {
			pct = lg.T("value.qualified", words.Qualifier(lg, dataset.Approx), pct)
		}
		return lg.T("brief.change_on", pct, lg.Year(p.Year))
	}
	return ""
}

// tradeDifference says when the two sides' trade figures for the latest year both report
// differ widely, the higher at least wideDifference times the lower.
func (b *builder) tradeDifference() (string, []int) {
	bySide := map[string]Series{}
	for _, s := range b.Series {
		if s.Indicator.Topic == dataset.TopicTrade && s.Indicator.Headline && s.Reporter != "" {
			bySide[s.Reporter] = s
		}
	}
	if len(b.Cover.Countries) != 2 {
		return "", nil
	}
	a, c := bySide[b.Cover.Countries[0].Code], bySide[b.Cover.Countries[1].Code]
	if a.Indicator == nil || c.Indicator == nil {
		return "", nil
	}
	for i := len(a.Points) - 1; i >= 0; i-- {
		pa := a.Points[i]
		j := slices.IndexFunc(c.Points, func(p Point) bool { return p.Year == pa.Year })
		if j < 0 {
			continue
		}
		pc := c.Points[j]
		lo, hi := min(pa.Figure.Value, pc.Figure.Value), max(pa.Figure.Value, pc.Figure.Value)
		if lo <= 0 || hi/lo < wideDifference {
			return "", nil
		}
		s := b.Lang().T("brief.trade.differ", b.Lang().Year(pa.Year),
			b.FigureText(pa.Figure), b.CountryName(a.Reporter), b.FigureText(pc.Figure), b.CountryName(c.Reporter))
		return s, slices.Concat(pa.Figure.Sources, pc.Figure.Sources)
	}
	return "", nil
}

// figuresMessage states the latest value of the key figures of one indicator topic, the
// conflicting values beside it, and when it is stale.
func (b *builder) figuresMessage(topic Topic, indicatorTopic string) (Topic, []string, []int) {
	l := b.Lang()
	var sentences []string
	var sources []int
	for _, kf := range b.KeyFigures {
		if kf.Indicator.Topic != indicatorTopic || len(sentences) == briefFigures {
			continue
		}
		f := kf.Latest
		value := l.T("brief.value_on", b.FigureText(f), words.Date(l, f.Record.Date))
		if kf.Stale {
			value = l.T("brief.latest_available", value)
		}
		name := b.IndicatorName(kf.Indicator)
		if kf.Reporter != "" {
			name = l.T("brief.name_reported", name, b.CountryName(kf.Reporter))
		}
		sources = append(sources, f.Sources...)
		if len(kf.Conflicts) == 0 {
			sentences = append(sentences, l.T("brief.figure", name, value))
			continue
		}
		var others []string
		for _, c := range kf.Conflicts {
			others = append(others, l.T("brief.value_on", b.FigureText(c), words.Date(l, c.Record.Date)))
			sources = append(sources, c.Sources...)
		}
		sentences = append(sentences, l.T("brief.figure.conflict", name, value, strings.Join(others, l.T("brief.separator"))))
	}
	return topic, sentences, sources
}

// contactsMessage names the most recent high-level contacts of the selection, newest first.
func (b *builder) contactsMessage() (Topic, []string, []int) {
	var list []string
	var sources []int
	for i := len(b.Timeline) - 1; i >= 0 && len(list) < briefContacts; i-- {
		if it := &b.Timeline[i]; it.Record.Milestone == dataset.MilestoneVisit {
			list = append(list, b.titled(it.Record))
			sources = append(sources, it.Sources...)
		}
	}
	if len(list) == 0 {
		return TopicContacts, nil, nil
	}
	return TopicContacts, []string{b.Lang().T("brief.contacts", strings.Join(list, b.Lang().T("brief.separator")))}, sources
}

// sectorsMessage gives, for the selected sectors with the most items, how many items each
// has and its latest one.
func (b *builder) sectorsMessage() (Topic, []string, []int) {
	l := b.Lang()
	sections := slices.Clone(b.Sections)
	slices.SortStableFunc(sections, func(x, y Section) int { return len(y.Items) - len(x.Items) })
	var clauses []string
	var sources []int
	for _, s := range sections[:min(len(sections), briefSectors)] {
		last := s.Items[len(s.Items)-1]
		clauses = append(clauses, l.N("brief.sector", len(s.Items), b.SectorName(s.Sector.ID), b.titled(last.Record)))
		sources = append(sources, last.Sources...)
	}
	if len(clauses) == 0 {
		return TopicSector, nil, nil
	}
	sentences := []string{l.T("brief.sectors", strings.Join(clauses, l.T("brief.separator")))}
	if more := len(sections) - len(clauses); more > 0 {
		sentences = append(sentences, l.N("brief.sectors.more", more))
	}
	return TopicSector, sentences, sources
}

// limitsMessage says what the briefing cannot say: stale figures, years without data, the
// part of the dataset the selection leaves out, texts not in the chosen language; the first
// two that apply.
func (b *builder) limitsMessage() (Topic, []string, []int) {
	l := b.Lang()
	var sentences []string
	stale, oldest := 0, 0
	for _, kf := range b.KeyFigures {
		if kf.Stale {
			stale++
			if y := kf.Latest.Year(); oldest == 0 || y < oldest {
				oldest = y
			}
		}
	}
	if stale > 0 {
		sentences = append(sentences, l.N("brief.limits.stale", stale, l.Int(len(b.KeyFigures)), l.Year(oldest)))
	}
	for _, n := range b.Notes {
		if n.Kind == NoteGap {
			sentences = append(sentences, l.T("brief.limits.gaps"))
			break
		}
	}
	if c := b.Cover; !c.AllSectors && len(c.Sectors) > 0 {
		sentences = append(sentences, l.T("brief.limits.sectors", l.Int(len(c.Sectors)), l.Int(len(b.d.Sectors))))
	}
	if n := b.Cover.Untranslated; n > 0 {
		sentences = append(sentences, l.N("cover.untranslated", n))
	}
	if len(b.Records) == 0 {
		sentences = []string{l.T("brief.limits.nothing")}
	}
	return TopicLimits, sentences[:min(len(sentences), 2)], nil
}

// recentItems orders the items of the last recentMonths months of the range, which the
// timeline's pass gathered in b.Recent, newest first.
func (b *builder) recentItems() []*Item {
	out := b.Recent
	slices.Reverse(out)
	slices.SortStableFunc(out, func(x, y *Item) int {
		xf, xl := x.Record.Period()
		yf, yl := y.Record.Period()
		return cmp.Or(cmp.Compare(yl, xl), cmp.Compare(yf, xf))
	})
	return out
}

// datesAhead returns the dates of the aheadMonths months after the briefing's date: every
// fifth anniversary of diplomatic relations, an embassy's opening or an agreement of the
// selection (dated to the day), and the records of the selected sectors dated in that time.
func (b *builder) datesAhead() []DateAhead {
	l := b.Lang()
	from := dataset.DayOfTime(b.asOf)
	until := dataset.DayOfTime(b.asOf.AddDate(0, aheadMonths, 0))
	selected := make([]bool, len(b.d.Records)) // the selection's agreements
	for _, i := range b.at {
		selected[i] = b.d.Records[i].Kind == dataset.Agreement
	}
	var out []DateAhead
	for i := range b.d.Records {
		r := &b.d.Records[i]
		anniversary := r.Milestone == dataset.MilestoneRelations || r.Milestone == dataset.MilestoneEmbassy || selected[i]
		if r.Date.Y < b.asOf.Year() && !anniversary {
			continue // neither an anniversary nor dated after the briefing
		}
		if first, _ := r.Period(); first > from && first <= until && slices.ContainsFunc(r.Sectors, b.sel.KeepsSector) {
			out = append(out, DateAhead{Day: first, Record: r, Sources: b.cite(i), Text: l.T("ahead.scheduled", b.RecordTitle(r))})
			continue
		}
		if !anniversary || r.Date.Precision != dataset.DayPrecision {
			continue
		}
		for _, y := range []int{b.asOf.Year(), b.asOf.Year() + 1} {
			day := r.Date.In(y)
			years := y - r.Date.Y
			if years <= 0 || years%5 != 0 || day <= from || day > until {
				continue
			}
			key := "ahead.anniversary"
			if r.Milestone == dataset.MilestoneRelations {
				key = "ahead.anniversary.relations"
			}
			out = append(out, DateAhead{Day: day, Record: r, Years: years, Sources: b.cite(i),
				Text: l.T(key, words.Ordinal(l, years), b.RecordTitle(r))})
		}
	}
	slices.SortStableFunc(out, func(x, y DateAhead) int { return cmp.Compare(x.Day, y.Day) })
	return out
}
