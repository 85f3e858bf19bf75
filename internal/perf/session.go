// Package perf is the one-run measuring harness behind `make bench` (issue 6). It runs every
// stage of an export — load and validate, select, build the briefing, the preview's reaction
// to a ticked sector, render the PDF briefing, the PDF appendix and the workbook, and a full
// export through reports/export — in one process, beside the floors those stages are
// bounded by (a plain encoding/json decode, a raw fpdf table, a raw excelize stream writer)
// on the same rows, alternating stage and floor so that both meet the same machine noise.
// Each stage is timed, its allocations counted and its peak heap and resident set sampled;
// the targets of issue 6 are checked as ratios or bounds within the run; the report prints
// as a table and is written into docs/performance.md.
//
// The data are the SYNTHETIC datasets of tools/benchdata (`make bench-data`).
package perf

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"time"

	"attache/assets"
	"attache/internal/floor"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/dataset/cache"
	"attache/reports/export"
	"attache/reports/pdf"
	"attache/reports/selection"
	"attache/reports/words"
)

// Config says what to measure and where the data are.
type Config struct {
	// DataDir holds synthetic-10k.json, synthetic-100k.json and synthetic-1m.json.
	DataDir string
	// Quick measures 10k and 100k only (the largest size stands in for 1m in the targets).
	Quick bool
	// Log receives a line per stage as the run advances; nil means none.
	Log io.Writer
	// ProfileDir, when set, receives a CPU and a heap profile of each stage's first run.
	ProfileDir string
	// Sizes, when set, measures only these size labels ("1m"): for iterating on one stage.
	Sizes []string
	// Only, when set, measures only these groups of stages: load, select, build, preview,
	// appendix, workbook, pdf, export, import (the data a stage needs are still made, unmeasured).
	Only []string
}

// StageGroups are the names Config.Only accepts.
var StageGroups = []string{"load", "select", "build", "preview", "appendix", "workbook", "pdf", "export", "import"}

// wants reports whether a group of stages is to be measured.
func (c Config) wants(group string) bool { return len(c.Only) == 0 || slices.Contains(c.Only, group) }

// A size is one synthetic dataset.
type size struct {
	label   string
	records int
	repeats Repeats
}

// The repeats of the small stages: the build of the bundled dataset (about a millisecond)
// and the preview's reaction (tens of milliseconds) run more often than the size's other
// stages, for a steadier median on a shared machine.
var (
	bundledRepeats = Repeats{MaxRuns: 31, Budget: 5 * time.Second}
	previewRepeats = Repeats{MaxRuns: 15, Budget: 10 * time.Second}
)

// fullExportRepeats bounds the runs of a full export: up to three at 100k, once at 1m.
func fullExportRepeats(sz size) Repeats {
	if sz.records < 1_000_000 {
		return Repeats{MaxRuns: 3, Budget: 10 * time.Second}
	}
	return Repeats{MaxRuns: 1}
}

// fullExportSizes are the size labels a full export is measured at.
var fullExportSizes = []string{"100k", "1m"}

// sizes are the datasets measured. Larger ones run fewer times: the run must stay within
// about four minutes on two cores.
func (c Config) sizes() []size {
	all := []size{
		{"10k", 10_000, Repeats{MaxRuns: 7, Budget: 10 * time.Second}},
		{"100k", 100_000, Repeats{MaxRuns: 5, Budget: 30 * time.Second}},
		{"1m", 1_000_000, Repeats{MaxRuns: 5, Budget: 90 * time.Second}},
	}
	if c.Quick {
		all = all[:2]
	}
	if len(c.Sizes) == 0 {
		return all
	}
	var some []size
	for _, sz := range all {
		if slices.Contains(c.Sizes, sz.label) {
			some = append(some, sz)
		}
	}
	return some
}

// DataFile is the path of the synthetic dataset of a size label.
func DataFile(dir, label string) string {
	return filepath.Join(dir, synthetic.FileName(label))
}

// Report is the outcome of one run.
type Report struct {
	Quick   bool
	Machine Machine
	Took    time.Duration
	Rows    []Row
	Targets []Target
}

// Row is one line of the report: a stage, or a floor, at one size.
type Row struct {
	Stage   string
	Size    string
	Records int
	M       Measurement
	// Floor is the row of the floor this stage is measured against, nil without one.
	Floor *Row
	// Note is a remark printed with the row (what a full export wrote, for one).
	Note string
}

