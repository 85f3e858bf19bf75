package pdf

import (
	"strconv"
	"strings"

	"attache/reports/dataset"
	"attache/reports/words"
)

// appendix lists every record of the briefing in one table (Options.All).
func (r *renderer) appendix() {
	if !r.o.All || len(r.b.Records) == 0 {
		return
	}
	r.newPage()
	r.heading(r.t("pdf.appendix.heading"), 0)
	r.lead([]span{{r.n("pdf.appendix.lead", len(r.b.Records), r.sheet("records")), &smallGrey}}, 4)
	t := r.newTable(r.t("pdf.appendix.caption"), []column{
		{title: r.t("pdf.column.id"), width: 62},
		{title: r.t("pdf.column.date"), width: 64},
		{title: r.t("pdf.column.kind"), width: 46},
		{title: r.t("pdf.column.sectors"), width: 80},
		{title: r.t("pdf.column.title_figure")},
		{title: r.t("pdf.column.sources"), width: 40},
	})
	for _, rec := range r.b.Records {
		t.row(
			cell(rec.ID, &smallStyle),
			cell(r.isoDate(rec), &smallStyle),
			cell(words.Kind(r.l, rec.Kind, 1), &smallGrey),
			cell(r.sectorNames(rec.Sectors), &smallGrey),
			r.recordTitleCell(rec),
			cell(r.citationList(rec), &smallGrey),
		)
		if !r.tick() {
			return
		}
	}
	t.end()
}

func (r *renderer) recordTitleCell(rec *dataset.Record) []span {
	spans := []span{{r.b.RecordTitle(rec), &smallStyle}}
	if rec.Kind == dataset.Measure && rec.Value != nil {
		v := words.Value(r.l, *rec.Value, rec.Qualifier, r.b.Unit(r.b.Indicators[rec.Indicator]))
		if rec.Reporter != "" {
			v += ", " + r.b.ReporterText(rec.Reporter)
		}
		spans = append(spans, span{"\n" + v, &smallItalic})
	}
	return spans
}

// citationList writes a record's source numbers: "3, 7".
func (r *renderer) citationList(rec *dataset.Record) string {
	nums := make([]string, 0, len(rec.Sources))
	for _, id := range rec.Sources {
		if n, ok := r.b.Citations[id]; ok {
			nums = append(nums, strconv.Itoa(n))
		}
	}
	return strings.Join(nums, ", ")
}
