package perf

import (
	"errors"
	"testing"
	"time"
)

func TestMeasurementSummaries(t *testing.T) {
	run := func(ms int, allocs, heap uint64) Sample {
		return Sample{Time: time.Duration(ms) * time.Millisecond, Allocs: allocs, Bytes: allocs * 8, PeakHeap: heap, PeakRSS: heap * 2}
	}
	cases := []struct {
		name      string
		runs      []Sample
		time      time.Duration
		allocs    uint64
		heap, rss uint64
	}{
		{"none", nil, 0, 0, 0, 0},
		{"one", []Sample{run(5, 10, 100)}, 5 * time.Millisecond, 10, 100, 200},
		{"odd count: the middle one", []Sample{run(9, 10, 1), run(1, 20, 3), run(5, 30, 2)}, 5 * time.Millisecond, 20, 3, 6},
		{"even count: between the middle two", []Sample{run(8, 1, 1), run(2, 1, 1), run(4, 1, 1), run(6, 1, 1)}, 5 * time.Millisecond, 1, 1, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Measurement{Runs: c.runs}
			if m.Time() != c.time || m.Allocs() != c.allocs || m.PeakHeap() != c.heap || m.PeakRSS() != c.rss {
				t.Errorf("time %v, allocs %d, heap %d, rss %d; want %v, %d, %d, %d",
					m.Time(), m.Allocs(), m.PeakHeap(), m.PeakRSS(), c.time, c.allocs, c.heap, c.rss)
			}
		})
	}
}

// kept holds what a measured function allocates, so that the heap cannot drop it early.
var kept [][]byte

func TestMeasureSeesAllocationsAndPeak(t *testing.T) {
	const blocks, size = 512, 16 << 10 // 8 MiB in all
	ms, err := measure(Repeats{MaxRuns: 3, Budget: time.Minute},
		func() error {
			for range blocks {
				kept = append(kept, make([]byte, size))
			}
			time.Sleep(3 * heapSampleEvery) // let the sampler see it
			kept = nil
			return nil
		},
		func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	busy, idle := ms[0], ms[1]
	if len(busy.Runs) != 3 || len(idle.Runs) != 3 {
		t.Fatalf("%d and %d runs, want 3 each (rounds alternate the functions)", len(busy.Runs), len(idle.Runs))
	}
	if busy.Allocs() < blocks || busy.Bytes() < blocks*size {
		t.Errorf("allocations %d, %d bytes; want at least %d, %d", busy.Allocs(), busy.Bytes(), blocks, blocks*size)
	}
	if busy.PeakHeap() < blocks*size/2 {
		t.Errorf("peak heap %d, want about %d", busy.PeakHeap(), blocks*size)
	}
	if idle.PeakHeap() >= busy.PeakHeap() {
		t.Errorf("an idle run peaked at %d, the busy one at %d", idle.PeakHeap(), busy.PeakHeap())
	}
}

func TestMeasureStopsAtTheBudget(t *testing.T) {
	ms, err := measure(Repeats{MaxRuns: 100, Budget: 30 * time.Millisecond}, func() error {
		time.Sleep(20 * time.Millisecond)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ms[0].Runs); n < 1 || n > 3 {
		t.Errorf("%d runs within a 30ms budget of 20ms runs", n)
	}
}

func TestMeasureReportsFailure(t *testing.T) {
	boom := errors.New("boom")
	if _, err := measure(Repeats{MaxRuns: 2}, func() error { return boom }); !errors.Is(err, boom) {
		t.Errorf("error %v, want one wrapping %v", err, boom)
	}
}

func TestKilobytesField(t *testing.T) {
	status := []byte("Name:\tperf\nVmPeak:\t  900 kB\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\nBroken:\tx kB\n")
	cases := []struct {
		name  string
		field string
		want  uint64
	}{
		{"high-water mark", "VmHWM:", 2 << 20},
		{"resident set", "VmRSS:", 1 << 20},
		{"absent", "VmSwap:", 0},
		{"not a number", "Broken:", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kilobytesField(status, c.field); got != c.want {
				t.Errorf("kilobytesField(%q) = %d, want %d", c.field, got, c.want)
			}
		})
	}
}

func TestCPUModel(t *testing.T) {
	cases := []struct {
		name, cpuinfo, want string
	}{
		{"x86", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Processor\nflags\t: fpu\n", "Intel(R) Xeon(R) Processor"},
		{"ARM board", "processor\t: 0\nBogoMIPS\t: 108.00\n\nHardware\t: BCM2835\nModel\t: Raspberry Pi 4 Model B Rev 1.4\n", "BCM2835"},
		{"nothing", "processor\t: 0\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cpuModel([]byte(c.cpuinfo)); got != c.want {
				t.Errorf("cpuModel = %q, want %q", got, c.want)
			}
		})
	}
}
