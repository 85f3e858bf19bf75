package perf

import (
	"fmt"
	"time"
)

// The time bounds of issue 6's targets on the briefing model and the preview.
const (
	// buildBundledBound bounds select + build of the whole bundled dataset.
	buildBundledBound = time.Millisecond
	// buildEveryRecordBound bounds select + build of every record of 1,000,000 (of the largest
	// size measured, 100,000 in a quick run).
	buildEveryRecordBound = 1500 * time.Millisecond
	// previewBound bounds the preview's reaction to one ticked sector at 100,000 records.
	previewBound = 50 * time.Millisecond
)

// fullExportBefore holds the times of a full export (load, build, PDF and workbook, the
// whole range) before the export went through reports/export, by size label: the full
// export must be no slower than they were.
var fullExportBefore = map[string]time.Duration{
	"100k": fullExportBefore100k,
	"1m":   fullExportBefore1m,
}

const (
	// fullExportBefore1m is the full export of 1,000,000 records in docs/performance.md's
	// full run measured on 2026-11-26 (28.04 s, one run, two shared cores).
	fullExportBefore1m = 28040 * time.Millisecond
	// fullExportBefore100k is the same CLI export (attache-cli export --pdf --xlsx, whole
	// range) of 100,000 records, measured in an earlier review.
	fullExportBefore100k = 2450 * time.Millisecond
)

// deskExportBounds are issue 21's bounds on the full export with appendix, as ratios to
// the libraries' whole task, by size label, with the ratio the issue measured when it was
// filed (against its own floor: raw excelize and fpdf reading the same rows from CSV).
var deskExportBounds = map[string]struct{ ratio, before float64 }{
	"100k": {1.5, 2.56},
	"1m":   {1.8, 2.75},
}

// bundledPDFBefore is the PDF briefing of the bundled dataset before issue 21's changes: it
// must not get slower. The "about 60 ms" (63.9 ms) was measured on the faster host of
// 2 December; this is that build (773e98e) measured by this harness on the host of
// 7 December (AMD EPYC, 2 cores), in two runs of `perfreport -sizes 1m -only pdf` alternating
// with the new build: 256 and 260 ms, against 250 and 215 ms for the new build. (A run starts
// from memory returned to the system, and this host's page faults are slow: the same render
// warm, BenchmarkBundledBriefing in reports/pdf, takes 67–80 ms, and 67–83 ms at 773e98e.)
const bundledPDFBefore = 256 * time.Millisecond

// Target is one of issue 6's targets, checked within the run.
type Target struct {
	Name string
	// Stage and Size name the row the target is shown on.
	Stage, Size string
	Measured    float64
	Limit       float64
	// Unit is how Measured and Limit read: "×" (a ratio), "%", "GiB" or "s" (a time in
	// seconds, written as durations are: "812µs", "41.2ms", "5.31s").
	Unit string
	// Strict is true for "under" targets (Measured < Limit), false for "within" (≤).
	Strict bool
	// Detail says what the figure was computed from.
	Detail string
	Pass   bool
}

// Bound writes the limit as the report shows it: "≤ 2×", "< 10%", "< 2 GiB", "≤ 50.0ms".
func (t Target) Bound() string {
	op := "≤"
	if t.Strict {
		op = "<"
	}
	return op + " " + formatValue(t.Limit, t.Unit)
}

// Value writes the measured figure in the target's unit.
func (t Target) Value() string { return formatValue(t.Measured, t.Unit) }

func formatValue(v float64, unit string) string {
	switch unit {
	case "×":
		return fmt.Sprintf("%.2f×", v)
	case "%":
		return fmt.Sprintf("%.1f%%", v)
	case "GiB":
		return fmt.Sprintf("%.2f GiB", v)
	case "s":
		return seconds(time.Duration(v * float64(time.Second)))
	}
	return fmt.Sprintf("%.2f %s", v, unit)
}

func (t *Target) check() {
	if t.Strict {
		t.Pass = t.Measured < t.Limit
	} else {
		t.Pass = t.Measured <= t.Limit
	}
}

