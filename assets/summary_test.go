package assets_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"

	"attache/reports/dataset"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// summarize describes the dataset's coverage: records per sector and kind, and per year.
func summarize(d *dataset.Dataset) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dataset %s %s: %d records, %d sources, %d indicators, %d sectors\n\n",
		d.ID, d.Version, len(d.Records), len(d.Sources), len(d.Indicators), len(d.Sectors))

	bySector := map[string]map[dataset.Kind]int{}
	byKind := map[dataset.Kind]int{}
	byYear := map[int]int{}
	for _, r := range d.Records {
		for _, s := range r.Sectors {
			if bySector[s] == nil {
				bySector[s] = map[dataset.Kind]int{}
			}
			bySector[s][r.Kind]++
		}
		byKind[r.Kind]++
		byYear[r.Date.Y]++
	}

	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "sector\t")
	for _, k := range dataset.Kinds {
		fmt.Fprintf(w, "%s\t", k)
	}
	fmt.Fprint(w, "\n")
	for _, s := range d.Sectors {
		fmt.Fprintf(w, "%s\t", s.ID)
		for _, k := range dataset.Kinds {
			fmt.Fprintf(w, "%d\t", bySector[s.ID][k])
		}
		fmt.Fprint(w, "\n")
	}
	fmt.Fprint(w, "all records\t")
	for _, k := range dataset.Kinds {
		fmt.Fprintf(w, "%d\t", byKind[k])
	}
	fmt.Fprint(w, "\n")
	w.Flush()

	b.WriteString("\nyear  records\n")
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		fmt.Fprintf(&b, "%d  %d\n", y, byYear[y])
	}
	return b.String()
}

func TestSummaryGolden(t *testing.T) {
	got := summarize(loadBundled(t))
	golden := filepath.Join("testdata", "summary.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatalf("write %s: %v", golden, err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read %s: %v (run go test ./assets -update to create it)", golden, err)
	}
	if got != string(want) {
		t.Errorf("summary differs from %s (run go test ./assets -update if the change is intended):\n%s", golden, lineDiff(string(want), got))
	}
}

// lineDiff lists the lines that differ between want and got, by line number.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
		}
	}
	return b.String()
}
