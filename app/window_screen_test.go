package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestFitSize(t *testing.T) {
	tests := []struct {
		name         string
		size, screen fyne.Size
		want         fyne.Size
		shrunk       bool
	}{
		{"fits", fyne.NewSize(1200, 760), fyne.NewSize(1920, 1080), fyne.NewSize(1200, 760), false},
		{"scale 2 on 1920x1080", fyne.NewSize(1200, 760), fyne.NewSize(960, 540), fyne.NewSize(960*screenShare, 540*screenShare), true},
		{"too tall only", fyne.NewSize(1000, 760), fyne.NewSize(1366, 768), fyne.NewSize(1000, 768*screenShare), true},
		{"1024x700 screen", fyne.NewSize(1200, 760), fyne.NewSize(1024, 700), fyne.NewSize(1024*screenShare, 700*screenShare), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, shrunk := fitSize(tt.size, tt.screen)
			if !near(got.Width, tt.want.Width) || !near(got.Height, tt.want.Height) || shrunk != tt.shrunk {
				t.Errorf("fitSize(%v, %v) = %v, %v; want %v, %v", tt.size, tt.screen, got, shrunk, tt.want, tt.shrunk)
			}
		})
	}
}

// near compares sizes to a hundredth of a pixel, as float32 arithmetic gives them.
func near(a, b float32) bool { return a-b < 0.01 && b-a < 0.01 }
