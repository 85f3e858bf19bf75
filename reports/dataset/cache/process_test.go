package cache

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// loaderVariable makes the test binary one of the loaders of TestTwoProcessesShareTheFolder:
// it holds the cache folder and the files to load, one a line.
const loaderVariable = "ATTACHE_CACHE_TEST_LOADER"

// loaderRounds is how many loads each loader makes, going through its files in turn.
const loaderRounds = 8

// TestTwoProcessesShareTheFolder runs the test binary twice at once, each loading the same
// two files through one cache folder again and again, so that the two write the same entries
// at the same moment and read them while the other writes: every load gives the file's
// dataset, and the folder ends with one whole entry a file and nothing else.
func TestTwoProcessesShareTheFolder(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "cache")
	pathA, wantA := writeDataset(t, dir, "a.json", 3000, 1, nil)
	pathB, wantB := writeDataset(t, dir, "b.json", 3000, 2, nil)
	want := map[string]string{"a.json": wantA.Identity().SHA256, "b.json": wantB.Identity().SHA256}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i, files := range [][]string{{pathA, pathB}, {pathA, pathB}} { // the same key at once
		cmd := exec.Command(os.Args[0], "-test.run=^TestLoaderProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), loaderVariable+"="+strings.Join(append([]string{folder}, files...), "\n"))
		out := new(bytes.Buffer)
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting loader %d: %v", i, err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("loader %d: %v\n%s", i, err, outs[i])
		}
		loads := 0
		sc := bufio.NewScanner(outs[i])
		for sc.Scan() {
			name, sum, ok := strings.Cut(strings.TrimPrefix(sc.Text(), "loaded "), " ")
			if !ok || !strings.HasPrefix(sc.Text(), "loaded ") {
				continue
			}
			loads++
			if sum != want[name] {
				t.Errorf("loader %d: %s has identity %s, want %s", i, name, sum, want[name])
			}
		}
		if loads != loaderRounds {
			t.Errorf("loader %d reported %d loads, want %d:\n%s", i, loads, loaderRounds, outs[i])
		}
	}
	c := Cache{Dir: folder}
	if got := entries(t, c); len(got) != 2 {
		t.Fatalf("the folder holds %v, want an entry for each of the two files", got)
	}
	for _, p := range []struct {
		path string
		want map[string]string
	}{{pathA, want}, {pathB, want}} {
		d := load(t, c, p.path)
		if d.Identity().SHA256 != p.want[filepath.Base(p.path)] {
			t.Errorf("%s read back with identity %s", p.path, d.Identity().SHA256)
		}
	}
	for _, name := range entries(t, c) {
		if c.read(strings.TrimSuffix(name, entrySuffix)) == nil {
			t.Errorf("entry %s is not whole", name)
		}
	}
}

// TestLoaderProcess is one loader of TestTwoProcessesShareTheFolder; run alone, it has
// nothing to do.
func TestLoaderProcess(t *testing.T) {
	spec := os.Getenv(loaderVariable)
	if spec == "" {
		t.Skip("a loader of TestTwoProcessesShareTheFolder, which runs it")
	}
	lines := strings.Split(spec, "\n")
	c, files := Cache{Dir: lines[0]}, lines[1:]
	for i := range loaderRounds {
		path := files[i%len(files)]
		d := load(t, c, path)
		fmt.Printf("loaded %s %s\n", filepath.Base(path), d.Identity().SHA256)
	}
}
