package xlsx

import (
	"context"
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
)

// benchRecords is the size of the benchmark selection.
const benchRecords = 100_000

var benchBriefing = sync.OnceValues(func() (*reports.Briefing, error) {
	d := synthetic.Generate(benchRecords, 1)
	return reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
		reports.Options{AppVersion: "bench", Generated: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)})
})

func briefing100k(b *testing.B) *reports.Briefing {
	b.Helper()
	br, err := benchBriefing()
	if err != nil {
		b.Fatal(err)
	}
	if len(br.Records) != benchRecords {
		b.Fatalf("the synthetic selection matched %d records, want %d", len(br.Records), benchRecords)
	}
	return br
}

// BenchmarkRecords100k renders the whole workbook of a 100,000-record synthetic selection.
// Compare it with BenchmarkFloorStreamWriter100k in the same run: targets are 1.3× the
// floor's time and 1.5× its peak heap. On a shared machine BenchmarkRecords100kVsFloor,
// which alternates the two, gives the steadier ratio.
func BenchmarkRecords100k(b *testing.B) {
	br := briefing100k(b)
	var peak peakHeap
	peak.start()
	b.ResetTimer()
	for b.Loop() {
		if err := Render(context.Background(), io.Discard, br, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	peak.report(b)
}

// BenchmarkFloorStreamWriter100k is the floor: excelize's stream writer writing the same
// Records rows and cells (dates as date cells, values as numbers), with only the styles a
// date needs to be a date, and nothing else.
func BenchmarkFloorStreamWriter100k(b *testing.B) {
	br := briefing100k(b)
	var peak peakHeap
	peak.start()
	b.ResetTimer()
	for b.Loop() {
		if err := floorWorkbook(io.Discard, br.Records); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	peak.report(b)
}

// BenchmarkRecords100kVsFloor runs the workbook and the floor in turn, each from a
// collected heap, and reports their ratios of time and of peak heap (the highest of the
// runs of each), so that both meet the same load on a shared machine.
func BenchmarkRecords100kVsFloor(b *testing.B) {
	br := briefing100k(b)
	var workTime, floorTime time.Duration
	var work, floor [2]float64 // peak heap objects and peak live heap
	measure := func(run func() error, into *[2]float64) time.Duration {
		var peak peakHeap
		peak.start()
		began := time.Now()
		if err := run(); err != nil {
			b.Fatal(err)
		}
		took := time.Since(began)
		objects, live := peak.stop()
		*into = [2]float64{max(into[0], objects), max(into[1], live)}
		return took
	}
	for b.Loop() {
		floorTime += measure(func() error { return floorWorkbook(io.Discard, br.Records) }, &floor)
		workTime += measure(func() error { return Render(context.Background(), io.Discard, br, Options{}) }, &work)
	}
	b.ReportMetric(float64(workTime)/float64(floorTime), "time-ratio")
	b.ReportMetric(work[0]/floor[0], "peak-heap-ratio")
	b.ReportMetric(work[1]/floor[1], "peak-live-ratio")
	b.ReportMetric(work[0], "peak-heap-MiB")
	b.ReportMetric(floor[0], "floor-peak-heap-MiB")
}

func floorWorkbook(w io.Writer, records []*dataset.Record) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	dateStyle := map[dataset.Precision]int{}
	for p, format := range map[dataset.Precision]string{dataset.Year: "yyyy", dataset.Month: "yyyy-mm", dataset.DayPrecision: "yyyy-mm-dd"} {
		if dateStyle[p], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return err
		}
	}
	header := make([]any, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		header[i] = c
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	date := func(d *dataset.Date) any {
		if d == nil {
			return nil
		}
		first, _ := d.Span()
		serial, _ := excelSerial(first)
		return excelize.Cell{StyleID: dateStyle[d.Precision], Value: serial}
	}
	row := make([]any, len(dataset.TableColumns))
	for i, r := range records {
		row[0], row[1], row[2], row[3] = r.ID, string(r.Kind), date(&r.Date), date(r.End)
		row[4] = nil
		if r.DateInferred {
			row[4] = true
		}
		row[5], row[6], row[7], row[8] = joinIDs(r.Sectors), r.Title, r.Summary, r.Indicator
		row[9], row[10] = nil, nil
		if r.Value != nil {
			row[9], row[10] = *r.Value, "unit"
		}
		row[11], row[12], row[13] = string(r.Qualifier), r.Reporter, r.Partner
		row[14], row[15] = nil, nil
		if r.Derived != nil {
			row[14], row[15] = joinIDs(r.Derived.From), r.Derived.Method
		}
		row[16], row[17] = joinIDs(r.Conflicts), joinIDs(r.Sources)
		if err := sw.SetRow("A"+strconv.Itoa(i+2), row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// peakHeap samples the heap while work runs and gives the highest values above those it
// started from, in MiB: the heap's objects (live and not yet collected: what the process
// holds) and the live heap as of the last collection (what the work keeps). It starts from
// a collected heap, so that garbage of earlier work does not count.
type peakHeap struct {
	base, peak [2]uint64
	quit, done chan struct{}
}

var heapMetrics = []string{"/memory/classes/heap/objects:bytes", "/gc/heap/live:bytes"}

func readHeap(sample []metrics.Sample) (v [2]uint64) {
	metrics.Read(sample)
	for i := range v {
		v[i] = sample[i].Value.Uint64()
	}
	return v
}

func (p *peakHeap) start() {
	runtime.GC()
	sample := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		sample[i].Name = name
	}
	p.base, p.peak = readHeap(sample), [2]uint64{}
	p.quit, p.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(p.done)
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			v := readHeap(sample)
			p.peak = [2]uint64{max(p.peak[0], v[0]), max(p.peak[1], v[1])}
			select {
			case <-p.quit:
				return
			case <-tick.C:
			}
		}
	}()
}

// stop returns the peaks of the heap's objects and of the live heap.
func (p *peakHeap) stop() (objects, live float64) {
	close(p.quit)
	<-p.done
	above := func(i int) float64 {
		if p.peak[i] <= p.base[i] {
			return 0
		}
		return float64(p.peak[i]-p.base[i]) / (1 << 20)
	}
	return above(0), above(1)
}

// report reports the peaks of one benchmark.
func (p *peakHeap) report(b *testing.B) {
	objects, live := p.stop()
	b.ReportMetric(objects, "peak-heap-MiB")
	b.ReportMetric(live, "peak-live-MiB")
}
