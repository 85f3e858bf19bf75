// Command perfreport is `make bench`: it measures every stage of an export against the
// libraries' own floor in one process (see internal/perf), prints the results and the
// targets of issue 6, and writes them into docs/performance.md.
//
//	go run -tags migrated_fynedo ./internal/perf/cmd/perfreport [-quick] [-data build/bench-data]
//	    [-doc docs/performance.md] [-profile DIR]
//
// The synthetic data come from `make bench-data`. A quick run (10k and 100k records), a run
// of some sizes (-sizes 1m) or of some stages (-only build,pdf) is for iterating: it prints
// but leaves the document alone. The exit status is 0 when every target
// is met, 1 when one is missed or the run fails, 2 on bad usage.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"attache/internal/perf"
)

func main() {
	data := flag.String("data", filepath.Join("build", "bench-data"), "folder of the synthetic datasets (make bench-data)")
	quick := flag.Bool("quick", false, "measure 10k and 100k records only, and leave the document alone")
	doc := flag.String("doc", "", "Markdown file whose generated part receives the results (docs/performance.md)")
	profile := flag.String("profile", "", "folder to write a CPU and a heap profile of each stage's first run to")
	sizes := flag.String("sizes", "", "comma-separated size labels to measure alone (10k,100k,1m); implies leaving the document alone")
	only := flag.String("only", "", "comma-separated groups of stages to measure alone ("+strings.Join(perf.StageGroups, ",")+"); implies leaving the document alone")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "perfreport: unexpected arguments %q; it takes only flags\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	if *profile != "" {
		if err := os.MkdirAll(*profile, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "perfreport: -profile: %v\n", err)
			os.Exit(2)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfg := perf.Config{DataDir: *data, Quick: *quick, Log: os.Stderr, ProfileDir: *profile}
	if *sizes != "" {
		cfg.Sizes = strings.Split(*sizes, ",")
	}
	if *only != "" {
		cfg.Only = strings.Split(*only, ",")
		for _, g := range cfg.Only {
			if !slices.Contains(perf.StageGroups, g) {
				fmt.Fprintf(os.Stderr, "perfreport: -only: unknown group %q; groups are %s\n", g, strings.Join(perf.StageGroups, ", "))
				os.Exit(2)
			}
		}
	}
	partial := *quick || *sizes != "" || *only != ""
	report, err := perf.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "perfreport: %v\n", err)
		os.Exit(1)
	}
	fmt.Println()
	if err := report.WriteText(os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "perfreport: %v\n", err)
		os.Exit(1)
	}
	switch {
	case *doc == "":
	case partial:
		fmt.Printf("partial run: %s left as it is (run without -quick, -sizes and -only to update it)\n", *doc)
	default:
		if err := perf.UpdateDoc(*doc, report); err != nil {
			fmt.Fprintf(os.Stderr, "perfreport: %v\n", err)
			os.Exit(1)
		}
		fmt.Printf("wrote the results into %s\n", *doc)
	}
	if !report.Passed() {
		fmt.Fprintln(os.Stderr, "perfreport: some targets were missed (see FAIL above)")
		os.Exit(1)
	}
}
