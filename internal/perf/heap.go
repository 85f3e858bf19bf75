package perf

import (
	"runtime/metrics"
	"time"
)

// heapInUse is the runtime metric the sampler reads: memory held by heap objects, live or
// not yet swept. It is what the heap costs at that instant, unlike the live heap, which is
// only known at the end of each collection.
const heapInUse = "/memory/classes/heap/objects:bytes"

// heapSampleEvery is how often the sampler reads the heap.
const heapSampleEvery = time.Millisecond

// heapSampler records the highest heap in use while a stage runs.
type heapSampler struct {
	baseline, peak uint64
	quit, done     chan struct{}
}

func readHeap(sample []metrics.Sample) uint64 {
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// startHeapSampler reads the heap now, as the baseline, and then every heapSampleEvery
// until stop.
func startHeapSampler() *heapSampler {
	s := &heapSampler{quit: make(chan struct{}), done: make(chan struct{})}
	sample := []metrics.Sample{{Name: heapInUse}}
	s.baseline = readHeap(sample)
	s.peak = s.baseline
	go func() {
		defer close(s.done)
		tick := time.NewTicker(heapSampleEvery)
		defer tick.Stop()
		for {
			select {
			case <-s.quit:
				return
			case <-tick.C:
				s.peak = max(s.peak, readHeap(sample))
			}
		}
	}()
	return s
}

// stop ends the sampling and returns the peak above the baseline, in bytes.
func (s *heapSampler) stop() uint64 {
	close(s.quit)
	<-s.done
	s.peak = max(s.peak, readHeap([]metrics.Sample{{Name: heapInUse}}))
	return s.peak - s.baseline
}
