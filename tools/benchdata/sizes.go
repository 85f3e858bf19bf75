package main

import (
	"fmt"
	"strconv"
	"strings"
)

// size is one dataset to write: its label in the file name and its record count.
type size struct {
	label   string
	records int
}

// parseSizes reads "10k,100k,1m" (or plain numbers) into sizes, in the order given.
func parseSizes(list string) ([]size, error) {
	var out []size
	seen := make(map[int]bool)
	for _, field := range strings.Split(list, ",") {
		label := strings.ToLower(strings.TrimSpace(field))
		if label == "" {
			continue
		}
		n, err := parseCount(label)
		if err != nil {
			return nil, err
		}
		if seen[n] {
			return nil, fmt.Errorf("size %q is given twice", field)
		}
		seen[n] = true
		out = append(out, size{label: label, records: n})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no sizes in %q; give for example 10k,100k,1m", list)
	}
	return out, nil
}

func parseCount(label string) (int, error) {
	digits, scale := label, 1
	switch {
	case strings.HasSuffix(label, "k"):
		digits, scale = strings.TrimSuffix(label, "k"), 1_000
	case strings.HasSuffix(label, "m"):
		digits, scale = strings.TrimSuffix(label, "m"), 1_000_000
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 || n > 100_000_000/scale {
		return 0, fmt.Errorf("size %q is not a record count between 1 and 100m (write 10k, 1m or 2500)", label)
	}
	return n * scale, nil
}
