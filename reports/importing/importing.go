// Package importing brings values from files into a dataset: Attaché's own record table
// (CSV or a workbook's Records sheet) and the statistics agencies' downloads — UN Comtrade
// CSV, the IMF's Direction of Trade / IMTS CSV in its two layouts, and SDMX-CSV — each
// detected from its content. Each agency value becomes an indicator record with its
// reporter and partner, flow and valuation, unit converted to the dataset's, period, the
// agency's flags as qualifier and caveat, and a source made from the file.
//
// Import is the one function that `attache-cli import` and the desktop app's Import
// records… call. A file with any problem is refused whole, naming the file, the line and the
// column; nothing of it is imported.
package importing

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"attache/reports/dataset"
)

// Input is one file to import: its name (which problems and the source cite) and content.
type Input struct {
	Name string
	R    io.Reader
}

// Options say how Import treats the files.
type Options struct {
	// Update replaces a value the dataset already has (same indicator, reporter, partner
	// and period) with the file's; without it, a different value is listed, not taken.
	Update bool
	// NewPair, when set ("AZE,KOR"), imports into a new dataset for that pair instead of
	// the one given.
	NewPair string
	// Separator is the files' column separator; 0 reads commas and refuses a file that
	// plainly uses another, saying so. With another separator, decimal commas are read.
	Separator rune
	// Date is the date of the import, stated in the sources made from the files; zero
	// means today.
	Date time.Time
}

// TradeSector is the sector of every value imported from an agency's file.
const TradeSector = "trade"

// Import reads every file and merges its values into base (or into a new dataset for
// Options.NewPair), returning the merged dataset, validated as a whole, and what was added,
// changed, left alone and left out. base is never modified. When any file has a problem,
// every problem is returned in a *dataset.ValidationError and nothing is imported.
func Import(ctx context.Context, base *dataset.Dataset, inputs []Input, opts Options) (*Outcome, error) {
	if opts.Date.IsZero() {
		opts.Date = time.Now()
	}
	if opts.NewPair != "" {
		codes, names, err := ParsePair(opts.NewPair)
		if err != nil {
			return nil, err
		}
		base = NewPairDataset(codes, names, opts.Date)
	}
	if base == nil {
		return nil, errors.New("importing: no dataset to import into")
	}
	if len(base.Countries) != 2 {
		return nil, errors.New("importing: the dataset does not name its two countries")
	}
	m := newMerger(base, opts)
	var names []string
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		names = append(names, in.Name)
		if err := m.file(in); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return m.finish(strings.Join(names, ", "))
}

// readAll reads a file up to the dataset size limit.
func readAll(in Input) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in.R, dataset.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading the file: %w", in.Name, err)
	}
	if int64(len(data)) > dataset.DefaultMaxBytes {
		return nil, fileProblem(in.Name, 0, "the file is larger than the limit of %d MiB: split it", dataset.DefaultMaxBytes>>20)
	}
	return data, nil
}

// readRecordTable reads Attaché's own record table, as dataset.ImportCSV and ImportXLSX do;
// a CSV with another separator is first rewritten with commas, line for line.
func readRecordTable(in Input, data []byte, s *sniffed) ([]dataset.Record, error) {
	if s.format == RecordTableXLSX {
		return dataset.ImportXLSX(bytes.NewReader(data), in.Name, "")
	}
	if s.comma == ',' {
		return dataset.ImportCSV(bytes.NewReader(s.text), in.Name)
	}
	cr := csv.NewReader(bytes.NewReader(s.text))
	cr.Comma = s.comma
	cr.FieldsPerRecord = -1
	var out bytes.Buffer
	cw := csv.NewWriter(&out)
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fileProblem(in.Name, 0, "%v", err)
		}
		_ = cw.Write(row) // into a buffer: cannot fail
	}
	cw.Flush()
	return dataset.ImportCSV(&out, in.Name)
}
