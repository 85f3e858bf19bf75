// Package cache keeps validated datasets in the user's cache folder, so that opening the same
// large dataset file again (the app after a restart, a script exporting twenty selections)
// skips decoding and validating its JSON.
//
// An entry is keyed by the SHA-256 of the file's bytes and by entryVersion, which names the
// entry's layout, the dataset format, the Go types it decodes into and the build. It is
// trusted without validating the dataset again because this build wrote it after validating
// it, and it is checked to be what was written: its version and key must match, its payload must have the
// CRC-32C recorded with it and decode whole, and every reference must resolve when
// dataset.Restore gives the dataset back the identity recorded when it was written. An entry
// that fails any of this is removed and the file is loaded from its JSON as if there were no
// cache. Entries are written to a temporary file in the same folder and renamed into place,
// so a reader sees a whole entry or none, and two processes writing the same entry each
// write a whole one.
//
// Measured with BenchmarkLoad on the 100,000-record synthetic file (25.9 MB; its entry is
// 18.2 MB) on 2 cores shared with other work (load average 0.8-2.3), 10 loads a figure, four
// figures: dataset.Load 0.52-1.16 s (1.94M allocations, 272 MB), Cache.Load from an entry
// 0.12-0.23 s (1.22M allocations, 106 MB), about a fifth. Of the latter, hashing the file for
// the key (crypto/sha256, 1.8-1.9 GB/s) takes 14 ms, reading the entry in one os.ReadFile
// 11 ms and its CRC-32C 1 ms (SHA-256 would take 9 ms); gob's decoding of the records is
// most of the rest. The first load of a file also writes its entry, which costs about
// 40-50 ms besides the hash. In a process of its own, as a second "attache-cli validate" of
// the file runs it (four runs each, alternating, load average 1.6-1.9), the whole command
// took 0.67-0.95 s from the entry against 1.37-1.91 s from the JSON, peak RSS 119 MB against
// 174-191 MB: a fresh process pays for faulting in the memory it allocates (0.37 s of system
// time of the 0.66 s), which the benchmark's warm heap does not. At 1,000,000 records (260 MB
// file, 184 MB entry) the same command took 4.8-5.1 s from the entry against 14.0 s from the
// JSON, peak RSS 1.06 GB against 1.53 GB; the first, which writes the entry, 15.1 s.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"attache/reports/dataset"
)

// maxEntries is how many datasets the folder keeps; the least recently used go first.
const maxEntries = 8

// entrySuffix ends the name of every entry.
const entrySuffix = ".dataset"

// tempPrefix starts the name of an entry being written.
const tempPrefix = ".entry-"

// Cache is a folder of entries. The zero Cache, with no folder, caches nothing.
type Cache struct {
	Dir string
}

// NoCacheVariable names the environment variable that, set to 1, turns the cache off: for
// scripts that want every load from the file itself.
const NoCacheVariable = "ATTACHE_NO_CACHE"

// Default returns the cache in the user's cache folder ("attache/datasets" in it), or a Cache
// that caches nothing when the system names no such folder or NoCacheVariable is 1. Test
// binaries get one that caches nothing too, so that tests never write outside their own
// folders.
func Default() Cache {
	if testing.Testing() {
		return Cache{}
	}
	return inUserCache()
}

// inUserCache is Default for a program that is not a test.
func inUserCache() Cache {
	if os.Getenv(NoCacheVariable) == "1" {
		return Cache{}
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return Cache{}
	}
	return Cache{Dir: filepath.Join(dir, "attache", "datasets")}
}

// Load returns the dataset in f, a document that dataset.Load reads, named name in problems.
// When f is a regular file (or another reader that can seek) within dataset.DefaultMaxBytes,
// a matching entry is used, or one is written after a successful load; failing to write one
// costs nothing but the time. Anything else is loaded as dataset.Load would.
func (c Cache) Load(f io.Reader, name string) (*dataset.Dataset, error) {
	rs, ok := f.(io.ReadSeeker)
	if c.Dir == "" || !ok || !regular(f) {
		return dataset.Load(f, name)
	}
	start, err := rs.Seek(0, io.SeekCurrent)
	if err != nil {
		return dataset.Load(f, name)
	}
	// The file is hashed before it is decoded, not while: the key decides whether it is
	// decoded at all. crypto/sha256 hashes 1.8-1.9 GB/s here (14 ms at 100k).
	sum := sha256.New()
	n, err := io.Copy(sum, io.LimitReader(rs, dataset.DefaultMaxBytes+1))
	if _, seekErr := rs.Seek(start, io.SeekStart); seekErr != nil {
		return nil, fmt.Errorf("%s: going back to its start after hashing it: %w", name, seekErr)
	}
	if err != nil || n > dataset.DefaultMaxBytes {
		return dataset.Load(rs, name) // it reports the error or the size
	}
	key := hex.EncodeToString(sum.Sum(nil))
	if d := c.read(key); d != nil {
		return d, nil
	}
	d, err := dataset.Load(rs, name)
	if err != nil {
		return nil, err
	}
	c.write(key, d)
	return d, nil
}

// regular reports whether f, when it is a file (an *os.File, or a handle that embeds one, as
// the app's file dialogs give), is a regular one: not a pipe, a terminal or a device.
func regular(f io.Reader) bool {
	file, ok := f.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return true
	}
	st, err := file.Stat()
	return err == nil && st.Mode().IsRegular()
}

func (c Cache) path(key string) string { return filepath.Join(c.Dir, key+entrySuffix) }

// read returns the dataset of the entry for key, or nil when there is none or it cannot be
// trusted, in which case it is removed.
func (c Cache) read(key string) *dataset.Dataset {
	path := c.path(key)
	d, err := readEntry(path, key)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			os.Remove(path)
		}
		return nil
	}
	now := time.Now()
	os.Chtimes(path, now, now) // recently used: pruned last
	return d
}

// write stores d under key, atomically, then prunes the folder. An entry is written to a
// temporary file in the folder and renamed into place, so that a reader sees a whole entry or
// none; one cut short by a crash fails its checksum. (Not reports/atomicfile, which an
// export's files go through: it flushes each file to disk before the rename, and a cache entry
// that a crash loses is only a JSON load.)
func (c Cache) write(key string, d *dataset.Dataset) {
	if d.Identity().SHA256 == "" || d.Refs() == nil {
		return // not a dataset that Load gave
	}
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return
	}
	tmp, err := os.CreateTemp(c.Dir, tempPrefix+"*.tmp")
	if err != nil {
		return
	}
	err = writeEntry(tmp, key, d)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(key))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return
	}
	c.prune()
}

// prune removes the least recently used entries beyond maxEntries, and temporary files an
// interrupted write left more than an hour ago.
func (c Cache) prune() {
	items, err := os.ReadDir(c.Dir)
	if err != nil {
		return
	}
	type entry struct {
		name string
		used time.Time
	}
	var entries []entry
	for _, it := range items {
		info, err := it.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		switch {
		case strings.HasSuffix(it.Name(), entrySuffix):
			entries = append(entries, entry{it.Name(), info.ModTime()})
		case strings.HasPrefix(it.Name(), tempPrefix) && time.Since(info.ModTime()) > time.Hour:
			os.Remove(filepath.Join(c.Dir, it.Name()))
		}
	}
	if len(entries) <= maxEntries {
		return
	}
	slices.SortFunc(entries, func(a, b entry) int { return b.used.Compare(a.used) })
	for _, e := range entries[maxEntries:] {
		if err := os.Remove(filepath.Join(c.Dir, e.name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return
		}
	}
}
