package perf

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"time"
)

// Sample is one timed execution of a stage.
type Sample struct {
	Time time.Duration
	// Allocs and Bytes are the heap allocations the run made (objects and bytes).
	Allocs, Bytes uint64
	// PeakHeap is the highest heap in use (live objects and garbage not yet swept) above
	// the collected heap the run started from.
	PeakHeap uint64
	// PeakRSS is the process's resident-set high-water mark over the run, counted from a
	// reset just before it (0 where the system cannot tell).
	PeakRSS uint64
}

// Measurement is every run of one stage.
type Measurement struct {
	Runs []Sample
}

// Time is the median time of the runs: steadier than the mean on a shared machine, and
// more honest than the fastest run.
func (m Measurement) Time() time.Duration {
	if len(m.Runs) == 0 {
		return 0
	}
	times := make([]time.Duration, len(m.Runs))
	for i, r := range m.Runs {
		times[i] = r.Time
	}
	slices.Sort(times)
	mid := len(times) / 2
	if len(times)%2 == 0 {
		return (times[mid-1] + times[mid]) / 2
	}
	return times[mid]
}

// Allocs is the mean number of allocations per run.
func (m Measurement) Allocs() uint64 { return m.mean(func(r Sample) uint64 { return r.Allocs }) }

// Bytes is the mean number of bytes allocated per run.
func (m Measurement) Bytes() uint64 { return m.mean(func(r Sample) uint64 { return r.Bytes }) }

// PeakHeap is the highest PeakHeap of the runs.
func (m Measurement) PeakHeap() uint64 { return m.highest(func(r Sample) uint64 { return r.PeakHeap }) }

// PeakRSS is the highest PeakRSS of the runs.
func (m Measurement) PeakRSS() uint64 { return m.highest(func(r Sample) uint64 { return r.PeakRSS }) }

func (m Measurement) mean(of func(Sample) uint64) uint64 {
	if len(m.Runs) == 0 {
		return 0
	}
	var sum uint64
	for _, r := range m.Runs {
		sum += of(r)
	}
	return sum / uint64(len(m.Runs))
}

func (m Measurement) highest(of func(Sample) uint64) uint64 {
	var top uint64
	for _, r := range m.Runs {
		top = max(top, of(r))
	}
	return top
}

// Repeats bounds how often a stage runs: at least once, then again while both MaxRuns and
// Budget allow.
type Repeats struct {
	MaxRuns int
	Budget  time.Duration
}

// measureOnce runs fn once from a collected heap, with memory returned to the system and
// the resident-set high-water mark reset, so that what a run costs is its own.
func measureOnce(fn func() error) (Sample, error) {
	debug.FreeOSMemory() // collects, then returns the freed pages
	resetPeakRSS()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sampler := startHeapSampler()
	began := time.Now()
	err := fn()
	took := time.Since(began)
	peak := sampler.stop()
	runtime.ReadMemStats(&after)
	return Sample{
		Time:     took,
		Allocs:   after.Mallocs - before.Mallocs,
		Bytes:    after.TotalAlloc - before.TotalAlloc,
		PeakHeap: peak,
		PeakRSS:  peakRSS(),
	}, err
}

// measure runs each of fns in turn, round after round, as Repeats allows, and returns one
// Measurement per function. Running them alternately makes a stage and its floor meet the
// same load on a shared machine.
func measure(rep Repeats, fns ...func() error) ([]Measurement, error) {
	out := make([]Measurement, len(fns))
	began := time.Now()
	for round := 0; round == 0 || (round < rep.MaxRuns && time.Since(began) < rep.Budget); round++ {
		for i, fn := range fns {
			r, err := measureOnce(fn)
			if err != nil {
				return nil, fmt.Errorf("run %d: %w", round+1, err)
			}
			out[i].Runs = append(out[i].Runs, r)
		}
	}
	return out, nil
}
