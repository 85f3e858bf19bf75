// Command benchdata writes the SYNTHETIC datasets that `make bench` measures Attaché against:
// build/bench-data/synthetic-10k.json, synthetic-100k.json and synthetic-1m.json, with a
// README that says what they are. Every record, source and name in them is made up (see
// internal/synthetic); the files are labelled synthetic in their names, ids and titles, live
// under build/ (ignored by version control) and are never bundled into the product.
//
// The output is deterministic: the same seed gives byte-identical files. Run it from the
// repository root:
//
//	go run -tags migrated_fynedo ./tools/benchdata [-out build/bench-data] [-seed 1] [-sizes 10k,100k,1m]
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"attache/internal/synthetic"
	"attache/reports/atomicfile"
)

// DefaultSeed is the seed `make bench-data` uses; internal/perf reads the files it makes.
const DefaultSeed = 1

func main() {
	log.SetFlags(0)
	log.SetPrefix("benchdata: ")
	out := flag.String("out", filepath.Join("build", "bench-data"), "folder to write the synthetic datasets to")
	seed := flag.Int64("seed", DefaultSeed, "seed of the generator; the same seed gives the same files")
	sizeList := flag.String("sizes", "10k,100k,1m", "comma-separated record counts, written as 10k, 100k, 1m or plain numbers")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "benchdata: unexpected arguments %q; it takes only flags\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	sizes, err := parseSizes(*sizeList)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchdata: -sizes: %v\n", err)
		os.Exit(2)
	}
	if err := run(*out, *seed, sizes, os.Stderr); err != nil {
		log.Fatal(err)
	}
}

// run writes one file per size into dir, and the README that labels them.
func run(dir string, seed int64, sizes []size, progress io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the output folder: %w", err)
	}
	if err := atomicfile.Write(filepath.Join(dir, "README.txt"), func(w io.Writer) error {
		_, err := io.WriteString(w, readme(seed, sizes))
		return err
	}); err != nil {
		return fmt.Errorf("writing the README: %w", err)
	}
	for _, s := range sizes {
		began := time.Now()
		path := filepath.Join(dir, synthetic.FileName(s.label))
		d := synthetic.Generate(s.records, seed)
		if err := atomicfile.Write(path, func(w io.Writer) error { return synthetic.Write(w, d) }); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		st, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("checking %s: %w", path, err)
		}
		fmt.Fprintf(progress, "benchdata: %s: %d records, %.1f MiB, %s\n",
			path, s.records, float64(st.Size())/(1<<20), time.Since(began).Round(time.Millisecond))
	}
	return nil
}

func readme(seed int64, sizes []size) string {
	var b strings.Builder
	b.WriteString("SYNTHETIC BENCHMARK DATA — NOT REAL FACTS\n\n")
	b.WriteString("Every record, source, name and figure in these files is made up by internal/synthetic\n")
	b.WriteString("for `make bench` (internal/perf). Never bundle them, cite them or load them as a real\n")
	b.WriteString("dataset. Regenerate with `make bench-data`.\n\n")
	fmt.Fprintf(&b, "seed: %d\n", seed)
	for _, s := range sizes {
		fmt.Fprintf(&b, "%s: %d records\n", synthetic.FileName(s.label), s.records)
	}
	return b.String()
}
