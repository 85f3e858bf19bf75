package cache

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestDefaultInTestsCachesNothing checks that tests never write to the user's cache folder,
// that NoCacheVariable turns the cache off, and that what cannot be cached is loaded as it is.
func TestDefaultInTestsCachesNothing(t *testing.T) {
	if Default().Dir != "" {
		t.Fatal("a test binary's default cache has a folder")
	}
	if runtime.GOOS == "linux" {
		home := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", home)
		t.Setenv(NoCacheVariable, "")
		if got, want := inUserCache().Dir, filepath.Join(home, "attache", "datasets"); got != want {
			t.Errorf("the cache is in %q, want %q", got, want)
		}
	}
	t.Setenv(NoCacheVariable, "1")
	if got := inUserCache().Dir; got != "" {
		t.Errorf("with %s=1 the cache is in %q, want none", NoCacheVariable, got)
	}

	dir := t.TempDir()
	path, want := writeDataset(t, dir, "pair.json", 50, 1, nil)
	sameDataset(t, load(t, Cache{}, path), want)
	// A reader that cannot seek is loaded as it is, and nothing is written.
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := Cache{Dir: filepath.Join(dir, "cache")}
	d, err := c.Load(struct{ io.Reader }{bytes.NewReader(doc)}, "pair.json")
	if err != nil {
		t.Fatal(err)
	}
	sameDataset(t, d, want)
	if _, err := os.Stat(c.Dir); !os.IsNotExist(err) {
		t.Errorf("loading a reader that cannot seek made the cache folder: %v", err)
	}
}
