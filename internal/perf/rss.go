package perf

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
)

// The resident-set high-water mark comes from Linux: writing "5" to /proc/self/clear_refs
// resets VmHWM in /proc/self/status to the current resident set. Elsewhere both calls do
// nothing and the peak reads as 0 ("not measured").

// resetPeakRSS resets the process's resident-set high-water mark, where the system allows.
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS returns the process's resident-set high-water mark in bytes, or 0.
func peakRSS() uint64 { return statusField("VmHWM:") }

// statusField reads one "Name:  1234 kB" line of /proc/self/status, in bytes.
func statusField(name string) uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	return kilobytesField(data, name)
}

func kilobytesField(status []byte, name string) uint64 {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte(name)) {
			continue
		}
		fields := bytes.Fields(line[len(name):])
		if len(fields) == 0 {
			return 0
		}
		kb, err := strconv.ParseUint(string(fields[0]), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}
