package perf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache/internal/golden"
)

// fixedReport is a report with made-up figures: a target met and one missed of each kind.
func fixedReport() *Report {
	ms := func(d time.Duration, heapMiB, rssMiB uint64) Measurement {
		return Measurement{Runs: []Sample{{Time: d, Allocs: 1234, Bytes: 5 << 20, PeakHeap: heapMiB << 20, PeakRSS: rssMiB << 20}}}
	}
	floorLoad := &Row{Stage: stageDecodeFloor, Size: "1m", Records: 1_000_000, M: ms(4*time.Second, 1500, 2600)}
	floorXLSX := &Row{Stage: stageExcelFloor, Size: "1m", Records: 1_000_000, M: ms(10*time.Second, 700, 1800)}
	floorPDF := &Row{Stage: stageFpdfFloor, Size: "10k", Records: 10_000, M: ms(800*time.Millisecond, 140, 200)}
	rows := []*Row{
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
		{Stage: stageFullExport, Size: "1m", Records: 1_000_000, M: ms(28*time.Second, 1500, 1800), Note: "PDF 865 KiB, workbook 63.7 MiB"},
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
	want := map[string]bool{
		"load + validate within 2× a plain encoding/json decode":                        true,  // 1.5×
		"selection and briefing model (every record) under 10% of the load time":        false, // 25%
		"selection and briefing model (a typical selection) under 10% of the load time": true,  // 7.5%
		"workbook within 1.3× the excelize floor's time":                                false, // 1.4×
		"workbook within 1.5× the excelize floor's peak heap":                           true,  // 1.14×
		"PDF appendix within 1.3× the fpdf floor":                                       true,  // 1.1×
		"PDF briefing within 2× (the bundled briefing's + the selection time)":          true,  // 300 / 310
		"peak memory (resident set) of a full export under 2 GiB":                       true,  // 1.76 GiB
	}
	if len(r.Targets) != len(want) {
		t.Errorf("%d targets, want %d", len(r.Targets), len(want))
	}
	for _, tg := range r.Targets {
		pass, ok := want[tg.Name]
		if !ok {
			t.Errorf("unexpected target %q", tg.Name)
			continue
		}
		if tg.Pass != pass {
			t.Errorf("%s: pass %v (measured %s, bound %s), want %v", tg.Name, tg.Pass, tg.Value(), tg.Bound(), pass)
		}
	}
	if r.Passed() {
		t.Error("the report passed with targets missed")
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
	for _, want := range []string{"# Performance", "| CPU | Test CPU |", "**6 of 8 targets met.**", "History."} {
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
		{"profile name", profileName("select (5 sectors, 2005–2015) 1m"), "select-5-sectors-2005-2015-1m"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
}
