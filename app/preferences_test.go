package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"attache/reports/dataset"
)

func TestRememberedSession(t *testing.T) {
	tests := []struct {
		name       string
		stored     string // the raw preference, when set directly
		choice     *choice
		size       fyne.Size
		wantChoice bool
		wantSize   fyne.Size
	}{
		{name: "nothing yet", wantSize: defaultWindowSize},
		{name: "unreadable", stored: "{not json", wantSize: defaultWindowSize},
		{name: "a selection and a size",
			choice: &choice{Sectors: []string{"trade"}, From: dataset.MustParseDate("2017"), To: dataset.MustParseDate("2019-06"),
				Kinds: []dataset.Kind{dataset.Event}, Text: "gas"},
			size: fyne.NewSize(1000, 700), wantChoice: true, wantSize: fyne.NewSize(1000, 700)},
		{name: "no sector ticked is remembered as such", choice: &choice{}, wantChoice: true, wantSize: defaultWindowSize},
		{name: "a window too small to use", choice: &choice{}, size: fyne.NewSize(50, 40), wantChoice: true, wantSize: defaultWindowSize},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := test.NewTempApp(t).Preferences()
			if tt.stored != "" {
				p.SetString(prefSession, tt.stored)
			}
			if tt.choice != nil {
				remember(p, func(r *remembered) {
					r.setChoice(*tt.choice)
					r.Width, r.Height = tt.size.Width, tt.size.Height
				})
			}
			got, ok := storedChoice(p)
			if ok != tt.wantChoice {
				t.Fatalf("a choice remembered = %v, want %v", ok, tt.wantChoice)
			}
			if ok {
				want := *tt.choice
				if !slices.Equal(got.Sectors, want.Sectors) || got.From != want.From || got.To != want.To ||
					!slices.Equal(got.Kinds, want.Kinds) || got.Text != want.Text {
					t.Errorf("remembered %+v, want %+v", got, want)
				}
			}
			if got := storedWindowSize(p); got != tt.wantSize {
				t.Errorf("window size %v, want %v", got, tt.wantSize)
			}
		})
	}
}
