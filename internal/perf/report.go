package perf

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// tableHeader names the columns of the results table, text and Markdown alike.
var tableHeader = []string{"stage", "size", "runs", "time", "allocs/op", "bytes/op",
	"peak heap", "peak RSS", "vs floor", "target", "result"}

// cells returns a row's cells under tableHeader, with the targets shown on it.
func (r *Report) cells(row *Row) []string {
	size := row.Size
	if row.Records > 0 && row.Size == "bundled" {
		size = fmt.Sprintf("bundled (%d)", row.Records)
	}
	vsFloor := ""
	if row.Floor != nil {
		vsFloor = fmt.Sprintf("%.2f×", row.TimeRatio())
		if row.Stage == stageWorkbook {
			vsFloor += fmt.Sprintf(" time, %.2f× heap", row.HeapRatio())
		}
	}
	var bounds, results []string
	for _, t := range r.Targets {
		if t.Stage == row.Stage && t.Size == row.Size {
			bounds = append(bounds, t.Value()+" "+t.Bound())
			results = append(results, passWord(t.Pass))
		}
	}
	stage := row.Stage
	if row.Note != "" {
		stage += " (" + row.Note + ")"
	}
	return []string{stage, size, fmt.Sprint(len(row.M.Runs)), seconds(row.M.Time()), count(row.M.Allocs()),
		mib(row.M.Bytes()), mib(row.M.PeakHeap()), mib(row.M.PeakRSS()), vsFloor,
		strings.Join(bounds, "; "), strings.Join(results, "; ")}
}

func passWord(ok bool) string {
	if ok {
		return "pass"
	}
	return "FAIL"
}

// Passed reports whether every target was met.
func (r *Report) Passed() bool {
	for _, t := range r.Targets {
		if !t.Pass {
			return false
		}
	}
	return true
}

// WriteText prints the results and targets as aligned plain-text tables.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(tableHeader, "\t"))
	for i := range r.Rows {
		fmt.Fprintln(tw, strings.Join(r.cells(&r.Rows[i]), "\t"))
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "target\tmeasured\tbound\tfrom\tresult")
	for _, t := range r.Targets {
		fmt.Fprintf(tw, "%s (%s)\t%s\t%s\t%s\t%s\n", t.Name, t.Size, t.Value(), t.Bound(), t.Detail, passWord(t.Pass))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%s; %d of %d targets met; run took %s\n",
		r.Machine.summary(), r.metCount(), len(r.Targets), r.Took.Round(time.Second))
	return err
}

func (r *Report) metCount() int {
	n := 0
	for _, t := range r.Targets {
		if t.Pass {
			n++
		}
	}
	return n
}

func (m Machine) summary() string {
	return fmt.Sprintf("%s, %d cores, %s, %s", orUnknown(m.CPU), m.Cores, gib(m.Memory), m.GoVersion)
}

func gib(n uint64) string {
	if n == 0 {
		return "memory unknown"
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// WriteMarkdown writes the run as the generated part of docs/performance.md: how it was
// run, the machine, the results and the targets.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	mode := "full run (10k, 100k and 1m records)"
	if r.Quick {
		mode = "quick run (10k and 100k records; 100k stands in for 1m in the targets)"
	}
	m := r.Machine
	fmt.Fprintf(&b, "Measured on %s by `make bench`, %s, in %s.\n\n", m.Date.UTC().Format("2006-01-02 15:04 MST"), mode, r.Took.Round(time.Second))
	b.WriteString("| machine | |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| CPU | %s |\n", orUnknown(m.CPU))
	fmt.Fprintf(&b, "| cores | %d logical (GOMAXPROCS %d) |\n", m.Cores, m.GOMAXPROCS)
	fmt.Fprintf(&b, "| memory | %s |\n", gib(m.Memory))
	fmt.Fprintf(&b, "| system | %s/%s, kernel %s |\n", m.OS, m.Arch, orUnknown(m.Kernel))
	fmt.Fprintf(&b, "| Go | %s |\n", m.GoVersion)
	fmt.Fprintf(&b, "| load average (1, 5, 15 min) | %s at the start, %s at the end |\n\n", orUnknown(m.LoadBefore), orUnknown(m.LoadAfter))
	fmt.Fprintf(&b, "**%d of %d targets met.**\n\n", r.metCount(), len(r.Targets))
	b.WriteString("| target | measured | bound | from | result |\n| --- | --- | --- | --- | --- |\n")
	for _, t := range r.Targets {
		fmt.Fprintf(&b, "| %s (%s) | %s | %s | %s | %s |\n", t.Name, t.Size, t.Value(), t.Bound(), t.Detail, passWord(t.Pass))
	}
	b.WriteString("\n| " + strings.Join(tableHeader, " | ") + " |\n|")
	for range tableHeader {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for i := range r.Rows {
		b.WriteString("| " + strings.Join(r.cells(&r.Rows[i]), " | ") + " |\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
