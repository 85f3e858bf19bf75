package words

import "testing"

func TestNumber(t *testing.T) {
	for in, want := range map[float64]string{
		227: "227", 87.307692: "87.31", 1234567.5: "1,234,567.5", -2: "-2", 0.0082: "0.0082", 0.000413: "0.000413", 0: "0",
	} {
		if got := Number(in); got != want {
			t.Errorf("words.Number(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestCitations(t *testing.T) {
	for _, tt := range []struct {
		numbers []int
		want    string
	}{{nil, ""}, {[]int{3}, "[3]"}, {[]int{3, 7, 12}, "[3, 7, 12]"}} {
		if got := Citations(tt.numbers); got != tt.want {
			t.Errorf("words.Citations(%v) = %q, want %q", tt.numbers, got, tt.want)
		}
	}
}
