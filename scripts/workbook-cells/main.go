// Command workbook-cells prints what a workbook says, one line per fact, so that two
// workbooks can be compared with diff: its document properties, then every non-empty cell as
// Sheet!A1, a tab and the value as stored (numbers unformatted), quoted.
// scripts/windows-check.sh uses it to show that the Windows build of attache-cli writes the
// same workbook as the Linux build.
//
//	go run ./scripts/workbook-cells FILE.xlsx
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/xuri/excelize/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: workbook-cells FILE.xlsx")
		os.Exit(2)
	}
	if err := printWorkbook(os.Stdout, os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "workbook-cells:", err)
		os.Exit(1)
	}
}

// printWorkbook writes the document properties and the non-empty cells of the workbook at
// path to w.
func printWorkbook(w io.Writer, path string) error {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return fmt.Errorf("open %s: %w (is it an .xlsx workbook?)", path, err)
	}
	defer f.Close()

	props, err := f.GetDocProps()
	if err != nil {
		return fmt.Errorf("%s: document properties: %w", path, err)
	}
	fmt.Fprintf(w, "property\tTitle\t%s\nproperty\tSubject\t%s\nproperty\tCreator\t%s\n",
		props.Title, props.Subject, props.Creator)
	fmt.Fprintf(w, "property\tCreated\t%s\nproperty\tModified\t%s\n", props.Created, props.Modified)

	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return fmt.Errorf("%s: sheet %q: %w", path, sheet, err)
		}
		for r, row := range rows {
			for c, value := range row {
				if value == "" {
					continue
				}
				cell, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					return fmt.Errorf("%s: sheet %q: row %d column %d: %w", path, sheet, r+1, c+1, err)
				}
				// Quoted: one line per cell, whatever line breaks or tabs the value holds.
				fmt.Fprintf(w, "%s!%s\t%q\n", sheet, cell, value)
			}
		}
	}
	return nil
}
