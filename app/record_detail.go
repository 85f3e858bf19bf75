package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"attache/reports/dataset"
	"attache/reports/words"
)

// recordDetail shows the record picked in the table in full, with every source it cites.
type recordDetail struct {
	title *widget.Label
	body  *widget.Label
}

func (d *recordDetail) buildUI() fyne.CanvasObject {
	d.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	d.body = &widget.Label{Wrapping: fyne.TextWrapWord, Selectable: true}
	d.clear()
	return container.NewVScroll(container.NewVBox(d.title, d.body))
}

func (d *recordDetail) clear() {
	d.title.SetText(lang.X("detail.empty", "Pick a record in the table to see its summary and sources."))
	d.body.SetText("")
}

// show writes out r, with its sources numbered as the briefing cites them when citations
// is not nil.
func (d *recordDetail) show(n *recordNames, citations map[string]int, r *dataset.Record) {
	if r == nil {
		d.clear()
		return
	}
	d.title.SetText(n.title(r))
	d.body.SetText(detailText(n, citations, r))
}

// showText shows a text that is not a record's, such as a key figure card in full.
func (d *recordDetail) showText(title, text string) {
	d.title.SetText(title)
	d.body.SetText(text)
}

// detailText is the record's facts, summary and sources, one per line.
func detailText(n *recordNames, citations map[string]int, r *dataset.Record) string {
	var lines []string
	facts := []string{r.ID, words.Kind(n.lang, r.Kind, 1), cellText(n, nil, r, colDate)}
	if r.DateInferred {
		facts = append(facts, lang.X("detail.date.inferred", "date inferred"))
	}
	facts = append(facts, cellText(n, nil, r, colSectors))
	lines = append(lines, strings.Join(facts, " · "))
	if v := valueText(n, r); v != "" {
		if r.Reporter != "" {
			v = lang.X("detail.reported.by", "{{.Value}}, as reported by {{.Reporter}}",
				map[string]any{"Value": v, "Reporter": n.country(r.Reporter)})
		}
		lines = append(lines, v)
	}
	if r.Derived != nil {
		lines = append(lines, lang.X("detail.derived", "Derived: {{.Method}} (from {{.From}})",
			map[string]any{"Method": r.Derived.Method, "From": strings.Join(r.Derived.From, ", ")}))
	}
	if len(r.Conflicts) > 0 {
		lines = append(lines, lang.X("detail.conflicts", "Stated differently by: {{.Records}}", map[string]any{"Records": strings.Join(r.Conflicts, ", ")}))
	}
	if c := n.caveat(r); c != "" {
		lines = append(lines, n.lang.T("figures.caveat", c))
	}
	if s := n.summary(r); s != "" {
		lines = append(lines, "", s)
	}
	lines = append(lines, "", lang.X("detail.sources", "Sources:"))
	for _, id := range r.Sources {
		s := n.sources[id]
		if s == nil {
			lines = append(lines, "  "+id)
			continue
		}
		lines = append(lines, "  "+sourceLine(citations[id], s))
	}
	return strings.Join(lines, "\n")
}

// sourceLine cites one source: "[3] 연합뉴스 기사 제목 — Yonhap, 2019-10-10 (ko) https://…";
// without a number (0) while the briefing is being built.
func sourceLine(number int, s *dataset.Source) string {
	title := s.Title
	if s.TitleIsDescription {
		title = lang.X("detail.described", "(described) {{.Title}}", map[string]any{"Title": title})
	}
	line := title
	if number > 0 {
		line = fmt.Sprintf("[%d] %s", number, title)
	}
	var about []string
	for _, part := range []string{s.Publisher, s.Author, s.Date} {
		if part != "" {
			about = append(about, part)
		}
	}
	if len(about) > 0 {
		line += " — " + strings.Join(about, ", ")
	}
	if s.Language != "" {
		line += " (" + s.Language + ")"
	}
	if s.Address != "" {
		line += " " + s.Address
	}
	return line
}
