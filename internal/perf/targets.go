package perf

import "fmt"

// Target is one of issue 6's targets, checked within the run.
type Target struct {
	Name string
	// Stage and Size name the row the target is shown on.
	Stage, Size string
	Measured    float64
	Limit       float64
	// Unit is how Measured and Limit read: "×" (a ratio), "%" or "GiB".
	Unit string
	// Strict is true for "under" targets (Measured < Limit), false for "within" (≤).
	Strict bool
	// Detail says what the figure was computed from.
	Detail string
	Pass   bool
}

// Bound writes the limit as the report shows it: "≤ 2×", "< 10%", "< 2 GiB".
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
	// The model target is checked on the whole range, every record in the briefing (what a
	// full export builds), and on a typical desk selection.
	for _, stage := range []struct{ name, what string }{
		{stageBuild, "every record"},
		{stageBuildNarrow, "a typical selection"},
	} {
		if build, load := find(stage.name, largest), find(stageLoad, largest); build != nil && load != nil {
			add(Target{Name: "selection and briefing model (" + stage.what + ") under 10% of the load time",
				Stage: stage.name, Size: largest,
				Measured: 100 * float64(build.M.Time()) / float64(load.M.Time()), Limit: 10, Unit: "%", Strict: true,
				Detail: fmt.Sprintf("%s against a load of %s", seconds(build.M.Time()), seconds(load.M.Time()))})
		}
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
	if full := find(stageFullExport, largest); full != nil && full.M.PeakRSS() > 0 {
		add(Target{Name: "peak memory (resident set) of a full export under 2 GiB", Stage: stageFullExport, Size: largest,
			Measured: float64(full.M.PeakRSS()) / (1 << 30), Limit: 2, Unit: "GiB", Strict: true,
			Detail: fmt.Sprintf("peak heap %s", mib(full.M.PeakHeap()))})
	}
	return out
}
