package perf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache/internal/golden"
	"attache/reports/words"
)

// fixedReport is a report with made-up figures: a target met and one missed of each kind.
func fixedReport() *Report {
	ms := func(d time.Duration, heapMiB, rssMiB uint64) Measurement {
		return Measurement{Runs: []Sample{{Time: d, Allocs: 1234, Bytes: 5 << 20, PeakHeap: heapMiB << 20, PeakRSS: rssMiB << 20}}}
	}
	floorLoad := &Row{Stage: stageDecodeFloor, Size: "1m", Records: 1_000_000, M: ms(4*time.Second, 1500, 2600)}
	floorXLSX := &Row{Stage: stageExcelFloor, Size: "1m", Records: 1_000_000, M: ms(10*time.Second, 700, 1800)}
	floorPDF := &Row{Stage: stageFpdfFloor, Size: "10k", Records: 10_000, M: ms(800*time.Millisecond, 140, 200)}
	floorTask100k := &Row{Stage: stageTaskFloor, Size: "100k", Records: 100_000, M: ms(2*time.Second, 220, 350)}
	floorTask1m := &Row{Stage: stageTaskFloor, Size: "1m", Records: 1_000_000, M: ms(20*time.Second, 1200, 1500)}
	rows := []*Row{
		{Stage: stageBuild, Size: "bundled", Records: 268, M: ms(800*time.Microsecond, 1, 40)},
		{Stage: stagePreview, Size: "100k", Records: 100_000, M: ms(60*time.Millisecond, 9, 160)},
		{Stage: stagePreviewMatch, Size: "100k", Records: 100_000, M: ms(9*time.Millisecond, 1, 150)},
		floorLoad,
		{Stage: stageLoad, Size: "1m", Records: 1_000_000, M: ms(6*time.Second, 900, 1700), Floor: floorLoad},
		{Stage: stageSelectWhole, Size: "1m", Records: 1_000_000, M: ms(250*time.Millisecond, 140, 700)},
		{Stage: stageBuild, Size: "1m", Records: 1_000_000, M: ms(1500*time.Millisecond, 600, 1400)},
		{Stage: stageBuildNarrow, Size: "1m", Records: 1_000_000, M: ms(450*time.Millisecond, 100, 900)},
		floorPDF,
		{Stage: stageAppendix, Size: "10k", Records: 10_000, M: ms(880*time.Millisecond, 150, 210), Floor: floorPDF},
		floorXLSX,
		{Stage: stageWorkbook, Size: "1m", Records: 1_000_000, M: ms(14*time.Second, 800, 1800), Floor: floorXLSX},
		{Stage: stagePDF, Size: "bundled", Records: 268, M: ms(60*time.Millisecond, 90, 900)},
		{Stage: stagePDF, Size: "1m", Records: 1_000_000, M: ms(300*time.Millisecond, 190, 840)},
		{Stage: stageFullExport, Size: "100k", Records: 100_000, M: ms(2600*time.Millisecond, 160, 300), Note: "PDF 700 KiB, workbook 6.4 MiB"},
		{Stage: stageFullExport, Size: "1m", Records: 1_000_000, M: ms(26500*time.Millisecond, 1500, 1800), Note: "PDF 865 KiB, workbook 63.7 MiB"},
		floorTask100k,
		{Stage: stageDeskExport, Size: "100k", Records: 100_000, M: ms(2500*time.Millisecond, 260, 350), Floor: floorTask100k, Note: "18485 records kept"},
		{Stage: stageExportAgain, Size: "100k", Records: 100_000, M: ms(2600*time.Millisecond, 200, 300), Floor: floorTask100k},
		floorTask1m,
		{Stage: stageDeskExport, Size: "1m", Records: 1_000_000, M: ms(38*time.Second, 1600, 1950), Floor: floorTask1m},
	}
	r := &Report{
		Machine: Machine{CPU: "Test CPU", Cores: 2, GOMAXPROCS: 2, Memory: 24 << 30, OS: "linux", Arch: "amd64",
			Kernel: "6.1", GoVersion: "go1.26", LoadBefore: "0.50 0.40 0.30", LoadAfter: "1.50 1.00 0.50",
			Date: time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC)},
		Took: 9*time.Minute + 30*time.Second,
	}
	for _, row := range rows {
		r.Rows = append(r.Rows, *row)
	}
	r.Targets = evaluateTargets(r.Rows, "1m")
	return r
}