// TimeRatio is the row's median time over its floor's, or 0 without a floor.
func (r *Row) TimeRatio() float64 {
	if r.Floor == nil || r.Floor.M.Time() == 0 {
		return 0
	}
	return float64(r.M.Time()) / float64(r.Floor.M.Time())
}

// HeapRatio is the row's peak heap over its floor's, or 0 without a floor.
func (r *Row) HeapRatio() float64 {
	if r.Floor == nil || r.Floor.M.PeakHeap() == 0 {
		return 0
	}
	return float64(r.M.PeakHeap()) / float64(r.Floor.M.PeakHeap())
}

// session is one run in progress.
type session struct {
	ctx  context.Context
	cfg  Config
	rows []*Row
}

// Run measures every stage and returns the report. It fails when a data file is missing
// (run `make bench-data`), when a stage fails, or when ctx is cancelled.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	began := time.Now()
	s := &session{ctx: ctx, cfg: cfg}
	machine := describeMachine(began)
	sizes := cfg.sizes()
	if len(sizes) == 0 {
		return nil, fmt.Errorf("no sizes to measure in %q; sizes are 10k, 100k and 1m (10k and 100k when quick)", cfg.Sizes)
	}
	for _, sz := range sizes {
		if _, err := os.Stat(DataFile(cfg.DataDir, sz.label)); err != nil {
			return nil, fmt.Errorf("the synthetic dataset of %s records is missing (%w); run `make bench-data` first", sz.label, err)
		}
	}
	bundled, err := assets.LoadBundled()
	if err != nil {
		return nil, fmt.Errorf("loading the bundled dataset: %w", err)
	}
	if cfg.wants("build") {
		if err := s.stages(size{label: "bundled", records: len(bundled.Records)}, bundledRepeats,
			[]string{stageBuild}, buildBundledStage(ctx, bundled)); err != nil {
			return nil, fmt.Errorf("the bundled dataset: %w", err)
		}
	}
	for i, sz := range sizes {
		if err := s.measureSize(sz, bundled, i == len(sizes)-1); err != nil {
			return nil, fmt.Errorf("%s records: %w", sz.label, err)
		}
	}
	largest := sizes[len(sizes)-1]
	if cfg.wants("export") { // last, when everything else is released
		for _, sz := range sizes {
			if !slices.Contains(fullExportSizes, sz.label) {
				continue
			}
			if err := s.measureFullExport(sz); err != nil {
				return nil, fmt.Errorf("full export of %s records: %w", sz.label, err)
			}
		}
	}
	machine.LoadAfter = loadAverage()
	r := &Report{Quick: cfg.Quick, Machine: machine, Took: time.Since(began)}
	for _, row := range s.rows {
		r.Rows = append(r.Rows, *row)
	}
	r.Targets = evaluateTargets(r.Rows, largest.label)
	return r, nil
}

