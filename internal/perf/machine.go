package perf

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"strings"
	"time"
)

// Machine describes where a run took place, so that figures from two machines are never
// compared as if they were one.
type Machine struct {
	CPU        string // model name, from /proc/cpuinfo where there is one
	Cores      int    // logical CPUs the process may use
	GOMAXPROCS int
	Memory     uint64 // total memory in bytes (0 when unknown)
	OS, Arch   string
	Kernel     string
	GoVersion  string
	// LoadBefore and LoadAfter are the 1, 5 and 15-minute load averages at the start and at
	// the end of the run: on a shared machine they say how much else was running.
	LoadBefore, LoadAfter string
	Date                  time.Time
}

// describeMachine reads what the system says about itself; what it cannot tell stays empty.
func describeMachine(now time.Time) Machine {
	m := Machine{
		Cores:      runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		OS:         runtime.GOOS,
		Arch:       runtime.GOARCH,
		GoVersion:  runtime.Version(),
		LoadBefore: loadAverage(),
		Date:       now,
	}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		m.CPU = cpuModel(data)
	}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		m.Memory = kilobytesField(data, "MemTotal:")
	}
	if data, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(data))
	}
	return m
}

// cpuModel returns the first "model name" (x86) or "Model"/"Hardware" (ARM) of /proc/cpuinfo.
func cpuModel(cpuinfo []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(cpuinfo))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "model name", "Model", "Hardware":
			if v := strings.TrimSpace(value); v != "" {
				return v
			}
		}
	}
	return ""
}

// loadAverage returns the first three fields of /proc/loadavg, or "".
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	fields := strings.Fields(string(data))
	if len(fields) < 3 {
		return ""
	}
	return strings.Join(fields[:3], " ")
}