func TestEvaluateTargets(t *testing.T) {
	r := fixedReport()
	type key struct{ name, size string }
	want := map[key]bool{
		{"load + validate within 2× a plain encoding/json decode", "1m"}:                                 true,  // 1.5×
		{targetBuildBundled, "bundled"}:                                                                  true,  // 800µs ≤ 1ms
		{targetBuildEvery, "1m"}:                                                                         true,  // 1.5s ≤ 1.5s, at the bound
		{targetPreview, "100k"}:                                                                          false, // 60ms > 50ms
		{"workbook within 1.3× the excelize floor's time", "1m"}:                                         false, // 1.4×
		{"workbook within 1.5× the excelize floor's peak heap", "1m"}:                                    true,  // 1.14×
		{"PDF appendix within 1.3× the fpdf floor", "10k"}:                                               true,  // 1.1×
		{"PDF briefing within 2× (the bundled briefing's + the selection time)", "1m"}:                   true,  // 300 / 310
		{targetFullExport, "100k"}:                                                                       false, // 2.6s > 2.45s
		{targetFullExport, "1m"}:                                                                         true,  // 26.5s ≤ 28.04s
		{"peak memory (resident set) of a full export under 2 GiB", "1m"}:                                true,  // 1.76 GiB
		{"full export with appendix within 1.5× the libraries' whole task", "100k"}:                      true,  // 1.25×
		{"full export with appendix within 1.8× the libraries' whole task", "1m"}:                        false, // 1.9×
		{"peak memory (resident set) of a full export with appendix under 2 GiB", "1m"}:                  true,  // 1.90 GiB
		{"the same export again (dataset from the cache) within 1.2× the libraries' whole task", "100k"}: false, // 1.3×
		{"PDF briefing of the bundled dataset no slower than before issue 21", "bundled"}:                true,  // 60ms ≤ 256ms
	}
	if len(r.Targets) != len(want) {
		t.Errorf("%d targets, want %d", len(r.Targets), len(want))
	}
	for _, tg := range r.Targets {
		pass, ok := want[key{tg.Name, tg.Size}]
		if !ok {
			t.Errorf("unexpected target %q at %s", tg.Name, tg.Size)
			continue
		}
		if tg.Pass != pass {
			t.Errorf("%s (%s): pass %v (measured %s, bound %s), want %v", tg.Name, tg.Size, tg.Pass, tg.Value(), tg.Bound(), pass)
		}
		if tg.Stage == stagePreviewMatch {
			t.Errorf("%s: the match alone is shown for information and bears no target", tg.Name)
		}
	}
	if r.Passed() {
		t.Error("the report passed with targets missed")
	}
}

// The names of the time-bound targets, as the tests look them up.
const (
	targetBuildBundled = "select + build briefing of the bundled dataset (whole selection) within 1 ms"
	targetBuildEvery   = "select + build briefing of every record within 1.5 s"
	targetPreview      = "preview's reaction to one ticked sector (match, counts, key figures) within 50 ms"
	targetFullExport   = "full export (export.Run, PDF and workbook) no slower than before"
)

// TestTimeTargets moves one row of fixedReport across its time bound: each time-bound
// target is met in one of fixedReport and this test, and missed in the other.
func TestTimeTargets(t *testing.T) {
	cases := []struct {
		stage, size string
		time        time.Duration
		target      string
		wantPass    bool
		wantValue   string
		wantBound   string
		wantDetail  string
	}{
		{stageBuild, "bundled", 1200 * time.Microsecond, targetBuildBundled, false, "1.2ms", "≤ 1.0ms", "median of 1 run, 268 records"},
		{stageBuild, "bundled", time.Millisecond, targetBuildBundled, true, "1.0ms", "≤ 1.0ms", "median of 1 run, 268 records"},
		{stageBuild, "1m", 1600 * time.Millisecond, targetBuildEvery, false, "1.60s", "≤ 1.50s", "median of 1 run; the load takes 6.00s"},
		{stagePreview, "100k", 45 * time.Millisecond, targetPreview, true, "45.0ms", "≤ 50.0ms", "median of 1 run; the match alone 9.0ms"},
		{stagePreview, "100k", 50 * time.Millisecond, targetPreview, true, "50.0ms", "≤ 50.0ms", "median of 1 run; the match alone 9.0ms"},
		{stageFullExport, "100k", 2450 * time.Millisecond, targetFullExport, true, "2.45s", "≤ 2.45s", "2.45s against 2.45s before"},
		{stageFullExport, "1m", 28500 * time.Millisecond, targetFullExport, false, "28.50s", "≤ 28.04s", "28.50s against 28.04s before"},
	}
	for _, c := range cases {
		t.Run(c.stage+" "+c.size+" "+c.time.String(), func(t *testing.T) {
			r := fixedReport()
			moved := false
			for i := range r.Rows {
				if row := &r.Rows[i]; row.Stage == c.stage && row.Size == c.size {
					row.M.Runs[0].Time = c.time
					moved = true
				}
			}
			if !moved {
				t.Fatalf("fixedReport has no row %s at %s", c.stage, c.size)
			}
			var found bool
			for _, tg := range evaluateTargets(r.Rows, "1m") {
				if tg.Name != c.target || tg.Size != c.size {
					continue
				}
				found = true
				if tg.Pass != c.wantPass || tg.Value() != c.wantValue || tg.Bound() != c.wantBound || tg.Detail != c.wantDetail {
					t.Errorf("pass %v, %s %s, %q; want pass %v, %s %s, %q", tg.Pass, tg.Value(), tg.Bound(), tg.Detail,
						c.wantPass, c.wantValue, c.wantBound, c.wantDetail)
				}
			}
			if !found {
				t.Errorf("no target %q at %s", c.target, c.size)
			}
		})
	}
}

