package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"attache/assets"
	"attache/reports/dataset"
	"attache/reports/dataset/cache"
)

// errHelp ends a command that printed its help on request (exit 0).
var errHelp = errors.New("help shown")

// newFlagSet makes a command's flag set that reports errors as usage errors, not exits.
func newFlagSet(name, usage string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors and -h into errHelp.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return errHelp
	case err != nil:
		return usagef("%s: %v (see 'attache-cli %s --help')", fs.Name(), err, fs.Name())
	}
	return nil
}

// loadDataset reads the dataset at path, or the bundled one when path is empty.
func loadDataset(path string) (*dataset.Dataset, error) {
	if path == "" {
		return assets.LoadBundled()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open the dataset: %w", err)
	}
	defer f.Close()
	if err := refuseWorkbook(f, path); err != nil {
		return nil, err
	}
	return cache.Default().Load(f, path) // see reports/dataset/cache
}

const validateUsage = `Usage: attache-cli validate FILE...

Checks each dataset file and lists every problem found, naming the file, the record and the
field. Exits 0 when every file is valid, 1 otherwise.
`

func runValidate(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("validate", validateUsage, stdout)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("validate: name at least one dataset file (see 'attache-cli validate --help')")
	}
	failed := 0
	for _, path := range fs.Args() {
		d, err := loadDataset(path)
		if err != nil {
			failed++
			fmt.Fprintln(stderr, err)
			continue
		}
		id := d.Identity()
		fmt.Fprintf(stdout, "%s: valid: %s version %s, %d records, %d sources, sha256 %s\n",
			path, id.ID, id.Version, len(d.Records), len(d.Sources), id.SHA256)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files are not valid datasets", failed, fs.NArg())
	}
	return nil
}

const listUsage = `Usage: attache-cli list sectors|indicators|sources [--dataset FILE]

Lists the dataset's sectors, indicators or sources as tab-separated columns with a header.
`

func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("list", listUsage, stdout)
	path := fs.String("dataset", "", "dataset `FILE` (default: the bundled dataset)")
	// Accept the flag before or after the subject.
	var subject string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		subject, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if subject == "" && fs.NArg() > 0 {
		subject = fs.Arg(0)
	} else if fs.NArg() > 0 {
		return usagef("list: unexpected argument %q", fs.Arg(0))
	}
	if subject != "sectors" && subject != "indicators" && subject != "sources" {
		return usagef("list: say what to list: sectors, indicators or sources (got %q)", subject)
	}
	d, err := loadDataset(*path)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	switch subject {
	case "sectors":
		fmt.Fprintln(tw, "ID\tNAME\tDESCRIPTION")
		for _, s := range d.Sectors {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", s.ID, s.Name, s.Description)
		}
	case "indicators":
		fmt.Fprintln(tw, "ID\tNAME\tUNIT\tKIND")
		for _, ind := range d.Indicators {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", ind.ID, ind.Name, ind.Unit, ind.Kind)
		}
	case "sources":
		fmt.Fprintln(tw, "ID\tDATE\tPUBLISHER\tTITLE")
		for _, s := range d.Sources {
			title := s.Title
			if s.TitleIsDescription {
				title += " (description)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Date, s.Publisher, title)
		}
	}
	return tw.Flush()
}
