package cache

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"attache/internal/buildinfo"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// writeDataset writes a synthetic dataset of n records, changed by change when it is not nil,
// to a file under dir and returns its path and the dataset as dataset.Load reads it.
func writeDataset(t testing.TB, dir, name string, n int, seed int64, change func(*dataset.Dataset)) (string, *dataset.Dataset) {
	t.Helper()
	g := synthetic.Generate(n, seed)
	if change != nil {
		change(g)
	}
	var buf bytes.Buffer
	if err := synthetic.Write(&buf, g); err != nil {
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
func load(t testing.TB, c Cache, path string) *dataset.Dataset {
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

// sameDataset fails unless got is want as Load gives it: the same identity, the same
// canonical bytes and the same resolved references.
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
	if got.Refs() == nil || !reflect.DeepEqual(got.Refs(), want.Refs()) {
		t.Fatal("the dataset read back has not the references that validation resolved")
	}
}

// keyOf returns the key of the only entry in c's folder.
func keyOf(t *testing.T, c Cache) string {
	t.Helper()
	names := entries(t, c)
	if len(names) != 1 {
		t.Fatalf("want one entry, got %v", names)
	}
	return strings.TrimSuffix(names[0], entrySuffix)
}

// TestSecondLoadReadsTheEntry checks that the second load of a file is the entry's, and that
// it gives what the JSON gives: the dataset, its identity and references, and the briefing
// built from it.
func TestSecondLoadReadsTheEntry(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 3000, 1, nil)
	sameDataset(t, load(t, c, path), want)
	key := keyOf(t, c)
	cached := c.read(key)
	if cached == nil {
		t.Fatal("the entry written by the first load is not read back")
	}
	sameDataset(t, cached, want)
	sameDataset(t, load(t, c, path), want)

	o := reports.Options{Generated: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)}
	fromJSON, err := reports.Build(context.Background(), want, selection.Selection{}, o)
	if err != nil {
		t.Fatal(err)
	}
	fromCache, err := reports.Build(context.Background(), cached, selection.Selection{}, o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromCache, fromJSON) {
		t.Fatal("the briefing built from the cached dataset differs from the one built from its JSON")
	}
}

// TestZeroValuesAreKept checks the values that gob alone would lose: a pointer to 0 and to -0.
func TestZeroValuesAreKept(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	var zeroed []int
	path, want := writeDataset(t, dir, "pair.json", 400, 1, func(d *dataset.Dataset) {
		for i := range d.Records {
			if d.Records[i].Value != nil && len(zeroed) < 2 {
				v := math.Copysign(0, float64(1-2*len(zeroed))) // 0, then -0
				d.Records[i].Value = &v
				zeroed = append(zeroed, i)
			}
		}
	})
	if len(zeroed) != 2 {
		t.Fatal("the synthetic dataset has fewer than two values: change the test")
	}
	load(t, c, path)
	got := c.read(keyOf(t, c))
	if got == nil {
		t.Fatal("the entry is not read back")
	}
	sameDataset(t, got, want)
	for n, i := range zeroed {
		v := got.Records[i].Value
		if v == nil || *v != 0 || math.Signbit(*v) != (n == 1) {
			t.Errorf("record %s: value %v, want %v", got.Records[i].ID, v, *want.Records[i].Value)
		}
	}
}

// TestChangedFileIsLoadedAfresh checks that a file changed since its entry was written has a
// key of its own: the old entry is not used.
func TestChangedFileIsLoadedAfresh(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, first := writeDataset(t, dir, "pair.json", 200, 1, nil)
	sameDataset(t, load(t, c, path), first)
	oldKey := keyOf(t, c)
	_, changed := writeDataset(t, dir, "pair.json", 200, 2, nil) // the same name, other content
	if changed.Identity() == first.Identity() {
		t.Fatal("the changed file has the same identity: change the test's seed")
	}
	sameDataset(t, load(t, c, path), changed)
	got := entries(t, c)
	if len(got) != 2 || !strings.Contains(strings.Join(got, " "), oldKey) {
		t.Fatalf("want the old entry and one for the new content, got %v", got)
	}
}

func TestChangedVersionIsRefusedAndRemoved(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 200, 1, nil)
	load(t, c, path)
	key := keyOf(t, c)
	old := entryVersion
	entryVersion = "attache-dataset-cache/1 attache-dataset/0"
	t.Cleanup(func() { entryVersion = old })
	if c.read(key) != nil {
		t.Fatal("an entry of another version was read")
	}
	if _, err := os.Stat(c.path(key)); !os.IsNotExist(err) {
		t.Fatalf("the entry of another version was not removed: %v", err)
	}
	sameDataset(t, load(t, c, path), want)
	if c.read(key) == nil {
		t.Fatal("no entry of the new version was written")
	}
}

