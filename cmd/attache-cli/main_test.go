package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/assets"
)

// runCLI runs one command line and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format":"attache-dataset/1","id":"x","titel":"a"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	bundled := filepath.Join(dir, "az-kr.json")
	if err := os.WriteFile(bundled, assets.BundledDataset(), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no command", nil, exitUsage, "", "Usage:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"help", []string{"--help"}, exitOK, "attache-cli export", ""},
		{"version", []string{"--version"}, exitOK, "attache-cli ", ""},
		{"export help", []string{"export", "--help"}, exitOK, "--sectors", ""},
		{"export without output", []string{"export"}, exitUsage, "", "--pdf FILE and/or --xlsx FILE"},
		{"unknown sector names the choices", []string{"export", "--sectors", "tarde", "--pdf", filepath.Join(dir, "x.pdf")},
			exitUsage, "", `unknown sector "tarde"; choose from: diplomacy, parliament, trade`},
		{"malformed date", []string{"export", "--from", "2019-13", "--pdf", filepath.Join(dir, "x.pdf")},
			exitUsage, "", "--from: \"2019-13\" is not a date"},
		{"range backwards", []string{"export", "--from", "2020", "--to", "2019", "--pdf", filepath.Join(dir, "x.pdf")},
			exitUsage, "", "the range ends (2019) before it starts (2020)"},
		{"unknown kind", []string{"export", "--kinds", "meeting", "--pdf", filepath.Join(dir, "x.pdf")},
			exitUsage, "", `unknown kind "meeting"`},
		{"bad length", []string{"export", "--length", "short", "--pdf", filepath.Join(dir, "x.pdf")}, exitUsage, "", "choose brief, standard or full"},
		{"bad paper", []string{"export", "--paper", "a3", "--pdf", filepath.Join(dir, "x.pdf")}, exitUsage, "", "choose a4 or letter"},
		{"bad generation date", []string{"export", "--date", "31/01/2026", "--pdf", filepath.Join(dir, "x.pdf")}, exitUsage, "", "--date"},
		{"unknown flag", []string{"export", "--sector", "trade"}, exitUsage, "", "flag provided but not defined"},
		{"validate without files", []string{"validate"}, exitUsage, "", "name at least one dataset file"},
		{"validate a bad file lists every problem", []string{"validate", bad}, exitFail, "",
			`field "titel": unknown field; did you mean "title"?`},
		{"validate a good file", []string{"validate", bundled}, exitOK, "valid: az-kr version", ""},
		{"validate a missing file", []string{"validate", filepath.Join(dir, "nope.json")}, exitFail, "", "cannot open the dataset"},
		{"list sectors", []string{"list", "sectors"}, exitOK, "trade", ""},
		{"list indicators from a file", []string{"list", "indicators", "--dataset", bundled}, exitOK, "USD million", ""},
		{"list sources", []string{"list", "--dataset", bundled, "sources"}, exitOK, "azernews157073", ""},
		{"list nothing", []string{"list"}, exitUsage, "", "sectors, indicators or sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tt.inStdout) {
				t.Errorf("stdout %q does not contain %q", stdout, tt.inStdout)
			}
			if !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.inStderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); !os.IsNotExist(err) {
		t.Errorf("a usage error must write nothing, found x.pdf (%v)", err)
	}
}

func TestExportBothFromOneBuild(t *testing.T) {
	dir := t.TempDir()
	pdfPath, xlsxPath := filepath.Join(dir, "trade.pdf"), filepath.Join(dir, "trade.xlsx")
	code, stdout, stderr := runCLI(t, "export", "--sectors", "trade,Investment", "--from", "2017", "--to", "2019-06",
		"--pdf", pdfPath, "--xlsx", xlsxPath, "--date", "2026-01-31", "--title", "Trade brief", "--paper", "letter")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, p := range []string{pdfPath, xlsxPath} {
		info, err := os.Stat(p)
		if err != nil || info.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
		}
		if !strings.Contains(stdout, "wrote "+p) {
			t.Errorf("stdout does not report %s: %q", p, stdout)
		}
	}
	first, _ := os.ReadFile(pdfPath)
	if code, _, stderr := runCLI(t, "export", "--sectors", "trade,investment", "--from", "2017", "--to", "2019-06",
		"--pdf", pdfPath, "--date", "2026-01-31", "--title", "Trade brief", "--paper", "letter"); code != exitOK {
		t.Fatalf("second export: %s", stderr)
	}
	second, _ := os.ReadFile(pdfPath)
	if !bytes.Equal(first, second) {
		t.Error("the same selection and --date must give a byte-identical PDF")
	}
}

func TestExportEmptySelectionSaysSo(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "export", "--sectors", "defence", "--from", "1993", "--to", "1994",
		"--pdf", filepath.Join(dir, "empty.pdf"), "--date", "2026-01-31")
	if code != exitOK || !strings.Contains(stderr, "no record matches") {
		t.Errorf("exit %d, stderr %q: an empty selection is a valid briefing with a note", code, stderr)
	}
}

func TestExportFailureLeavesExistingFileIntact(t *testing.T) {
	dir := t.TempDir()
	// A dataset whose title holds a character no bundled font can draw.
	var d bytes.Buffer
	d.Write(bytes.Replace(assets.BundledDataset(), []byte(`"title": "`), []byte(`"title": "😀 `), 2))
	bad := filepath.Join(dir, "emoji.json")
	if err := os.WriteFile(bad, d.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(out, []byte("an earlier briefing"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "export", "--dataset", bad, "--pdf", out, "--date", "2026-01-31")
	if code != exitFail || !strings.Contains(stderr, "U+1F600") {
		t.Errorf("exit %d, stderr %q: want failure naming U+1F600", code, stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != "an earlier briefing" {
		t.Errorf("the existing file was damaged: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("a failed export must leave no temporary file, found %d entries", len(entries))
	}
}

// TestExportBothOrNeither checks that the command line writes its files as the app does:
// when the workbook cannot be written, the PDF is not written either.
func TestExportBothOrNeither(t *testing.T) {
	dir := t.TempDir()
	pdfPath := filepath.Join(dir, "b.pdf")
	code, _, stderr := runCLI(t, "export", "--sectors", "trade", "--pdf", pdfPath,
		"--xlsx", filepath.Join(dir, "no-such-folder", "b.xlsx"))
	if code != exitFail || !strings.Contains(stderr, "no file written") || !strings.Contains(stderr, "no-such-folder") {
		t.Errorf("exit %d, stderr %q: want a failure that names the folder", code, stderr)
	}
	if _, err := os.Stat(pdfPath); !os.IsNotExist(err) {
		t.Errorf("the PDF was written although the workbook failed (stat: %v)", err)
	}
}

// TestExportKindNames checks that a kind is accepted under the name the documents and the
// app show ("figure") as well as the data's ("indicator").
func TestExportKindNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"figure", "Figures", "indicator"} {
		path := filepath.Join(dir, name+".xlsx")
		if code, _, stderr := runCLI(t, "export", "--kinds", name, "--xlsx", path, "--date", "2026-01-31"); code != exitOK {
			t.Fatalf("--kinds %s: exit %d: %s", name, code, stderr)
		}
	}
	a, _ := os.ReadFile(filepath.Join(dir, "figure.xlsx"))
	b, _ := os.ReadFile(filepath.Join(dir, "indicator.xlsx"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("--kinds figure and --kinds indicator gave different workbooks")
	}
}
