package app

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// minContrast is WCAG AA's least contrast for normal text.
const minContrast = 4.5

// TestThemeContrast reads the app theme's colours in the light and the dark variant and
// checks every text colour against every surface it is drawn on.
func TestThemeContrast(t *testing.T) {
	test.NewTempApp(t)
	th, err := newBriefingTheme()
	if err != nil {
		t.Fatal(err)
	}
	surfaces := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground, theme.ColorNameHeaderBackground,
		theme.ColorNameButton}
	// A control that is off is drawn in the "disabled" colour, which WCAG does not measure;
	// secondary text drawn in it sits under secondaryTheme, measured below.
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameError,
		theme.ColorNameWarning, theme.ColorNameSuccess, theme.ColorNameHyperlink, theme.ColorNamePrimary}
	type pair struct{ text, surface fyne.ThemeColorName }
	var pairs []pair
	for _, s := range surfaces {
		for _, x := range texts {
			pairs = append(pairs, pair{x, s})
		}
	}
	pairs = append(pairs,
		pair{theme.ColorNamePlaceHolder, theme.ColorNameBackground},
		pair{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground},
		pair{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary})
	variants := map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark}
	themes := map[string]fyne.Theme{"app": th, "secondary": secondaryTheme{th}, "compact": compactTheme{base: th}}
	for name, v := range variants {
		for themeName, tt := range themes {
			t.Run(name+"/"+themeName, func(t *testing.T) {
				window := tt.Color(theme.ColorNameBackground, v)
				check := pairs
				if themeName != "app" {
					check = append(check, pair{theme.ColorNameDisabled, theme.ColorNameBackground},
						pair{theme.ColorNameDisabled, theme.ColorNameOverlayBackground})
				}
				for _, p := range check {
					surface := over(tt.Color(p.surface, v), window)
					text := over(tt.Color(p.text, v), surface)
					if r := contrast(text, surface); r < minContrast {
						t.Errorf("%s text on %s: %.2f:1, want at least %.1f:1", p.text, p.surface, r, minContrast)
					}
				}
			})
		}
		t.Run(name+"/off", func(t *testing.T) {
			// A control that is off must look off: its text well apart from live text,
			// yet visible on the background.
			bg := th.Color(theme.ColorNameBackground, v)
			off, live := th.Color(theme.ColorNameDisabled, v), th.Color(theme.ColorNameForeground, v)
			if r := contrast(off, live); r < 1.5 {
				t.Errorf("off text is %.2f:1 from live text, want at least 1.5:1", r)
			}
			if r := contrast(off, bg); r < 2 {
				t.Errorf("off text is %.2f:1 on the background, want at least 2:1", r)
			}
		})
	}
}

// TestContrastFormula checks the measure itself against known values.
func TestContrastFormula(t *testing.T) {
	tests := []struct {
		name string
		a, b color.Color
		want float64
	}{
		{"black on white", color.Black, color.White, 21},
		{"white on white", color.White, color.White, 1},
		{"Fyne's light disabled on white", color.NRGBA{0xe3, 0xe3, 0xe3, 0xff}, color.White, 1.28},
		{"grey 767676 on white", color.NRGBA{0x76, 0x76, 0x76, 0xff}, color.White, 4.54},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
				t.Errorf("contrast = %.3f, want %.2f", got, tt.want)
			}
		})
	}
}

// contrast is WCAG's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	channel := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(n.R) + 0.7152*channel(n.G) + 0.0722*channel(n.B)
}

// over is fg drawn over the opaque bg, as a translucent surface is seen.
func over(fg, bg color.Color) color.Color {
	f := color.NRGBAModel.Convert(fg).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 0xff}
}
