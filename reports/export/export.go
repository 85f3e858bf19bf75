// Package export is the one way both front ends write a briefing's files: it builds the
// briefing once and renders it to every target, all of them or none. The command line and
// the desktop app differ only in how they collect the targets and the options.
package export

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"attache/reports"
	"attache/reports/atomicfile"
	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/pdf"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// Format is a kind of file an export writes.
type Format int

// The formats of an export.
const (
	PDF Format = iota
	Workbook
)

// Ext is the file name extension of the format.
func (f Format) Ext() string {
	if f == Workbook {
		return ".xlsx"
	}
	return ".pdf"
}

// Target is one file an export writes.
type Target struct {
	Format Format
	Path   string
}

// SoftMemoryLimit is the soft limit on the Go heap that attache-cli sets for itself
// (GOMEMLIMIT, when set, wins): the collector works harder as it nears it rather than let the
// heap grow to twice what is live. Validating a 300 MB document that fails (the document,
// then the dataset decoded from it twice) peaked at 2.3 GB without it and 1.8 GB with it;
// the full export with appendix of a desk selection of 1,000,000 records at 2.6 GB without
// it and 1.6 GB with it. The performance harness measures exports under it too.
const SoftMemoryLimit = 1536 << 20

// Length is how much of the briefing the PDF holds.
type Length string

// The lengths of a PDF briefing.
const (
	Brief    Length = "brief"    // at most two pages: what a minister reads in a minute
	Standard Length = "standard" // the briefing with every section
	Full     Length = "full"     // the standard briefing with an appendix of every record
)

// Lengths lists the lengths, shortest first.
var Lengths = []Length{Brief, Standard, Full}

// ParseLength reads a length by its name, any case.
func ParseLength(s string) (Length, error) {
	for _, l := range Lengths {
		if strings.EqualFold(strings.TrimSpace(s), string(l)) {
			return l, nil
		}
	}
	return Standard, fmt.Errorf("unknown length %q: choose brief, standard or full", s)
}

// Step names what an export is doing, for a progress line.
type Step int

// The steps of an export.
const (
	Building Step = iota
	WritingPDF
	WritingWorkbook
)

// Options are everything an export needs besides the data, the selection and the targets.
type Options struct {
	// Lang is the language of the documents; "" is English.
	Lang                              i18n.Lang
	Title, PreparedBy, Classification string
	AppVersion                        string
	// Generated is the date the files state; zero means today (reports.Today).
	Generated time.Time
	Paper     pdf.Paper
	Length    Length // "" means Standard
	// Progress, when set, is called as the work advances with the share done (0 to 1).
	Progress func(done float64, step Step)
}

// buildShare is the part of the progress that building the briefing takes.
const buildShare = 0.15

// Run builds the briefing of sel and writes every target. Each file goes through a
// temporary file beside it, and each is moved into place only once the next is complete,
// so a failed or cancelled export (ctx) leaves no new file and every existing one as it was.
// It returns the briefing, for the front end to say what was written.
func Run(ctx context.Context, d *dataset.Dataset, sel selection.Selection, targets []Target, o Options) (*reports.Briefing, error) {
	if len(targets) == 0 {
		return nil, fmt.Errorf("nothing to write: name a PDF or a workbook file")
	}
	progress := func(done float64, step Step) {
		if o.Progress != nil {
			o.Progress(min(1, done), step)
		}
	}
	if o.Generated.IsZero() {
		o.Generated = reports.Today()
	}
	progress(0, Building)
	b, err := reports.Build(ctx, d, sel, reports.Options{
		Title:          o.Title,
		Lang:           o.Lang,
		PreparedBy:     o.PreparedBy,
		Classification: o.Classification,
		AppVersion:     o.AppVersion,
		Generated:      o.Generated,
		Progress:       func(done, total int) { progress(buildShare*fraction(done, total), Building) },
	})
	if err != nil {
		return nil, fmt.Errorf("building the briefing: %w", err)
	}
	share := (1 - buildShare) / float64(len(targets))
	err = writeTargets(ctx, b, targets, o, func(i, done, total int) {
		progress(buildShare+share*(float64(i)+fraction(done, total)), targets[i].Format.step())
	}, 0)
	if err != nil {
		return nil, err
	}
	progress(1, targets[len(targets)-1].Format.step())
	return b, nil
}

// step is the step of an export that writes a file of the format.
func (f Format) step() Step {
	if f == Workbook {
		return WritingWorkbook
	}
	return WritingPDF
}

// writeTargets writes targets[0] through a temporary file and, before moving it into place,
// the rest the same way; i is the index of targets[0] among all the targets.
func writeTargets(ctx context.Context, b *reports.Briefing, targets []Target, o Options, progress func(i, done, total int), i int) error {
	if len(targets) == 0 {
		return nil
	}
	t := targets[0]
	return atomicfile.Write(t.Path, func(w io.Writer) error {
		// atomicfile's own errors name the path; a failed render is named here, once.
		if err := render(ctx, w, b, t.Format, o, func(done, total int) { progress(i, done, total) }); err != nil {
			return fmt.Errorf("%s: %w", t.Path, err)
		}
		return writeTargets(ctx, b, targets[1:], o, progress, i+1)
	})
}

func render(ctx context.Context, w io.Writer, b *reports.Briefing, f Format, o Options, progress func(done, total int)) error {
	if f == Workbook {
		return xlsx.Render(ctx, w, b, xlsx.Options{Progress: progress})
	}
	return pdf.Render(ctx, w, b, pdf.Options{Paper: o.Paper, All: o.Length == Full, Brief: o.Length == Brief, Progress: progress})
}

func fraction(done, total int) float64 {
	if total <= 0 {
		return 0
	}
	return min(1, float64(done)/float64(total))
}
