package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"attache/internal/buildinfo"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/export"
	"attache/reports/i18n"
	"attache/reports/pdf"
	"attache/reports/selection"
	"attache/reports/words"
)

const exportUsage = `Usage: attache-cli export [flags]

Makes a PDF briefing (--pdf) and/or an Excel workbook (--xlsx) from one selection; both come
from the same briefing, so they agree. Files are written whole or not at all.

Examples:
  attache-cli export --sectors trade --from 2017 --to 2019 --pdf trade.pdf --xlsx trade.xlsx
  attache-cli export --pdf all.pdf --date 2026-01-31    # every sector, whole range, fixed date

Flags:
`

// exportFlags are the values of the export command's flags.
type exportFlags struct {
	dataset, sectors, from, to, kinds, text string
	pdfPath, xlsxPath, paper, date, length  string
	lang                                    string
	title, preparedBy, classification       string
	pdfAll                                  bool
}

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", exportUsage, stdout)
	var f exportFlags
	fs.StringVar(&f.dataset, "dataset", "", "dataset `FILE` (default: the bundled dataset)")
	fs.StringVar(&f.sectors, "sectors", "", "comma-separated sector `ids` or names (default: every sector)")
	fs.StringVar(&f.from, "from", "", "start of the range: `YYYY`, YYYY-MM or YYYY-MM-DD (default: open)")
	fs.StringVar(&f.to, "to", "", "end of the range: `YYYY`, YYYY-MM or YYYY-MM-DD (default: open)")
	fs.StringVar(&f.kinds, "kinds", "", "comma-separated record `kinds`: event, agreement, statement, figure (default: all)")
	fs.StringVar(&f.text, "text", "", "keep only records whose id, title or summary contain this `text`")
	fs.StringVar(&f.pdfPath, "pdf", "", "write the PDF briefing to `FILE`")
	fs.StringVar(&f.xlsxPath, "xlsx", "", "write the Excel workbook to `FILE`")
	fs.StringVar(&f.paper, "paper", "a4", "PDF paper `size`: a4 or letter")
	fs.StringVar(&f.lang, "lang", "en", "`language` of the files: en (English), az (Azərbaycanca) or ko (한국어)")
	fs.StringVar(&f.length, "length", "standard", "PDF `length`: brief (two pages), standard, or full (with an appendix of every record)")
	fs.BoolVar(&f.pdfAll, "pdf-all", false, "the same as --length full")
	fs.StringVar(&f.date, "date", "", "generation `date` YYYY-MM-DD stated in the files (default: today); fix it for reproducible files")
	fs.StringVar(&f.title, "title", "", "briefing `title` (default: the country pair)")
	fs.StringVar(&f.preparedBy, "prepared-by", "", "\"prepared by\" `line` on the cover")
	fs.StringVar(&f.classification, "classification", "", "classification `line` on every page (e.g. \"For official use\")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export: unexpected argument %q (flags start with --)", fs.Arg(0))
	}
	if f.pdfPath == "" && f.xlsxPath == "" {
		return usagef("export: say where to write: --pdf FILE and/or --xlsx FILE")
	}
	paper, err := parsePaper(f.paper)
	if err != nil {
		return err
	}
	generated, err := parseGenerated(f.date)
	if err != nil {
		return err
	}
	lang, err := i18n.Parse(f.lang)
	if err != nil {
		return usagef("export: --lang: %v", err)
	}
	length, err := export.ParseLength(f.length)
	if err != nil {
		return usagef("export: --length: %v", err)
	}
	if f.pdfAll {
		length = export.Full
	}
	d, err := loadDataset(f.dataset)
	if err != nil {
		return err
	}
	sel, err := selectionFromFlags(d, f)
	if err != nil {
		return err
	}
	var targets []export.Target
	if f.pdfPath != "" {
		targets = append(targets, export.Target{Format: export.PDF, Path: f.pdfPath})
	}
	if f.xlsxPath != "" {
		targets = append(targets, export.Target{Format: export.Workbook, Path: f.xlsxPath})
	}
	b, err := export.Run(ctx, d, sel, targets, export.Options{
		Title:          f.title,
		Lang:           lang,
		PreparedBy:     f.preparedBy,
		Classification: f.classification,
		AppVersion:     buildinfo.Version,
		Generated:      generated,
		Paper:          paper,
		Length:         length,
	})
	if err != nil {
		return fmt.Errorf("no file written: %w", err)
	}
	if b.Empty() {
		fmt.Fprintln(stderr, "attache-cli: note: no record matches this selection; the files say so")
	}
	for _, t := range targets {
		fmt.Fprintf(stdout, "wrote %s (%d records, %d sources)\n", t.Path, len(b.Records), len(b.Sources))
	}
	return nil
}

func parsePaper(s string) (pdf.Paper, error) {
	switch strings.ToLower(s) {
	case "a4":
		return pdf.A4, nil
	case "letter", "us-letter":
		return pdf.Letter, nil
	}
	return pdf.A4, usagef("export: --paper %q: choose a4 or letter", s)
}

func parseGenerated(s string) (time.Time, error) {
	if s == "" {
		return reports.Today(), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usagef("export: --date %q: want YYYY-MM-DD, a real day", s)
	}
	return t, nil
}

// selectionFromFlags turns the flags into a selection, refusing unknown sectors and kinds and
// malformed dates with the valid choices named.
func selectionFromFlags(d *dataset.Dataset, f exportFlags) (selection.Selection, error) {
	sel := selection.Selection{Text: f.text} // no --sectors or --kinds: every one
	for _, name := range splitList(f.sectors) {
		id, ok := sectorID(d, name)
		if !ok {
			return sel, usagef("export: --sectors: unknown sector %q; choose from: %s",
				name, strings.Join(selection.AllSectors(d), ", "))
		}
		if !slices.Contains(sel.Sectors, id) {
			sel.Sectors = append(sel.Sectors, id)
		}
	}
	for _, k := range splitList(f.kinds) {
		kind, ok := words.ParseKind(k)
		if !ok {
			return sel, usagef("export: --kinds: unknown kind %q; choose from: event, agreement, statement, figure", k)
		}
		if !slices.Contains(sel.Kinds, kind) {
			sel.Kinds = append(sel.Kinds, kind)
		}
	}
	var err error
	if f.from != "" {
		if sel.From, err = dataset.ParseDate(f.from); err != nil {
			return sel, usagef("export: --from: %v", err)
		}
	}
	if f.to != "" {
		if sel.To, err = dataset.ParseDate(f.to); err != nil {
			return sel, usagef("export: --to: %v", err)
		}
	}
	if err := sel.Check(d); err != nil {
		return sel, usagef("export: %v", err)
	}
	return sel, nil
}

// sectorID finds a sector by id or by name, ignoring case.
func sectorID(d *dataset.Dataset, name string) (string, bool) {
	for _, s := range d.Sectors {
		if strings.EqualFold(s.ID, name) || strings.EqualFold(s.Name, name) {
			return s.ID, true
		}
	}
	return "", false
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