// measureSize measures every stage at one size, holding its document only while loading.
func (s *session) measureSize(sz size, bundled *dataset.Dataset, largest bool) error {
	name := filepath.Base(DataFile(s.cfg.DataDir, sz.label))
	doc, err := os.ReadFile(DataFile(s.cfg.DataDir, sz.label))
	if err != nil {
		return fmt.Errorf("reading the synthetic dataset: %w", err)
	}
	var d *dataset.Dataset // the last load's, so that no other copy is held while loading
	load := loadStage(doc, name, &d)
	if s.cfg.wants("load") {
		err = s.pair(stageLoad, sz, sz.repeats, func() error { return decodeFloor(doc) }, stageDecodeFloor, load)
	} else {
		err = load()
	}
	if err != nil {
		return fmt.Errorf("%w (regenerate the data with `make bench-data` if they are stale)", err)
	}
	if sz.label == "100k" && s.cfg.wants("import") {
		// Issue 16: importing a download of as many rows as the dataset has records, beside
		// loading the dataset, alternated.
		var again *dataset.Dataset
		if err := s.pair(stageImport, sz, sz.repeats, loadStage(doc, name, &again), stageImportFloor,
			importStage(s.ctx, comtradeFile(sz.records))); err != nil {
			return err
		}
	}
	doc = nil
	if s.cfg.wants("select") {
		if err := s.stages(sz, sz.repeats, []string{stageSelectNarrow, stageSelectWhole},
			selectStage(d, narrowSelection(d)), selectStage(d, wholeSelection(d))); err != nil {
			return err
		}
	}
	if sz.label == "100k" && s.cfg.wants("preview") {
		x := selection.NewIndex(d) // once per dataset, as the app makes it
		if err := s.stages(sz, previewRepeats, []string{stagePreview, stagePreviewMatch},
			previewStage(s.ctx, d, x), previewMatchStage(d, x)); err != nil {
			return err
		}
	}
	var b *reports.Briefing
	if s.cfg.wants("build") {
		err = s.stages(sz, sz.repeats, []string{stageBuild, stageBuildNarrow}, buildStage(s.ctx, d, &b), buildNarrowStage(s.ctx, d))
	} else {
		err = buildStage(s.ctx, d, &b)()
	}
	if err != nil {
		return err
	}
	if sz.label == "10k" && s.cfg.wants("appendix") {
		onlyRecords := recordsOnly(b)
		fonts, err := floor.Fonts()
		if err != nil {
			return err
		}
		rows := floor.Rows(onlyRecords)
		if err := s.pair(stageAppendix, sz, sz.repeats,
			func() error { return floor.FpdfTable(io.Discard, rows, fonts) }, stageFpdfFloor,
			pdfStage(s.ctx, onlyRecords, pdf.Options{All: true})); err != nil {
			return err
		}
	}
	if sz.label != "10k" && s.cfg.wants("workbook") { // the workbook at 100k and 1m
		if err := s.pair(stageWorkbook, sz, sz.repeats,
			func() error { return streamWriterFloor(io.Discard, b) }, stageExcelFloor,
			workbookStage(s.ctx, b)); err != nil {
			return err
		}
	}
	if largest && s.cfg.wants("pdf") { // the PDF briefing of the largest size beside the bundled one's
		var bb *reports.Briefing
		if bb, err = reports.Build(s.ctx, bundled, wholeSelection(bundled), buildOptions); err != nil {
			return fmt.Errorf("building the bundled briefing: %w", err)
		}
		ms, err := s.measure(sz.repeats, []string{stagePDF + " bundled", stagePDF + " " + sz.label},
			pdfStage(s.ctx, bb, pdf.Options{}), pdfStage(s.ctx, b, pdf.Options{}))
		if err != nil {
			return err
		}
		s.add(&Row{Stage: stagePDF, Size: "bundled", Records: len(bundled.Records), M: ms[0]})
		s.add(&Row{Stage: stagePDF, Size: sz.label, Records: sz.records, M: ms[1]})
	}
	return nil
}

// measureFullExport exports a dataset from its file after everything else is released, so
// that its peak resident set is the export's own, under the soft memory limit attache-cli
// sets (export.SoftMemoryLimit), the floors too.
func (s *session) measureFullExport(sz size) error {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(export.SoftMemoryLimit))
	dir, err := os.MkdirTemp("", "attache-perf-")
	if err != nil {
		return fmt.Errorf("creating a folder for the export: %w", err)
	}
	defer os.RemoveAll(dir)
	path := DataFile(s.cfg.DataDir, sz.label)
	var out exportOutcome
	ms, err := s.measure(fullExportRepeats(sz), []string{stageFullExport + " " + sz.label}, func() error {
		return fullExport(s.ctx, path, dir, wholeRangeExport, &out)
	})
	if err != nil {
		return err
	}
	s.add(&Row{Stage: stageFullExport, Size: sz.label, Records: sz.records, M: ms[0], Note: out.note()})
	return s.measureDeskExport(sz, path, dir)
}

// measureDeskExport measures issue 21's whole task: the full export with the PDF's
// appendix of a desk selection, against the libraries doing the same (taskFloor), and at
// the sizes of exportAgainSizes the same export again with the dataset from the cache; all
// alternated.
func (s *session) measureDeskExport(sz size, path, dir string) error {
	fonts, err := floor.Fonts()
	if err != nil {
		return err
	}
	var mine, again, libs exportOutcome
	names := []string{stageTaskFloor + " " + sz.label, stageDeskExport + " " + sz.label}
	fns := []func() error{
		taskFloorStage(path, dir, deskExport.sel, fonts, &libs),
		func() error { return fullExport(s.ctx, path, dir, deskExport, &mine) },
	}
	cached := slices.Contains(exportAgainSizes, sz.label)
	if cached {
		c := cache.Cache{Dir: filepath.Join(dir, "cache")}
		task := deskExport
		task.load = func(f *os.File, name string) (*dataset.Dataset, error) { return c.Load(f, name) }
		fill := func() error { return fullExport(s.ctx, path, dir, task, &again) }
		if err := fill(); err != nil { // writes the entry the measured runs read
			return err
		}
		names, fns = append(names, stageExportAgain+" "+sz.label), append(fns, fill)
	}
	ms, err := s.measure(fullExportRepeats(sz), names, fns...)
	if err != nil {
		return err
	}
	f := &Row{Stage: stageTaskFloor, Size: sz.label, Records: sz.records, M: ms[0], Note: libs.note()}
	s.add(f)
	s.add(&Row{Stage: stageDeskExport, Size: sz.label, Records: sz.records, M: ms[1], Floor: f, Note: mine.note()})
	if cached {
		s.add(&Row{Stage: stageExportAgain, Size: sz.label, Records: sz.records, M: ms[2], Floor: f, Note: again.note()})
	}
	return nil
}

