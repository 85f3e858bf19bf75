package cache

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// writeDataset writes a synthetic dataset of n records to a file under dir and returns its
// path and the dataset as dataset.Load reads it.
func writeDataset(t *testing.T, dir, name string, n int, seed int64) (string, *dataset.Dataset) {
	t.Helper()
	var buf bytes.Buffer
	if err := synthetic.Write(&buf, synthetic.Generate(n, seed)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	want, err := dataset.Load(bytes.NewReader(buf.Bytes()), name)
	if err != nil {
		t.Fatal(err)
	}
	return path, want
}

// load loads path through c.
func load(t *testing.T, c Cache, path string) *dataset.Dataset {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := c.Load(f, filepath.Base(path))
	if err != nil {
		t.Fatalf("loading %s through the cache: %v", path, err)
	}
	return d
}

// entries lists the entry files in c's folder, and fails on any file left behind that is
// not an entry.
func entries(t *testing.T, c Cache) []string {
	t.Helper()
	items, err := os.ReadDir(c.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, it := range items {
		if !strings.HasSuffix(it.Name(), entrySuffix) {
			t.Errorf("the cache folder holds %s, which is not an entry", it.Name())
			continue
		}
		names = append(names, it.Name())
	}
	return names
}

// sameDataset fails unless got is want: the same identity and the same canonical bytes.
func sameDataset(t *testing.T, got, want *dataset.Dataset) {
	t.Helper()
	if got.Identity() != want.Identity() {
		t.Fatalf("identity %+v, want %+v", got.Identity(), want.Identity())
	}
	g, err := got.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	w, err := want.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Fatal("the dataset read back differs from the one loaded from its JSON")
	}
}

// keyOf returns the entry key of the file at path.
func keyOf(t *testing.T, path string) string {
	t.Helper()
	names := entriesFor(t, path)
	if len(names) != 1 {
		t.Fatalf("want one entry, got %v", names)
	}
	return strings.TrimSuffix(names[0], entrySuffix)
}

func entriesFor(t *testing.T, path string) []string {
	t.Helper()
	return entries(t, Cache{Dir: filepath.Join(filepath.Dir(path), "cache")})
}

func TestSecondLoadReadsTheEntry(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 300, 1)
	sameDataset(t, load(t, c, path), want)
	key := keyOf(t, path)
	cached := c.read(key, "pair.json")
	if cached == nil {
		t.Fatal("the entry written by the first load is not read back")
	}
	sameDataset(t, cached, want)
	sameDataset(t, load(t, c, path), want)
	if len(cached.Records) == 0 || cached.Records[0].ID == "" {
		t.Fatal("the entry read back has no records")
	}
}

func TestChangedFileIsLoadedAfresh(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, first := writeDataset(t, dir, "pair.json", 200, 1)
	sameDataset(t, load(t, c, path), first)
	_, changed := writeDataset(t, dir, "pair.json", 200, 2) // the same name, other content
	if changed.Identity() == first.Identity() {
		t.Fatal("the changed file has the same identity: change the test's seed")
	}
	sameDataset(t, load(t, c, path), changed)
	if got := entries(t, c); len(got) != 2 {
		t.Fatalf("want an entry for each content, got %v", got)
	}
}

func TestChangedVersionIsRefusedAndRemoved(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 200, 1)
	load(t, c, path)
	key := keyOf(t, path)
	old := entryVersion
	entryVersion = "attache-dataset-cache/0 attache-dataset/0"
	t.Cleanup(func() { entryVersion = old })
	if c.read(key, "pair.json") != nil {
		t.Fatal("an entry of another version was read")
	}
	if _, err := os.Stat(c.path(key)); !os.IsNotExist(err) {
		t.Fatalf("the entry of another version was not removed: %v", err)
	}
	sameDataset(t, load(t, c, path), want)
	if c.read(key, "pair.json") == nil {
		t.Fatal("no entry of the new version was written")
	}
}

