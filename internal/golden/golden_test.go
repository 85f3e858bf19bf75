package golden

import "testing"

func TestFirstDifference(t *testing.T) {
	tests := []struct {
		name, got, want string
		line            int
		differ          bool
	}{
		{"equal", "a\nb\n", "a\nb\n", 0, false},
		{"second line", "a\nx\n", "a\nb\n", 2, true},
		{"got is shorter", "a", "a\nb", 2, true},
		{"want is shorter", "a\nb\nc", "a\nb", 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, _, _, differ := FirstDifference(tt.got, tt.want)
			if line != tt.line || differ != tt.differ {
				t.Errorf("FirstDifference = %d, %v; want %d, %v", line, differ, tt.line, tt.differ)
			}
		})
	}
}