// exportAgainSizes are the size labels the second export of a file is measured at.
var exportAgainSizes = []string{"100k"}

// note says what an export wrote.
func (o exportOutcome) note() string {
	n := fmt.Sprintf("PDF %s, workbook %s", mib(uint64(o.pdf)), mib(uint64(o.workbook)))
	if o.records > 0 {
		n = fmt.Sprintf("%d records kept; ", o.records) + n
	}
	return n
}

// pair measures a stage against its floor, alternating the two.
func (s *session) pair(stage string, sz size, rep Repeats, floor func() error, floorName string, fn func() error) error {
	ms, err := s.measure(rep, []string{floorName + " " + sz.label, stage + " " + sz.label}, floor, fn)
	if err != nil {
		return err
	}
	f := &Row{Stage: floorName, Size: sz.label, Records: sz.records, M: ms[0]}
	s.add(f)
	s.add(&Row{Stage: stage, Size: sz.label, Records: sz.records, M: ms[1], Floor: f})
	return nil
}

// stages measures stages without floors, alternating them.
func (s *session) stages(sz size, rep Repeats, names []string, fns ...func() error) error {
	labelled := make([]string, len(names))
	for i, n := range names {
		labelled[i] = n + " " + sz.label
	}
	ms, err := s.measure(rep, labelled, fns...)
	if err != nil {
		return err
	}
	for i, n := range names {
		s.add(&Row{Stage: n, Size: sz.label, Records: sz.records, M: ms[i]})
	}
	return nil
}

// measure runs fns under Repeats, with profiles of each first run when asked for, and
// logs what it measured.
func (s *session) measure(rep Repeats, names []string, fns ...func() error) ([]Measurement, error) {
	if err := s.ctx.Err(); err != nil {
		return nil, err
	}
	wrapped := make([]func() error, len(fns))
	for i, fn := range fns {
		wrapped[i] = s.profiled(names[i], fn)
	}
	ms, err := measure(rep, wrapped...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", names[len(names)-1], err)
	}
	if s.cfg.Log != nil {
		for i, m := range ms {
			fmt.Fprintf(s.cfg.Log, "perf: %-58s %3d run(s)  %10s  peak heap %9s  peak RSS %9s\n",
				names[i], len(m.Runs), seconds(m.Time()), mib(m.PeakHeap()), mib(m.PeakRSS()))
		}
	}
	return ms, nil
}

// profiled wraps fn so that its first run writes a CPU and a heap profile into
// Config.ProfileDir, when one is set.
func (s *session) profiled(name string, fn func() error) func() error {
	if s.cfg.ProfileDir == "" {
		return fn
	}
	done := false
	return func() error {
		if done {
			return fn()
		}
		done = true
		base := filepath.Join(s.cfg.ProfileDir, words.Slug(name))
		cpu, err := os.Create(base + ".cpu.pprof")
		if err != nil {
			return fmt.Errorf("creating the CPU profile: %w", err)
		}
		defer cpu.Close()
		if err := pprof.StartCPUProfile(cpu); err != nil {
			return fmt.Errorf("starting the CPU profile: %w", err)
		}
		runErr := fn()
		pprof.StopCPUProfile()
		heap, err := os.Create(base + ".heap.pprof")
		if err != nil {
			return fmt.Errorf("creating the heap profile: %w", err)
		}
		defer heap.Close()
		if err := pprof.Lookup("allocs").WriteTo(heap, 0); err != nil {
			return fmt.Errorf("writing the heap profile: %w", err)
		}
		return runErr
	}
}

func (s *session) add(r *Row) { s.rows = append(s.rows, r) }