func TestCorruptEntryIsRemoved(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 200, 1)
	load(t, c, path)
	key := keyOf(t, path)
	good, err := os.ReadFile(c.path(key))
	if err != nil {
		t.Fatal(err)
	}
	// A title of the same length, so that the entry still decodes: only the identity can
	// tell.
	title := []byte(want.Records[len(want.Records)/2].Title)
	altered := bytes.Replace(good, title, bytes.Repeat([]byte("x"), len(title)), 1)
	if bytes.Equal(altered, good) {
		t.Fatal("the record's title is not in the entry: change the test")
	}
	cases := []struct {
		name  string
		entry []byte
	}{
		{"empty", nil},
		{"cut in half", good[:len(good)/2]},
		{"not an entry", []byte("{\"format\":\"attache-dataset/1\"}")},
		{"a record's text changed", altered},
		{"the entry of another file", nil}, // filled in below
	}
	other, _ := writeDataset(t, dir, "other.json", 100, 3)
	load(t, c, other)
	for _, name := range entries(t, c) {
		if k := strings.TrimSuffix(name, entrySuffix); k != key {
			otherEntry, err := os.ReadFile(c.path(k))
			if err != nil {
				t.Fatal(err)
			}
			cases[len(cases)-1].entry = otherEntry
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(c.path(key), tc.entry, 0o600); err != nil {
				t.Fatal(err)
			}
			if c.read(key, "pair.json") != nil {
				t.Fatal("a damaged entry was trusted")
			}
			if _, err := os.Stat(c.path(key)); !os.IsNotExist(err) {
				t.Fatalf("the damaged entry was not removed: %v", err)
			}
			os.WriteFile(c.path(key), tc.entry, 0o600)
			sameDataset(t, load(t, c, path), want)
			if c.read(key, "pair.json") == nil {
				t.Fatal("the damaged entry was not replaced by a good one")
			}
		})
	}
}

// TestTwoProcessesShareTheFolder has two caches on one folder, as two processes would have,
// load the same files at once, again and again: every load gives the right dataset, and the
// folder holds only whole entries.
func TestTwoProcessesShareTheFolder(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "cache")
	pathA, wantA := writeDataset(t, dir, "a.json", 300, 1)
	pathB, wantB := writeDataset(t, dir, "b.json", 300, 2)
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for range 2 {
		c := Cache{Dir: folder} // a handle of its own
		wg.Go(func() {
			for i := range 6 {
				path, want := pathA, wantA
				if i%2 == 1 {
					path, want = pathB, wantB
				}
				if i == 3 { // as another process's damaged write would leave it
					os.WriteFile(c.path(strings.Repeat("0", 64)), []byte("partial"), 0o600)
				}
				f, err := os.Open(path)
				if err != nil {
					errs <- err.Error()
					return
				}
				d, err := c.Load(f, filepath.Base(path))
				f.Close()
				switch {
				case err != nil:
					errs <- err.Error()
				case d.Identity() != want.Identity():
					errs <- "load " + path + ": wrong identity " + d.Identity().SHA256
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	c := Cache{Dir: folder}
	for _, p := range []struct {
		path string
		want *dataset.Dataset
	}{{pathA, wantA}, {pathB, wantB}} {
		sameDataset(t, load(t, c, p.path), p.want)
	}
	for _, name := range entries(t, c) {
		if key := strings.TrimSuffix(name, entrySuffix); key != strings.Repeat("0", 64) && c.read(key, name) == nil {
			t.Errorf("entry %s is not whole", name)
		}
	}
}

func TestPruneKeepsTheMostRecent(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	for i := range maxEntries + 3 {
		path, _ := writeDataset(t, dir, "d.json", 20, int64(i+1))
		load(t, c, path)
	}
	if got := entries(t, c); len(got) != maxEntries {
		t.Fatalf("the folder keeps %d entries, want %d", len(got), maxEntries)
	}
}

func TestNoFolderCachesNothing(t *testing.T) {
	dir := t.TempDir()
	path, want := writeDataset(t, dir, "pair.json", 50, 1)
	sameDataset(t, load(t, Cache{}, path), want)
	if Default().Dir != "" {
		t.Fatal("a test binary's default cache has a folder")
	}
	// A reader that cannot seek is loaded as it is.
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Cache{Dir: filepath.Join(dir, "cache")}.Load(struct{ io.Reader }{bytes.NewReader(doc)}, "pair.json")
	if err != nil {
		t.Fatal(err)
	}
	sameDataset(t, d, want)
}