// TestFullExportBefore pins the figures a full export is bounded by, and where they hold.
func TestFullExportBefore(t *testing.T) {
	if fullExportBefore["1m"] != 28040*time.Millisecond || fullExportBefore["100k"] != 2450*time.Millisecond || len(fullExportBefore) != 2 {
		t.Errorf("the full export's figures before are %v, want 1m 28.04s and 100k 2.45s", fullExportBefore)
	}
	for _, label := range fullExportSizes {
		if _, ok := fullExportBefore[label]; !ok {
			t.Errorf("a full export is measured at %s without a figure before", label)
		}
	}
}

// TestReportGolden compares the text and Markdown of a fixed report with testdata/.
func TestReportGolden(t *testing.T) {
	r := fixedReport()
	cases := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"report.txt", func(b *bytes.Buffer) error { return r.WriteText(b) }},
		{"report.md", func(b *bytes.Buffer) error { return r.WriteMarkdown(b) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := c.write(&got); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", c.name+".golden"), got.Bytes())
		})
	}
}

func TestReplaceBetweenMarkers(t *testing.T) {
	doc := "# Title\n\nIntro.\n\n" + BeginMarker + "\nold figures\n" + EndMarker + "\n\n## History\n\nKept.\n"
	cases := []struct {
		name    string
		doc     string
		want    string
		wantErr bool
	}{
		{"replaces the generated part only", doc,
			"# Title\n\nIntro.\n\n" + BeginMarker + "\n\nnew figures\n\n" + EndMarker + "\n\n## History\n\nKept.\n", false},
		{"no markers", "# Title\n", "", true},
		{"markers the wrong way round", EndMarker + "\n" + BeginMarker + "\n", "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := replaceBetweenMarkers([]byte(c.doc), []byte("\nnew figures\n"))
			if (err != nil) != c.wantErr {
				t.Fatalf("error %v, want an error: %v", err, c.wantErr)
			}
			if err == nil && string(got) != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestUpdateDoc(t *testing.T) {
	path := filepath.Join(t.TempDir(), "performance.md")
	if err := os.WriteFile(path, []byte("# Performance\n\n"+BeginMarker+"\n"+EndMarker+"\n\nHistory.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := UpdateDoc(path, fixedReport()); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Performance", "| CPU | Test CPU |", "**11 of 16 targets met.**", "History."} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the document lacks %q:\n%s", want, got)
		}
	}
}

func TestFormatting(t *testing.T) {
	cases := []struct {
		name, got, want string
	}{
		{"microseconds", seconds(812 * time.Microsecond), "812µs"},
		{"milliseconds", seconds(41234 * time.Microsecond), "41.2ms"},
		{"hundreds of milliseconds", seconds(412 * time.Millisecond), "412ms"},
		{"seconds", seconds(5312 * time.Millisecond), "5.31s"},
		{"KiB", mib(512 << 10), "512 KiB"},
		{"MiB", mib(1536 << 20), "1536.0 MiB"},
		{"few allocations", count(950), "950"},
		{"thousands", count(12345), "12.3k"},
		{"millions", count(4_560_000), "4.56M"},
		{"profile name", words.Slug("select (5 sectors, 2005–2015) 1m"), "select-5-sectors-2005-2015-1m"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
}
