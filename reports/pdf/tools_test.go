package pdf_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"attache/reports"
	"attache/reports/pdf"
)

// needTool skips the test when a command-line tool is not installed.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (poppler-utils / qpdf); skipping this check of the PDF", name)
	}
	return path
}

// render returns the PDF of a briefing, failing the test on error.
func render(t testing.TB, b *reports.Briefing, o pdf.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Render(context.Background(), &buf, b, o); err != nil {
		t.Fatalf("render: %v", err)
	}
	return buf.Bytes()
}

// writeTemp writes a PDF under the test's temporary folder and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText extracts a PDF's text with pdftotext, in reading order.
func pdfText(t *testing.T, data []byte, args ...string) string {
	t.Helper()
	tool := needTool(t, "pdftotext")
	path := writeTemp(t, "doc.pdf", data)
	args = append(append([]string{"-enc", "UTF-8"}, args...), path, "-")
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pageCount returns the number of pages of a PDF, as pdfinfo reads it.
func pageCount(t *testing.T, data []byte) int {
	t.Helper()
	tool := needTool(t, "pdfinfo")
	out, err := exec.Command(tool, writeTemp(t, "doc.pdf", data)).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatalf("pdfinfo: pages %q", rest)
			}
			return n
		}
	}
	t.Fatal("pdfinfo gave no page count")
	return 0
}
