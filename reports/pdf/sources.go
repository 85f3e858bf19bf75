package pdf

import (
	"strconv"
	"strings"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/words"
)

// sources draws the numbered list of sources the document's footnote numbers point to (see
// plan.cite); the others, cited only by records or notes the document leaves out, are
// counted, and the workbook's Sources sheet lists them.
func (r *renderer) sources() {
	if r.plan.citedCount == 0 {
		return
	}
	width := r.right - r.left
	var listed []reports.CitedSource
	for _, s := range r.b.Sources {
		if r.plan.cited[s.Number] {
			listed = append(listed, s)
		}
	}
	r.heading(r.t("pdf.sources.heading"), 0)
	if left := len(r.b.Sources) - len(listed); left > 0 {
		r.notice(r.n("pdf.sources.cut", left, r.l.Int(len(listed)), r.sheet("sources")))
	}
	for _, s := range listed {
		lines := r.sourceLines(s, width)
		if r.o.Brief {
			lines = r.briefSourceLines(s, width)
		}
		r.need(linesHeight(len(lines), listLeading))
		r.f.SetLink(r.sourceLink(s.Number), r.y, -1)
		num := r.ts.line(strconv.Itoa(s.Number)+".", &smallBoldStyle)
		r.drawAligned(r.left, r.y+ascent(smallStyle.size), numberColumn-6, num, 'R')
		for _, l := range lines {
			base := r.y + ascent(smallStyle.size)
			r.drawLine(r.left+numberColumn, base, l)
			if len(l.runs) > 0 && l.runs[0].st == &addressStyle {
				r.linkAddress(r.left+numberColumn, base, l, s.Address)
			}
			r.y += listLeading
		}
		r.y += 3
		if !r.tick() {
			return
		}
	}
}

// briefSourceLines lays out a source of a brief on one or two lines: its title, shortened
// when long, its publisher and date; the standard briefing and the workbook give the rest.
func (r *renderer) briefSourceLines(s reports.CitedSource, width float64) []textLine {
	const maxTitle = 110 // runes
	title := []rune(s.Title)
	if len(title) > maxTitle {
		title = append(title[:maxTitle-1], '…')
	}
	spans := []span{{string(title), &smallStyle}}
	var meta []string
	if s.Publisher != "" {
		meta = append(meta, s.Publisher)
	}
	if d, err := dataset.ParseDate(s.Date); err == nil {
		meta = append(meta, words.Date(r.l, d))
	}
	if s.Vintage != "" {
		meta = append(meta, r.t("sources.vintage", s.Vintage))
	}
	if len(meta) > 0 {
		spans = append(spans, span{" — " + strings.Join(meta, ", "), &smallGrey})
	}
	lines := r.ts.wrapSpans(spans, width-numberColumn)
	return lines[:min(len(lines), 3)]
}

// numberColumn is the width of the source numbers' column in points.
const numberColumn = 24

// sourceLines lays out one entry: title (or the description that stands for it),
// publisher and author, date, language, address and note.
func (r *renderer) sourceLines(s reports.CitedSource, width float64) []textLine {
	var spans []span
	if s.TitleIsDescription {
		spans = append(spans, span{r.t("pdf.sources.description") + " ", &smallItalic}, span{s.Title, &smallItalic})
	} else {
		spans = append(spans, span{s.Title, &smallBoldStyle})
	}
	var meta []string
	for _, part := range []string{s.Publisher, s.Author} {
		if part != "" {
			meta = append(meta, part)
		}
	}
	date := r.t("pdf.sources.undated")
	if d, err := dataset.ParseDate(s.Date); err == nil {
		date = words.Date(r.l, d)
	} else if s.Date != "" {
		date = s.Date
	}
	if note := strings.TrimRight(s.DateNote, ". "); note != "" {
		date += " (" + note + ")"
	}
	meta = append(meta, date)
	if s.Language != "" {
		meta = append(meta, r.t("pdf.sources.in_language", r.languageName(s.Language)))
	}
	spans = append(spans, span{". " + strings.Join(meta, ". ") + ".", &smallStyle})
	if s.Address != "" {
		spans = append(spans, span{"\n" + s.Address, &addressStyle})
	}
	if s.Vintage != "" {
		spans = append(spans, span{"\n" + r.t("sources.vintage", s.Vintage), &smallItalic})
	}
	if s.Note != "" {
		spans = append(spans, span{"\n" + s.Note, &smallItalic})
	}
	return r.ts.wrapSpans(spans, width-numberColumn)
}

// languageName names the languages sources are written in (the keys language.<tag> of
// common.json); other tags stay as they are.
func (r *renderer) languageName(tag string) string {
	key := "language." + strings.ToLower(tag)
	if !i18n.En.Has(key) {
		return tag
	}
	return r.t(key)
}
