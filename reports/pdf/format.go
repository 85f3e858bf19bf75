package pdf

import (
	"strconv"
	"strings"
	"time"

	"attache/reports"
	"attache/reports/dataset"
)

// dateText writes a date at its precision for reading: "11 May 2006", "May 2006", "2006".
func dateText(d dataset.Date) string {
	switch d.Precision {
	case dataset.DayPrecision:
		return strconv.Itoa(d.D) + " " + time.Month(d.M).String() + " " + strconv.Itoa(d.Y)
	case dataset.Month:
		return time.Month(d.M).String() + " " + strconv.Itoa(d.Y)
	case dataset.Year:
		return strconv.Itoa(d.Y)
	}
	return ""
}

// shortMonth is the three-letter month for compact periods.
func shortMonth(m int) string { return time.Month(m).String()[:3] }

// recordDate writes when a record happened, with its period end and whether the date was
// inferred: "Jan–Nov 2011", "2006 (inferred)".
func recordDate(r *dataset.Record) string {
	s := dateText(r.Date)
	if r.End != nil {
		e := *r.End
		switch {
		case r.Date.Precision == dataset.Month && e.Precision == dataset.Month && e.Y == r.Date.Y:
			s = shortMonth(r.Date.M) + "–" + shortMonth(e.M) + " " + strconv.Itoa(e.Y)
		default:
			s += " – " + dateText(e)
		}
	}
	if r.DateInferred {
		s += " (inferred)"
	}
	return s
}

// isoDate writes a record's date compactly for the appendix: "2011-01 – 2011-11".
func isoDate(r *dataset.Record) string {
	s := r.Date.String()
	if r.End != nil {
		s += " – " + r.End.String()
	}
	if r.DateInferred {
		s += " (inf.)"
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
		names[i] = id
		if s, ok := r.b.Sectors[id]; ok {
			names[i] = s.Name
		}
	}
	return strings.Join(names, ", ")
}

// figureLine writes a figure with who reports it: "about 17 USD million, as reported by
// Azerbaijan".
func (r *renderer) figureLine(f *reports.Figure) string {
	s := f.Text()
	if rep := r.b.ReporterText(f.Reporter); rep != "" {
		s += ", " + rep
	}
	if f.Record != nil && f.Record.Derived != nil {
		s += " (derived)"
	}
	return s
}

// signed writes a change with its sign: "+12.5", "−3".
func signed(v float64) string {
	if v > 0 {
		return "+" + reports.FormatNumber(v)
	}
	if v < 0 {
		return "−" + reports.FormatNumber(-v)
	}
	return "±0"
}

// plural writes a count with its noun: "1 record", "3 records".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return reports.FormatNumber(float64(n)) + " " + many
}
