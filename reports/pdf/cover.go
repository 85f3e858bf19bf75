package pdf

import (
	"fmt"
	"strings"

	"attache/reports"
)

// cover draws the first block: what the document is, what it covers, and which data and
// program made it, so that a reader can reproduce or question it.
func (r *renderer) cover() {
	c := r.b.Cover
	width := r.right - r.left
	r.y += 4
	r.drawLine(r.left, r.y+ascent(metaLabelStyle.size), r.ts.line("BILATERAL RELATIONS BRIEFING", &metaLabelStyle))
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
	r.f.Bookmark("Cover", 0, r.top)

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
	sectors := "All " + plural(len(c.Sectors), "sector", "sectors")
	if !c.AllSectors {
		names := make([]string, len(c.Sectors))
		for i, s := range c.Sectors {
			names[i] = s.Name
		}
		sectors = strings.Join(names, "; ")
		if sectors == "" {
			sectors = "none"
		}
	}
	kinds := "All kinds"
	if len(c.Kinds) > 0 {
		names := make([]string, len(c.Kinds))
		for i, k := range c.Kinds {
			names[i] = strings.ToLower(reports.KindName(k)) + "s"
		}
		kinds = capitalize(strings.Join(names, ", "))
	}
	rows := [][2]string{
		{"Sectors", sectors},
		{"Period", c.PeriodText()},
		{"Record kinds", kinds},
	}
	if c.Text != "" {
		rows = append(rows, [2]string{"Search text", "“" + c.Text + "”"})
	}
	rows = append(rows,
		[2]string{"Contents", plural(c.RecordCount, "record", "records") + " citing " + plural(c.SourceCount, "source", "sources")},
		[2]string{"Dataset", datasetLine(c)},
		[2]string{"Dataset SHA-256", orDash(c.Dataset.SHA256)},
		[2]string{"Generated", generatedLine(c)},
	)
	if c.PreparedBy != "" {
		rows = append(rows, [2]string{"Prepared by", c.PreparedBy})
	}
	if c.Classification != "" {
		rows = append(rows, [2]string{"Classification", c.Classification})
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

func datasetLine(c reports.Cover) string {
	var id []string
	if c.Dataset.ID != "" {
		id = append(id, "id "+c.Dataset.ID)
	}
	if c.Dataset.Version != "" {
		id = append(id, "version "+c.Dataset.Version)
	}
	switch {
	case len(id) == 0:
		return orDash(c.DatasetTitle)
	case c.DatasetTitle == "":
		return strings.Join(id, ", ")
	}
	return c.DatasetTitle + " (" + strings.Join(id, ", ") + ")"
}

func generatedLine(c reports.Cover) string {
	s := c.Generated.Format("2 January 2006")
	app := "Attaché"
	if c.AppVersion != "" {
		app += " " + c.AppVersion
	}
	return s + " by " + app
}

// metaRow draws a label and its wrapped value.
func (r *renderer) metaRow(label, value string) {
	const labelW = 104
	lines := r.ts.wrap(value, &metaStyle, r.right-r.left-labelW)
	r.need(linesHeight(len(lines), metaLeading))
	r.drawLine(r.left, r.y+ascent(metaStyle.size), r.ts.line(label, &metaLabelStyle))
	for _, l := range lines {
		r.drawLine(r.left+labelW, r.y+ascent(metaStyle.size), l)
		r.y += metaLeading
	}
	r.y += 1.5
}

// nothingMatched explains an empty briefing: what was asked, what a match needs, and what
// to change.
func (r *renderer) nothingMatched() {
	c := r.b.Cover
	r.y += 14
	r.f.Bookmark("Nothing matched", 0, r.y)
	width := r.right - r.left
	r.drawLine(r.left, r.y+ascent(alertStyle.size), r.ts.line("Nothing matched this selection", &alertStyle))
	r.y += 20
	var why []string
	why = append(why, fmt.Sprintf("No record of the dataset falls in the period %s", c.PeriodText()))
	if !c.AllSectors {
		why = append(why, "in the selected sectors")
	}
	if len(c.Kinds) > 0 {
		why = append(why, "among the selected kinds of record")
	}
	if c.Text != "" {
		why = append(why, "with the search text “"+c.Text+"”")
	}
	text := strings.Join(why, ", ") + ". A record matches when one of its sectors is selected and the period it " +
		"covers overlaps the chosen range" + kindTextClause(c) + "."
	r.paragraph([]span{{text, &bodyStyle}}, r.left, width, bodyLeading)
	r.y += 6
	advice := "To get a briefing, widen the period, select more sectors"
	if len(c.Kinds) > 0 || c.Text != "" {
		advice += ", or clear the kind and search filters"
	}
	advice += ". The list of sectors and the years the dataset covers are shown in the application and by " +
		"“attache-cli list sectors”."
	r.paragraph([]span{{advice, &bodyStyle}}, r.left, width, bodyLeading)
}

func kindTextClause(c reports.Cover) string {
	var parts []string
	if len(c.Kinds) > 0 {
		parts = append(parts, " and its kind is selected")
	}
	if c.Text != "" {
		parts = append(parts, " and its id, title or summary contains the search text")
	}
	return strings.Join(parts, "")
}
