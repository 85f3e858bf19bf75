package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"attache/reports/atomicfile"
	"attache/reports/dataset"
	"attache/reports/importing"
)

const importUsage = `Usage: attache-cli import [--dataset IN.json | --new-pair AAA,BBB] --out OUT.json [flags] FILE...

Merges the values of each FILE into the dataset and writes the merged dataset, validated
whole, to --out (written whole or not at all; IN is replaced only when --out names it).
Each FILE is read as what its content shows: Attaché's record table (CSV, or a workbook's
Records sheet), a UN Comtrade CSV download, an IMF Direction of Trade / IMTS CSV download
(one column per indicator, or one column per year), or SDMX-CSV. A file with any problem is
refused whole; every problem names the file, the line and the column.

A value the dataset already has (same indicator, reporter, partner and period) is replaced
only with --update; otherwise a different value is listed and left as it is.

Examples:
  attache-cli import --dataset az-kr.json --out az-kr-2026.json comtrade.csv
  attache-cli import --new-pair AZE,KOR --out aze-kor.json comtrade.csv imf-dots.csv
  attache-cli import --dataset az-kr.json --dry-run imf-dots.csv

Flags:
`

// importFlags are the values of the import command's flags.
type importFlags struct {
	dataset, out, newPair, separator, date string
	dryRun, update                         bool
}

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", importUsage, stdout)
	var f importFlags
	fs.StringVar(&f.dataset, "dataset", "", "dataset `FILE` to import into (default: the bundled dataset)")
	fs.StringVar(&f.out, "out", "", "write the merged dataset to `FILE` (required unless --dry-run)")
	fs.StringVar(&f.newPair, "new-pair", "", "import into a new dataset for this `pair` of ISO codes, such as AZE,KOR")
	fs.StringVar(&f.separator, "separator", "", "column `separator` of the files: ',' (default), ';' (then decimal commas are read) or tab")
	fs.StringVar(&f.date, "date", "", "`date` of the import YYYY-MM-DD stated in the sources made from the files (default: today)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "list what would be added, updated, left alone and left out; write nothing")
	fs.BoolVar(&f.update, "update", false, "replace values the dataset already has with the files' values")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("import: name at least one file to import (see 'attache-cli import --help')")
	}
	if f.out == "" && !f.dryRun {
		return usagef("import: say where to write the merged dataset: --out FILE (or pass --dry-run)")
	}
	if f.newPair != "" && f.dataset != "" {
		return usagef("import: --new-pair makes a new dataset; leave out --dataset")
	}
	sep, err := parseSeparator(f.separator)
	if err != nil {
		return err
	}
	opts := importing.Options{Update: f.update, NewPair: f.newPair, Separator: sep}
	if f.date != "" {
		if opts.Date, err = parseGenerated(f.date); err != nil {
			return err
		}
	}
	if f.newPair != "" {
		if _, _, err := importing.ParsePair(f.newPair); err != nil {
			return usagef("import: --new-pair: %v", err)
		}
	}
	var base *dataset.Dataset
	if f.newPair == "" {
		if base, err = loadDataset(f.dataset); err != nil {
			return err
		}
	}
	var inputs []importing.Input
	for _, path := range fs.Args() {
		file, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("cannot open the file to import: %w", err)
		}
		defer file.Close()
		inputs = append(inputs, importing.Input{Name: path, R: file})
	}
	out, err := importing.Import(ctx, base, inputs, opts)
	if err != nil {
		return err
	}
	if f.dryRun {
		return out.WriteList(stdout)
	}
	for _, e := range out.Differences {
		fmt.Fprintf(stderr, "differs: %s:%d: %s, %s to %s, %s: the file has %v, the dataset's record %q has %v; left as it is (pass --update to take the file's)\n",
			e.File, e.Line, e.Record.Indicator, e.Record.Reporter, e.Record.Partner, e.Record.Date, *e.Record.Value, e.Old.ID, *e.Old.Value)
	}
	if err := writeDataset(f.out, out.Dataset); err != nil {
		return err
	}
	id := out.Dataset.Identity()
	fmt.Fprintf(stdout, "%s: %s\n%s: %s version %s, %d records, sha256 %s\n",
		f.out, out.Summary(), f.out, id.ID, id.Version, len(out.Dataset.Records), id.SHA256)
	return nil
}

// refuseWorkbook refuses a workbook given where a dataset is expected, saying how to import
// it; it leaves f at its start.
func refuseWorkbook(f *os.File, path string) error {
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading the dataset: %w", err)
	}
	if importing.IsWorkbook(head[:n]) {
		return fmt.Errorf("%s is a workbook, not a dataset: import it with attache-cli import --dataset DATASET.json --out OUT.json %s", path, path)
	}
	return nil
}

// parseSeparator reads --separator: ",", ";", "tab" or any one character.
func parseSeparator(s string) (rune, error) {
	switch s {
	case "":
		return 0, nil
	case "tab", `\t`, "\t":
		return '\t', nil
	}
	r := []rune(s)
	if len(r) != 1 || r[0] == '"' || r[0] == '\n' || r[0] == '\r' {
		return 0, usagef("import: --separator: want one character such as ';' or the word tab, got %q", s)
	}
	return r[0], nil
}

// writeDataset writes d as an indented JSON document, whole or not at all.
func writeDataset(path string, d *dataset.Dataset) error {
	doc, err := d.Canonical()
	if err != nil {
		return err
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, doc, "", "  "); err != nil {
		return fmt.Errorf("writing the dataset: %w", err)
	}
	pretty.WriteByte('\n')
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(pretty.Bytes())
		return err
	})
}
