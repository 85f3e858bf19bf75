package dataset_test

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// benchRecords is the size of the synthetic document the load benchmarks read.
const benchRecords = 1_000_000

var bench struct {
	once sync.Once
	doc  []byte
	// floor is the time of one plain decode, from BenchmarkDecodeFloor when it ran first.
	floor time.Duration
}

// benchDocument generates the synthetic document once per test binary, outside any timer.
func benchDocument(b *testing.B) []byte {
	b.Helper()
	bench.once.Do(func() {
		var buf bytes.Buffer
		if err := synthetic.Write(&buf, synthetic.Generate(benchRecords, 1)); err != nil {
			b.Fatal(err)
		}
		bench.doc = buf.Bytes()
	})
	return bench.doc
}

// decodeFloor is what the load is measured against: a plain encoding/json decode of the
// same bytes into the same structs, with no checks at all.
func decodeFloor(b *testing.B, doc []byte) {
	var d dataset.Dataset
	if err := json.NewDecoder(bytes.NewReader(doc)).Decode(&d); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkDecodeFloor measures the floor for BenchmarkLoad (it runs first).
func BenchmarkDecodeFloor(b *testing.B) {
	doc := benchDocument(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		decodeFloor(b, doc)
	}
	bench.floor = b.Elapsed() / time.Duration(b.N)
}

// BenchmarkLoad loads and validates a synthetic 1,000,000-record document and reports its
// time against the floor as "x-floor".
func BenchmarkLoad(b *testing.B) {
	doc := benchDocument(b)
	if bench.floor == 0 { // run alone: time one floor decode first
		start := time.Now()
		decodeFloor(b, doc)
		bench.floor = time.Since(start)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dataset.Load(bytes.NewReader(doc), "synthetic.json"); err != nil {
			b.Fatal(err)
		}
	}
	load := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(load)/float64(bench.floor), "x-floor")
}
