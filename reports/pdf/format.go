package pdf

import (
	"strconv"
	"strings"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// t is the text of a message key in the document's language (see reports/i18n and its
// messages/<lang>/pdf.json).
func (r *renderer) t(key string, args ...string) string { return r.l.T(key, args...) }

// n is the counted phrase of a message key in the document's language: "3 records".
func (r *renderer) n(key string, count int, args ...string) string { return r.l.N(key, count, args...) }

// recordDate writes when a record happened, with its period end and whether the date was
// inferred: "Jan–Nov 2011", "2006 (inferred)".
func (r *renderer) recordDate(rec *dataset.Record) string {
	s := words.Date(r.l, rec.Date)
	if rec.End != nil {
		e := *rec.End
		switch {
		case rec.Date.Precision == dataset.Month && e.Precision == dataset.Month && e.Y == rec.Date.Y:
			s = r.t("pdf.date.month_range", strconv.Itoa(e.Y), r.l.ShortMonth(rec.Date.M), r.l.ShortMonth(e.M))
		default:
			s += " – " + words.Date(r.l, e)
		}
	}
	if rec.DateInferred {
		s += " (" + r.t("pdf.inferred") + ")"
	}
	return s
}

// isoDate writes a record's date compactly for the appendix: "2011-01 – 2011-11".
func (r *renderer) isoDate(rec *dataset.Record) string {
	s := rec.Date.String()
	if rec.End != nil {
		s += " – " + rec.End.String()
	}
	if rec.DateInferred {
		s += " (" + r.t("pdf.inferred_short") + ")"
	}
	return s
}

// refsText writes citation numbers as a footnote mark: "3,7".
func refsText(nums []int) string {
	if refsDrawn != nil {
		refsDrawn(nums)
	}
	var sb strings.Builder
	for i, n := range nums {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(n))
	}
	return sb.String()
}

// refs appends a raised footnote mark to a paragraph, when there are sources.
func refs(spans []span, nums []int) []span {
	if len(nums) == 0 {
		return spans
	}
	// A hair space keeps the mark apart from a number it follows when text is copied.
	return append(spans, span{"\u200a" + refsText(nums), &noteRefStyle})
}

// sectorNames names a record's sectors.
func (r *renderer) sectorNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = r.b.SectorName(id)
	}
	return strings.Join(names, ", ")
}

// figureLine writes a figure with who reports it: "about 17 USD million, as reported by
// Azerbaijan".
func (r *renderer) figureLine(f *reports.Figure) string {
	s := r.b.FigureText(*f)
	if rep := r.b.ReporterText(f.Reporter); rep != "" {
		s += ", " + rep
	}
	if f.Record != nil && f.Record.Derived != nil {
		s += " (" + r.t("word.derived") + ")"
	}
	return s
}

// sheet names a sheet of the workbook that goes with the document, in its language, for the
// sentences that send the reader there.
func (r *renderer) sheet(key string) string { return r.t("sheet." + key) }