// evaluateTargets checks issue 6's targets against the rows of a run; largest is the size
// label that stands for a million records (100k in a quick run). A target whose rows are
// missing is left out.
func evaluateTargets(rows []Row, largest string) []Target {
	find := func(stage, size string) *Row {
		for i := range rows {
			if rows[i].Stage == stage && rows[i].Size == size {
				return &rows[i]
			}
		}
		return nil
	}
	var out []Target
	add := func(t Target) {
		t.check()
		out = append(out, t)
	}
	if load := find(stageLoad, largest); load != nil && load.Floor != nil {
		add(Target{Name: "load + validate within 2× a plain encoding/json decode", Stage: stageLoad, Size: largest,
			Measured: load.TimeRatio(), Limit: 2, Unit: "×",
			Detail: fmt.Sprintf("%s against %s", seconds(load.M.Time()), seconds(load.Floor.M.Time()))})
	}
	// The model's targets are time bounds: the bundled dataset's briefing, every record of
	// the largest size (what a full export builds), and the preview's reaction to a tick.
	if build := find(stageBuild, "bundled"); build != nil {
		add(timeTarget("select + build briefing of the bundled dataset (whole selection) within 1 ms",
			build, buildBundledBound, fmt.Sprintf("median of %s, %d records", runs(build.M), build.Records)))
	}
	if build := find(stageBuild, largest); build != nil {
		detail := "median of " + runs(build.M)
		if load := find(stageLoad, largest); load != nil {
			detail += fmt.Sprintf("; the load takes %s", seconds(load.M.Time()))
		}
		add(timeTarget("select + build briefing of every record within 1.5 s", build, buildEveryRecordBound, detail))
	}
	if preview := find(stagePreview, "100k"); preview != nil {
		detail := "median of " + runs(preview.M)
		if match := find(stagePreviewMatch, "100k"); match != nil {
			detail += fmt.Sprintf("; the match alone %s", seconds(match.M.Time()))
		}
		add(timeTarget("preview's reaction to one ticked sector (match, counts, key figures) within 50 ms",
			preview, previewBound, detail))
	}
	for i := range rows {
		wb := &rows[i]
		if wb.Stage != stageWorkbook || wb.Floor == nil {
			continue
		}
		add(Target{Name: "workbook within 1.3× the excelize floor's time", Stage: stageWorkbook, Size: wb.Size,
			Measured: wb.TimeRatio(), Limit: 1.3, Unit: "×",
			Detail: fmt.Sprintf("%s against %s", seconds(wb.M.Time()), seconds(wb.Floor.M.Time()))})
		add(Target{Name: "workbook within 1.5× the excelize floor's peak heap", Stage: stageWorkbook, Size: wb.Size,
			Measured: wb.HeapRatio(), Limit: 1.5, Unit: "×",
			Detail: fmt.Sprintf("%s against %s", mib(wb.M.PeakHeap()), mib(wb.Floor.M.PeakHeap()))})
	}
	if app := find(stageAppendix, "10k"); app != nil && app.Floor != nil {
		add(Target{Name: "PDF appendix within 1.3× the fpdf floor", Stage: stageAppendix, Size: "10k",
			Measured: app.TimeRatio(), Limit: 1.3, Unit: "×",
			Detail: fmt.Sprintf("%s against %s", seconds(app.M.Time()), seconds(app.Floor.M.Time()))})
	}
	large, small, sel := find(stagePDF, largest), find(stagePDF, "bundled"), find(stageSelectWhole, largest)
	if large != nil && small != nil && sel != nil {
		base := small.M.Time() + sel.M.Time()
		add(Target{Name: "PDF briefing within 2× (the bundled briefing's + the selection time)", Stage: stagePDF, Size: largest,
			Measured: float64(large.M.Time()) / float64(base), Limit: 2, Unit: "×",
			Detail: fmt.Sprintf("%s against %s + %s", seconds(large.M.Time()), seconds(small.M.Time()), seconds(sel.M.Time()))})
	}
	if imp := find(stageImport, "100k"); imp != nil && imp.Floor != nil {
		add(Target{Name: "import of a UN Comtrade CSV within 2× the load of as many records", Stage: stageImport, Size: "100k",
			Measured: imp.TimeRatio(), Limit: 2, Unit: "×",
			Detail: fmt.Sprintf("%s against %s", seconds(imp.M.Time()), seconds(imp.Floor.M.Time()))})
	}
	for i := range rows {
		full := &rows[i]
		before, ok := fullExportBefore[full.Size]
		if full.Stage != stageFullExport || !ok {
			continue
		}
		add(timeTarget("full export (export.Run, PDF and workbook) no slower than before", full, before,
			fmt.Sprintf("%s against %s before", seconds(full.M.Time()), seconds(before))))
	}
	// Issue 21's targets: the whole task against the libraries' own (taskFloor), with the
	// ratio the issue first measured (against its floor, raw excelize and fpdf reading a
	// CSV table) beside it.
	for i := range rows {
		desk := &rows[i]
		bound, ok := deskExportBounds[desk.Size]
		if desk.Stage != stageDeskExport || desk.Floor == nil || !ok {
			continue
		}
		add(Target{Name: fmt.Sprintf("full export with appendix within %.1f× the libraries' whole task", bound.ratio),
			Stage: stageDeskExport, Size: desk.Size, Measured: desk.TimeRatio(), Limit: bound.ratio, Unit: "×",
			Detail: fmt.Sprintf("%s against %s; %.2f× when the issue was filed", seconds(desk.M.Time()), seconds(desk.Floor.M.Time()), bound.before)})
	}
	if desk := find(stageDeskExport, "1m"); desk != nil && desk.M.PeakRSS() > 0 {
		add(Target{Name: "peak memory (resident set) of a full export with appendix under 2 GiB", Stage: stageDeskExport, Size: "1m",
			Measured: float64(desk.M.PeakRSS()) / (1 << 30), Limit: 2, Unit: "GiB", Strict: true,
			Detail: fmt.Sprintf("peak heap %s; 3.0 GiB when the issue was filed", mib(desk.M.PeakHeap()))})
	}
	if again := find(stageExportAgain, "100k"); again != nil && again.Floor != nil {
		detail := fmt.Sprintf("%s against %s", seconds(again.M.Time()), seconds(again.Floor.M.Time()))
		if first := find(stageDeskExport, "100k"); first != nil {
			detail += fmt.Sprintf("; the first export %s (%.2f×)", seconds(first.M.Time()), first.TimeRatio())
		}
		add(Target{Name: "the same export again (dataset from the cache) within 1.2× the libraries' whole task",
			Stage: stageExportAgain, Size: "100k", Measured: again.TimeRatio(), Limit: 1.2, Unit: "×", Detail: detail})
	}
	if pdf := find(stagePDF, "bundled"); pdf != nil {
		add(timeTarget("PDF briefing of the bundled dataset no slower than before issue 21", pdf, bundledPDFBefore,
			fmt.Sprintf("median of %s; %s before, on the same host", runs(pdf.M), seconds(bundledPDFBefore))))
	}
	if full := find(stageFullExport, largest); full != nil && full.M.PeakRSS() > 0 {
		add(Target{Name: "peak memory (resident set) of a full export under 2 GiB", Stage: stageFullExport, Size: largest,
			Measured: float64(full.M.PeakRSS()) / (1 << 30), Limit: 2, Unit: "GiB", Strict: true,
			Detail: fmt.Sprintf("peak heap %s", mib(full.M.PeakHeap()))})
	}
	return out
}

// timeTarget bounds the median time of a row: within (≤) limit.
func timeTarget(name string, row *Row, limit time.Duration, detail string) Target {
	return Target{Name: name, Stage: row.Stage, Size: row.Size,
		Measured: row.M.Time().Seconds(), Limit: limit.Seconds(), Unit: "s", Detail: detail}
}

// runs says how many runs a measurement's median is of: "1 run", "5 runs".
func runs(m Measurement) string {
	if len(m.Runs) == 1 {
		return "1 run"
	}
	return fmt.Sprintf("%d runs", len(m.Runs))
}
