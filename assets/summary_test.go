package assets_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"

	"attache/internal/golden"
	"attache/reports/dataset"
)

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
	golden.Check(t, filepath.Join("testdata", "summary.golden"), []byte(got))
}
