// Command importbench reads a records table as the application's import does
// (dataset.ImportXLSX for .xlsx, dataset.ImportCSV otherwise) and says how many records it
// holds, or lists its problems and exits 1. It exists to measure the import's time and
// memory on large generated tables with /usr/bin/time -v (see docs/performance.md):
//
//	/usr/bin/time -v go run -tags migrated_fynedo ./tools/importbench build/records.xlsx
//
// A workbook of a full sheet (1,048,576 rows) is the export of a SYNTHETIC dataset of
// 1,048,575 records: `go run ./tools/benchdata -sizes 1048575`, then
// `attache-cli export --dataset build/bench-data/synthetic-1048575.json --xlsx build/records.xlsx`.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"attache/reports/dataset"
	"attache/reports/export"
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(export.SoftMemoryLimit) // attache-cli's, so that the figures are the command line's
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: importbench FILE.xlsx|FILE.csv")
		os.Exit(2)
	}
	path := os.Args[1]
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "importbench:", err)
		os.Exit(1)
	}
	defer f.Close()
	var recs []dataset.Record
	if strings.HasSuffix(strings.ToLower(path), ".xlsx") {
		recs, err = dataset.ImportXLSX(f, path, "")
	} else {
		recs, err = dataset.ImportCSV(f, path)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d records\n", path, len(recs))
}
