package cache

import (
	"crypto/sha256"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"testing"

	"attache/reports/dataset"
)

// benchVariable names the dataset file BenchmarkLoad reads (make bench writes
// build/bench-data/synthetic-100k.json); the benchmark is skipped without it.
const benchVariable = "ATTACHE_CACHE_BENCH_FILE"

// BenchmarkLoad compares a load from the JSON with a load from the cache, and times the
// steps of the latter: hashing the file for the key, reading and checking the entry, and
// writing it.
//
//	ATTACHE_CACHE_BENCH_FILE=$PWD/build/bench-data/synthetic-100k.json \
//	    go test -tags migrated_fynedo -run '^$' -bench . -benchmem ./reports/dataset/cache/
func BenchmarkLoad(b *testing.B) {
	path := os.Getenv(benchVariable)
	if path == "" {
		b.Skipf("set %s to a dataset file", benchVariable)
	}
	c := Cache{Dir: filepath.Join(b.TempDir(), "cache")}
	want := load(b, c, path) // writes the entry
	key := ""
	items, err := os.ReadDir(c.Dir)
	if err != nil || len(items) != 1 {
		b.Fatalf("want one entry, got %v (%v)", items, err)
	}
	key = items[0].Name()[:len(items[0].Name())-len(entrySuffix)]
	entry, err := os.ReadFile(c.path(key))
	if err != nil {
		b.Fatal(err)
	}
	file, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("file %d bytes, entry %d bytes, %d records", len(file), len(entry), len(want.Records))

	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := dataset.Load(f, path); err != nil {
				b.Fatal(err)
			}
			f.Close()
		}
	})
	b.Run("cache", func(b *testing.B) {
		for b.Loop() {
			if d := load(b, c, path); d.Identity() != want.Identity() {
				b.Fatal("wrong dataset")
			}
		}
	})
	b.Run("entry", func(b *testing.B) {
		for b.Loop() {
			if _, err := readEntry(c.path(key), key); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("entry: its bytes alone (os.ReadFile)", func(b *testing.B) {
		b.SetBytes(int64(len(entry)))
		for b.Loop() {
			if _, err := os.ReadFile(c.path(key)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("key: SHA-256 of the file", func(b *testing.B) {
		b.SetBytes(int64(len(file)))
		for b.Loop() {
			sha256.Sum256(file)
		}
	})
	b.Run("checksum: CRC-32C of the entry", func(b *testing.B) {
		b.SetBytes(int64(len(entry)))
		for b.Loop() {
			crc32.Checksum(entry, castagnoli)
		}
	})
	b.Run("checksum: SHA-256 of the entry", func(b *testing.B) {
		b.SetBytes(int64(len(entry)))
		for b.Loop() {
			sha256.Sum256(entry)
		}
	})
	b.Run("write", func(b *testing.B) {
		for b.Loop() {
			if err := writeEntry(io.Discard, key, want); err != nil {
				b.Fatal(err)
			}
		}
	})
}
