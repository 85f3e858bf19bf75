package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readableColors are the colours the app draws differently from Fyne's default theme, so
// that every text is at least 4.5:1 against what it is drawn on, in the light and the dark
// variant (WCAG AA; TestThemeContrast measures it).
//
// Fyne draws a low-importance label (the key figure cards' titles, the status line, the
// notes under the pickers) and a disabled control's text in its "disabled" colour, which
// is 1.28:1 on white and 1.55:1 on its dark background: readable only by guessing. The
// status colours (error, warning, success) and the primary blue are darkened on light and
// lightened on dark for the same reason; text on the primary colour turns dark in the dark
// variant, where the lighter blue would leave white text at 2.8:1.
var readableColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameDisabled:    color.NRGBA{R: 0x63, G: 0x63, B: 0x63, A: 0xff},
		theme.ColorNamePlaceHolder: color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameWarning:     color.NRGBA{R: 0xa8, G: 0x43, B: 0x00, A: 0xff},
		theme.ColorNameSuccess:     color.NRGBA{R: 0x1b, G: 0x7a, B: 0x1b, A: 0xff},
		theme.ColorNamePrimary:     color.NRGBA{R: 0x1f, G: 0x5f, B: 0xcf, A: 0xff},
		theme.ColorNameHyperlink:   color.NRGBA{R: 0x1f, G: 0x5f, B: 0xcf, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:            color.NRGBA{R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff},
		theme.ColorNameError:               color.NRGBA{R: 0xff, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNamePrimary:             color.NRGBA{R: 0x5b, G: 0x9b, B: 0xff, A: 0xff},
		theme.ColorNameHyperlink:           color.NRGBA{R: 0x5b, G: 0x9b, B: 0xff, A: 0xff},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{R: 0x17, G: 0x17, B: 0x18, A: 0xff},
	},
}

// readableColor is the app's colour n in variant v.
func readableColor(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := readableColors[v][n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}
