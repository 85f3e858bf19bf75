package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/assets"
	"attache/reports/dataset"
)

// importTestdata is where reports/importing keeps files in the agencies' layouts.
const importTestdata = "../../reports/importing/testdata"

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	bundled := filepath.Join(dir, "az-kr.json")
	if err := os.WriteFile(bundled, assets.BundledDataset(), 0o644); err != nil {
		t.Fatal(err)
	}
	workbook := filepath.Join(dir, "records.xlsx")
	if err := os.WriteFile(workbook, []byte("PK\x03\x04 not really a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	semi := filepath.Join(dir, "semi.csv")
	if err := os.WriteFile(semi, []byte("\"Country Name\";\"Country Code\";\"Counterpart Country Name\";\"Counterpart Country Code\";\"Time Period\";\"TXG_FOB_USD\"\n"+
		"\"Azerbaijan, Rep. of\";\"912\";\"Korea, Rep. of\";\"542\";\"2021\";\"0,25\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	panel := filepath.Join(importTestdata, "imf-dots-panel.csv")
	comtrade := filepath.Join(importTestdata, "comtrade-aze-kaz.csv")
	out := filepath.Join(dir, "out.json")
	tests := []struct {
		name               string
		args               []string
		code               int
		inStdout, inStderr string
		writes             bool
	}{
		{"help", []string{"import", "--help"}, exitOK, "--new-pair", "", false},
		{"no files", []string{"import", "--out", out}, exitUsage, "", "name at least one file", false},
		{"no output", []string{"import", panel}, exitUsage, "", "--out FILE (or pass --dry-run)", false},
		{"new pair and dataset", []string{"import", "--new-pair", "AZE,KAZ", "--dataset", bundled, "--out", out, comtrade}, exitUsage, "", "leave out --dataset", false},
		{"bad pair", []string{"import", "--new-pair", "AZE", "--out", out, comtrade}, exitUsage, "", "two ISO country codes", false},
		{"bad separator", []string{"import", "--separator", ";;", "--out", out, panel}, exitUsage, "", "--separator", false},
		{"workbook as dataset", []string{"import", "--dataset", workbook, "--out", out, panel}, exitFail, "",
			workbook + " is a workbook, not a dataset: import it with attache-cli import", false},
		{"workbook as dataset of an export", []string{"export", "--dataset", workbook, "--pdf", filepath.Join(dir, "x.pdf")}, exitFail, "",
			"is a workbook, not a dataset", false},
		{"another pair", []string{"import", "--dataset", bundled, "--out", out, comtrade}, exitFail, "",
			"not this dataset's pair AZE–KOR: import it into a dataset for that pair (attache-cli import --new-pair AZE,KAZ)", false},
		{"semicolons", []string{"import", "--dataset", bundled, "--out", out, semi}, exitFail, "",
			"semi.csv: line 1: this looks like a semicolon-separated file: save as comma-separated, or pass --separator ';'", false},
		{"dry run", []string{"import", "--dataset", bundled, "--dry-run", panel}, exitOK,
			"differs    " + panel + ":3  dots-exports, AZE to KOR, 2020: 0.09 (the dataset's record \"D023\" has 0.0826)", "", false},
		{"semicolons with --separator", []string{"import", "--dataset", bundled, "--separator", ";", "--date", "2026-12-07", "--out", out, semi}, exitOK,
			"1 added", "", true},
		{"differences listed", []string{"import", "--dataset", bundled, "--date", "2026-12-07", "--out", out, panel}, exitOK,
			"6 added, 0 updated, 2 unchanged, 2 different", "left as it is (pass --update to take the file's)", true},
		{"update", []string{"import", "--dataset", bundled, "--update", "--date", "2026-12-07", "--out", out, panel}, exitOK,
			"6 added, 3 updated", "", true},
		{"new pair", []string{"import", "--new-pair", "AZE,KAZ", "--date", "2026-12-07", "--out", out, comtrade}, exitOK,
			"aze-kaz version 2026.12.07, 56 records", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(out)
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.inStdout) || !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q", code, stdout, stderr, tt.code, tt.inStdout, tt.inStderr)
			}
			data, err := os.ReadFile(out)
			if tt.writes != (err == nil) {
				t.Fatalf("output written: %v, want %v", err == nil, tt.writes)
			}
			if tt.writes {
				if _, err := dataset.Load(bytes.NewReader(data), "out.json"); err != nil {
					t.Errorf("the written dataset does not load: %v", err)
				}
			}
		})
	}
	// A failed import leaves an existing output as it was.
	if err := os.WriteFile(out, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI(t, "import", "--dataset", bundled, "--out", out, comtrade); code != exitFail {
		t.Fatalf("exit %d, want %d", code, exitFail)
	}
	if data, _ := os.ReadFile(out); string(data) != "keep" {
		t.Errorf("a failed import changed the output file: %q", data)
	}
}