// TestEntryVersionFollowsTheTypes checks that the version changes with the Go types an entry
// decodes into, and that every pointer field of them is one that entry.go keeps.
func TestEntryVersionFollowsTheTypes(t *testing.T) {
	type a struct{ X, Y string }
	type b struct{ X, Z string }
	type c struct {
		X string
		Y int
	}
	fa, fb, fc := typesFingerprint(reflect.TypeFor[a]()), typesFingerprint(reflect.TypeFor[b]()), typesFingerprint(reflect.TypeFor[c]())
	if fa == fb || fa == fc || fb == fc {
		t.Fatalf("types that gob encodes differently share a fingerprint: %s %s %s", fa, fb, fc)
	}
	if !strings.Contains(entryVersion, dataset.FormatID) || !strings.HasSuffix(entryVersion, " "+buildinfo.Describe()) {
		t.Fatalf("entry version %q does not name the dataset format and the build", entryVersion)
	}
	// Gob leaves out a pointer to a zero value. Value's zero is kept by chunk.Zeros; End and
	// Derived are never zero in a valid dataset (an end date is a date; a derivation states
	// its method). A new pointer field needs the same thought, then a place here.
	var pointers []string
	var walk func(t reflect.Type, path string, seen map[reflect.Type]bool)
	walk = func(t reflect.Type, path string, seen map[reflect.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer:
			pointers = append(pointers, path)
			walk(t.Elem(), path, seen)
		case reflect.Slice, reflect.Array, reflect.Map:
			walk(t.Elem(), path+"[]", seen)
		case reflect.Struct:
			for f := range t.Fields() {
				if f.IsExported() {
					walk(f.Type, path+"."+f.Name, seen)
				}
			}
		}
	}
	walk(reflect.TypeFor[dataset.Dataset](), "Dataset", map[reflect.Type]bool{})
	want := []string{"Dataset.Records[].End", "Dataset.Records[].Value", "Dataset.Records[].Derived"}
	if !reflect.DeepEqual(pointers, want) {
		t.Fatalf("the dataset's pointer fields are %v, want %v: see how entry.go keeps a zero", pointers, want)
	}
}

// TestDamagedEntryIsRemoved checks entries that must not be trusted: each is refused,
// removed, and the file is loaded from its JSON, which writes a good entry again.
func TestDamagedEntryIsRemoved(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	path, want := writeDataset(t, dir, "pair.json", 200, 1, nil)
	load(t, c, path)
	key := keyOf(t, c)
	good, err := os.ReadFile(c.path(key))
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	title := bytes.Index(flipped, []byte(want.Records[len(want.Records)/2].Title))
	if title < 0 {
		t.Fatal("the record's title is not in the entry: change the test")
	}
	flipped[title] ^= 0x20 // still decodes: only the checksum can tell

	// An entry whose checksum is right but whose dataset names a sector it does not list,
	// as an entry written by a faulty build would be.
	broken := *want
	broken.Records = append([]dataset.Record(nil), want.Records...)
	broken.Records[7].Sectors = []string{"no-such-sector"}
	var unresolved bytes.Buffer
	if err := writeEntry(&unresolved, key, &broken); err != nil {
		t.Fatal(err)
	}
	otherPath, _ := writeDataset(t, dir, "other.json", 100, 3, nil)
	otherCache := Cache{Dir: filepath.Join(dir, "other-cache")}
	load(t, otherCache, otherPath)
	otherEntry, err := os.ReadFile(otherCache.path(keyOf(t, otherCache)))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		entry []byte
	}{
		{"empty", nil},
		{"cut in half", good[:len(good)/2]},
		{"last byte cut", good[:len(good)-1]},
		{"a payload byte flipped", flipped},
		{"trailer length damaged", append(bytes.Clone(good[:len(good)-4]), 0xff, 0xff, 0xff, 0xff)},
		{"not an entry", []byte("{\"format\":\"attache-dataset/1\"}")},
		{"a reference that does not resolve", unresolved.Bytes()},
		{"the entry of another file", otherEntry},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(c.path(key), tc.entry, 0o600); err != nil {
				t.Fatal(err)
			}
			if c.read(key) != nil {
				t.Fatal("a damaged entry was trusted")
			}
			if _, err := os.Stat(c.path(key)); !os.IsNotExist(err) {
				t.Fatalf("the damaged entry was not removed: %v", err)
			}
			if err := os.WriteFile(c.path(key), tc.entry, 0o600); err != nil {
				t.Fatal(err)
			}
			sameDataset(t, load(t, c, path), want)
			if c.read(key) == nil {
				t.Fatal("the damaged entry was not replaced by a good one")
			}
		})
	}
}

func TestPruneKeepsTheMostRecent(t *testing.T) {
	dir := t.TempDir()
	c := Cache{Dir: filepath.Join(dir, "cache")}
	for i := range maxEntries + 3 {
		path, _ := writeDataset(t, dir, "d.json", 20, int64(i+1), nil)
		load(t, c, path)
	}
	if got := entries(t, c); len(got) != maxEntries {
		t.Fatalf("the folder keeps %d entries, want %d", len(got), maxEntries)
	}
}
