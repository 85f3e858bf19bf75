package atomicfile_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache/reports/atomicfile"
)

func TestWrite(t *testing.T) {
	errBroken := errors.New("broken on purpose")
	tests := []struct {
		name     string
		existing string // content before the write; "" for no file
		write    func(io.Writer) error
		wantErr  error
		want     string // content after the write; "" for no file
	}{
		{
			name:  "new file",
			write: func(w io.Writer) error { _, err := io.WriteString(w, "fresh"); return err },
			want:  "fresh",
		},
		{
			name:     "replaces an existing file",
			existing: "old",
			write:    func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err },
			want:     "new",
		},
		{
			name: "error leaves no file",
			write: func(w io.Writer) error {
				io.WriteString(w, "half")
				return errBroken
			},
			wantErr: errBroken,
		},
		{
			name:     "error keeps the existing file",
			existing: "precious",
			write: func(w io.Writer) error {
				io.WriteString(w, strings.Repeat("x", 1<<20))
				return errBroken
			},
			wantErr: errBroken,
			want:    "precious",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "briefing.pdf")
			if tc.existing != "" {
				if err := os.WriteFile(path, []byte(tc.existing), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := atomicfile.Write(path, tc.write)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Write error = %v, want %v", err, tc.wantErr)
			}
			got, readErr := os.ReadFile(path)
			switch {
			case tc.want == "" && readErr == nil:
				t.Errorf("file exists with %q, want no file", got)
			case tc.want != "" && string(got) != tc.want:
				t.Errorf("file holds %q (%v), want %q", got, readErr, tc.want)
			}
			assertOnlyTarget(t, dir, tc.want != "")
		})
	}
}

func TestWriteKeepsPermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o600 {
		t.Errorf("permissions = %v, want the old file's -rw-------", got)
	}
}

func TestWritePanicLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	func() {
		defer func() { recover() }()
		atomicfile.Write(path, func(io.Writer) error { panic("renderer bug") })
	}()
	assertOnlyTarget(t, dir, false)
}

func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "nowhere", "out.pdf"), "cannot create a file in folder"},
		{"a folder", dir, "not a regular file"},
		{"trailing separator", dir + string(filepath.Separator), "names a folder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := atomicfile.Write(tc.path, func(io.Writer) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Write(%q) error = %v, want one saying %q", tc.path, err, tc.want)
			}
		})
	}
}

// assertOnlyTarget fails when the folder holds anything but the target file (when it
// should exist): no temporary file may stay behind.
func assertOnlyTarget(t *testing.T, dir string, targetExists bool) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	if targetExists {
		want = 1
	}
	if len(entries) != want {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want %d file(s)", names, want)
	}
}

func TestWriteRefusesReadOnlyTarget(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefing.pdf")
	if err := os.WriteFile(path, []byte("kept"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := atomicfile.Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
	if err == nil || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Fatalf("want a located read-only error, got %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "kept" {
		t.Errorf("the read-only file now holds %q", got)
	}
	assertOnly(t, filepath.Dir(path), "briefing.pdf")
}

func TestWriteRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "briefing.pdf")
	stale := filepath.Join(dir, ".briefing.pdf.123456.tmp")  // a killed export's
	recent := filepath.Join(dir, ".briefing.pdf.654321.tmp") // a running export's
	other := filepath.Join(dir, ".briefing.pdf.notes.tmp")   // not ours
	for _, p := range []string{stale, recent, other} {
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	for _, p := range []string{stale, other} {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := atomicfile.Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".briefing.pdf.654321.tmp", ".briefing.pdf.notes.tmp", "briefing.pdf")
}

// assertOnly checks that dir holds exactly the named files.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}
