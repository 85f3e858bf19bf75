package pdf

import (
	"strings"

	"attache/reports"
)

// cover draws the first block: what the document is, what it covers, and which data and
// program made it, so that a reader can reproduce or question it.
func (r *renderer) cover() {
	c := r.b.Cover
	width := r.right - r.left
	r.y += 4
	r.drawLine(r.left, r.y+ascent(metaLabelStyle.size), r.ts.line(r.t("pdf.cover.kicker"), &metaLabelStyle))
	r.y += 16
	for _, l := range r.ts.wrap(c.Title, &titleStyle, width) {
		r.drawLine(r.left, r.y+ascent(titleStyle.size), l)
		r.y += titleStyle.size * 1.18
	}
	r.y += 4
	r.drawLine(r.left, r.y+ascent(subtitleStyle.size), r.ts.line(c.PairText()+" · "+c.PeriodText(), &subtitleStyle))
	r.y += subtitleStyle.size*1.3 + 6
	r.f.SetDrawColor(navyColor.r, navyColor.g, navyColor.b)
	r.f.SetLineWidth(1.6)
	r.f.Line(r.left, r.y, r.right, r.y)
	r.y += 10
	r.f.Bookmark(r.t("pdf.bookmark.cover"), 0, r.top)

	for _, row := range r.coverRows() {
		r.metaRow(row[0], row[1])
	}
	r.y += 4
	r.rule(ruleColor, 0.6)
	r.y += 6
	r.progress.step(1)
	if r.b.Empty() {
		r.nothingMatched()
	}
}

// coverRows are the label–value pairs of the cover block.
func (r *renderer) coverRows() [][2]string {
	c := r.b.Cover
	rows := [][2]string{
		{r.t("pdf.cover.sectors"), c.SectorsText()},
		{r.t("pdf.cover.period"), c.PeriodText()},
		{r.t("pdf.cover.kinds"), c.KindsText()},
	}
	if c.Text != "" {
		rows = append(rows, [2]string{r.t("pdf.cover.search"), r.t("pdf.quoted", c.Text)})
	}
	if c.Untranslated > 0 {
		rows = append(rows, [2]string{r.t("cover.language"), r.n("cover.untranslated", c.Untranslated)})
	}
	contents := r.t("pdf.cover.contents_text",
		r.n("pdf.cover.records", c.RecordCount), r.n("pdf.cover.sources", c.SourceCount))
	rows = append(rows,
		[2]string{r.t("pdf.cover.contents"), contents},
		[2]string{r.t("pdf.cover.dataset"), r.datasetLine(c)},
		[2]string{r.t("pdf.cover.dataset_sha"), orDash(c.Dataset.SHA256)},
		[2]string{r.t("pdf.cover.generated"), r.generatedLine(c)},
	)
	if c.PreparedBy != "" {
		rows = append(rows, [2]string{r.t("pdf.cover.prepared_by"), c.PreparedBy})
	}
	if c.Classification != "" {
		rows = append(rows, [2]string{r.t("pdf.cover.classification"), c.Classification})
	}
	return rows
}

// orDash stands a dash in for an empty value.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (r *renderer) datasetLine(c reports.Cover) string {
	var id []string
	if c.Dataset.ID != "" {
		id = append(id, r.t("pdf.cover.dataset_id", c.Dataset.ID))
	}
	if c.Dataset.Version != "" {
		id = append(id, r.t("pdf.cover.dataset_version", c.Dataset.Version))
	}
	switch {
	case len(id) == 0:
		return orDash(c.DatasetTitle)
	case c.DatasetTitle == "":
		return strings.Join(id, ", ")
	}
	return c.DatasetTitle + " (" + strings.Join(id, ", ") + ")"
}

func (r *renderer) generatedLine(c reports.Cover) string {
	app := "Attaché"
	if c.AppVersion != "" {
		app += " " + c.AppVersion
	}
	return r.t("pdf.cover.generated_by", r.generatedDate(), app)
}

// generatedDate writes the day the document was generated: "31 January 2026".
func (r *renderer) generatedDate() string {
	g := r.b.Cover.Generated
	return r.l.Day(g.Year(), int(g.Month()), g.Day())
}

// metaRow draws a label and its wrapped value.
func (r *renderer) metaRow(label, value string) {
	const labelW = 104
	lines := r.ts.wrap(value, &metaStyle, r.right-r.left-labelW)
	labels := r.ts.wrap(label, &metaLabelStyle, labelW-6) // a long label (Azerbaijani) wraps
	r.need(linesHeight(max(len(lines), len(labels)), metaLeading))
	for i, l := range labels {
		r.drawLine(r.left, r.y+float64(i)*metaLeading+ascent(metaStyle.size), l)
	}
	for _, l := range lines {
		r.drawLine(r.left+labelW, r.y+ascent(metaStyle.size), l)
		r.y += metaLeading
	}
	r.y += float64(max(0, len(labels)-len(lines)))*metaLeading + 1.5
}

// nothingMatched explains an empty briefing: what was asked, what a match needs, and what
// to change.
func (r *renderer) nothingMatched() {
	c := r.b.Cover
	r.y += 14
	r.f.Bookmark(r.t("pdf.empty.bookmark"), 0, r.y)
	width := r.right - r.left
	r.drawLine(r.left, r.y+ascent(alertStyle.size), r.ts.line(r.t("pdf.empty.heading"), &alertStyle))
	r.y += 20
	var why []string
	if !c.AllSectors {
		why = append(why, r.t("pdf.empty.condition.sectors"))
	}
	if len(c.Kinds) > 0 {
		why = append(why, r.t("pdf.empty.condition.kinds"))
	}
	if c.Text != "" {
		why = append(why, r.t("pdf.empty.condition.text", c.Text))
	}
	conditions := ""
	if len(why) > 0 {
		conditions = r.t("pdf.empty.conditions", strings.Join(why, r.t("pdf.empty.condition_separator")))
	}
	text := r.t("pdf.empty.no_record", c.PeriodText(), conditions) + " " + r.t("pdf.empty.rule", r.ruleClauses(c))
	r.paragraph([]span{{text, &bodyStyle}}, r.left, width, bodyLeading)
	r.y += 6
	filters := ""
	if len(c.Kinds) > 0 || c.Text != "" {
		filters = r.t("pdf.empty.advice.filters")
	}
	r.paragraph([]span{{r.t("pdf.empty.advice", filters), &bodyStyle}}, r.left, width, bodyLeading)
}

// ruleClauses are the conditions a match must also meet when kinds or a search text were
// chosen, as the sentence on what matches adds them.
func (r *renderer) ruleClauses(c reports.Cover) string {
	var parts []string
	if len(c.Kinds) > 0 {
		parts = append(parts, r.t("pdf.empty.rule.kinds"))
	}
	if c.Text != "" {
		parts = append(parts, r.t("pdf.empty.rule.text"))
	}
	return strings.Join(parts, "")
}
