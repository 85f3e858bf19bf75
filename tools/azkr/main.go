// Command azkr builds the bundled Azerbaijan – Republic of Korea dataset (assets/az-kr.json)
// from the research material (records.csv, sources.md, the IMF DOTS extract and the 2026-12
// additions), the translations in tools/azkr/translations when present, and the
// hand-made decisions kept beside this file: titles and summaries in the project's own words,
// controlled sectors, indicators, qualifiers, periods, conflicts and inferred dates.
//
// It is a development tool: the product never imports it. Run it from the repository root:
//
//	go run ./tools/azkr                  # rewrite assets/az-kr.json
//	go run ./tools/azkr -check           # fail if assets/az-kr.json is not what the tool makes
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"attache/reports/dataset"
)

func main() {
	materialDir := flag.String("material", "../shared/data/az-kr", "folder of the research material (records.csv, sources.md, the DOTS files)")
	out := flag.String("out", "assets/az-kr.json", "dataset file to write")
	check := flag.Bool("check", false, "only compare the generated dataset with -out; write nothing")
	translations := flag.String("translations", "tools/azkr/translations", "folder of <language>.json translations (az.json, ko.json); none when absent")
	flag.Parse()
	if err := run(*materialDir, *translations, *out, *check); err != nil {
		fmt.Fprintln(os.Stderr, "azkr:", err)
		os.Exit(1)
	}
}

func run(materialDir, translationsDir, out string, check bool) error {
	doc, coverage, err := generate(materialDir, translationsDir)
	if err != nil {
		return err
	}
	fmt.Print(coverage)
	if check {
		have, err := os.ReadFile(out)
		if err != nil {
			return fmt.Errorf("read the dataset to check: %w", err)
		}
		if !bytes.Equal(have, doc) {
			return fmt.Errorf("%s is out of date: run go run ./tools/azkr", out)
		}
		return nil
	}
	if err := os.WriteFile(out, doc, 0o644); err != nil {
		return fmt.Errorf("write the dataset: %w", err)
	}
	return nil
}

// generate reads the material and the translations, builds the dataset and returns it
// encoded, after checking that the encoding loads as the product loads it, with a line per
// language saying how much of it is translated.
func generate(materialDir, translationsDir string) (doc []byte, coverage string, err error) {
	m, err := readMaterial(materialDir)
	if err != nil {
		return nil, "", err
	}
	if m.translations, err = readTranslations(translationsDir); err != nil {
		return nil, "", err
	}
	d, err := build(m)
	if err != nil {
		return nil, "", err
	}
	if doc, err = encode(d); err != nil {
		return nil, "", err
	}
	if err := validate(doc); err != nil {
		return nil, "", err
	}
	return doc, translationCoverage(d), nil
}

// encode writes the dataset as indented JSON, leaving "&", "<" and ">" readable.
func encode(d *dataset.Dataset) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, fmt.Errorf("encode the dataset: %w", err)
	}
	return buf.Bytes(), nil
}

// validate loads the document as the product does, with every check of the format.
func validate(doc []byte) error {
	if _, err := dataset.Load(bytes.NewReader(doc), "az-kr.json"); err != nil {
		return fmt.Errorf("the generated dataset does not load: %w", err)
	}
	return nil
}
