package pdf

import (
	"fmt"
	"strconv"
	"strings"

	"attache/reports"
	"attache/reports/dataset"
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
	r.heading("Sources", 0)
	if left := len(r.b.Sources) - len(listed); left > 0 {
		r.notice(fmt.Sprintf("Listing the %d sources this document cites; %s, cited only by records or notes "+
			"not shown here, %s the numbers skipped. The workbook's Sources sheet lists every source.",
			len(listed), plural(left, "other source", "other sources"), holdWord(left)))
	}
	for _, s := range listed {
		lines := r.sourceLines(s, width)
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

// numberColumn is the width of the source numbers' column in points.
const numberColumn = 24

// sourceLines lays out one entry: title (or the description that stands for it),
// publisher and author, date, language, address and note.
func (r *renderer) sourceLines(s reports.CitedSource, width float64) []textLine {
	var spans []span
	if s.TitleIsDescription {
		spans = append(spans, span{"(description) ", &smallItalic}, span{s.Title, &smallItalic})
	} else {
		spans = append(spans, span{s.Title, &smallBoldStyle})
	}
	var meta []string
	for _, part := range []string{s.Publisher, s.Author} {
		if part != "" {
			meta = append(meta, part)
		}
	}
	date := "Undated"
	if d, err := dataset.ParseDate(s.Date); err == nil {
		date = dateText(d)
	} else if s.Date != "" {
		date = s.Date
	}
	if note := strings.TrimRight(s.DateNote, ". "); note != "" {
		date += " (" + note + ")"
	}
	meta = append(meta, date)
	if s.Language != "" {
		meta = append(meta, "In "+languageName(s.Language))
	}
	spans = append(spans, span{". " + strings.Join(meta, ". ") + ".", &smallStyle})
	if s.Address != "" {
		spans = append(spans, span{"\n" + s.Address, &addressStyle})
	}
	if s.Note != "" {
		spans = append(spans, span{"\n" + s.Note, &smallItalic})
	}
	return r.ts.wrapSpans(spans, width-numberColumn)
}

// languageName names the languages sources are written in; other tags stay as they are.
func languageName(tag string) string {
	switch strings.ToLower(tag) {
	case "en":
		return "English"
	case "az":
		return "Azerbaijani"
	case "ko":
		return "Korean"
	case "ru":
		return "Russian"
	case "de":
		return "German"
	case "ja":
		return "Japanese"
	case "tr":
		return "Turkish"
	case "fr":
		return "French"
	}
	return tag
}

// holdWord is "holds" or "hold" for a count.
func holdWord(n int) string {
	if n == 1 {
		return "holds"
	}
	return "hold"
}
