package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// readableColors are the colours the app draws differently from Fyne's default theme, so
// that every text is at least 4.5:1 against what it is drawn on, in the light and the dark
// variant (WCAG AA; TestThemeContrast measures it).
//
// The status colours (error, warning, success) and the primary blue are darkened on light
// and lightened on dark; text on the primary colour turns dark in the dark variant, where
// the lighter blue would leave white text at 2.8:1. The "disabled" colour of a control that
// is off stays apart from the text (WCAG does not ask contrast of inactive controls, and an
// off menu item must look off), but no longer vanishes: Fyne's is 1.28:1 on white.
var readableColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameDisabled:    color.NRGBA{R: 0xa6, G: 0xa6, B: 0xa6, A: 0xff},
		theme.ColorNamePlaceHolder: color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameWarning:     color.NRGBA{R: 0xa8, G: 0x43, B: 0x00, A: 0xff},
		theme.ColorNameSuccess:     color.NRGBA{R: 0x1b, G: 0x7a, B: 0x1b, A: 0xff},
		theme.ColorNamePrimary:     color.NRGBA{R: 0x1f, G: 0x5f, B: 0xcf, A: 0xff},
		theme.ColorNameHyperlink:   color.NRGBA{R: 0x1f, G: 0x5f, B: 0xcf, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:            color.NRGBA{R: 0x6e, G: 0x6e, B: 0x70, A: 0xff},
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

// secondaryColors are the colours of secondary text: a low-importance label, which Fyne
// draws in the "disabled" colour (the key figure cards' titles, the status line, the notes
// under the pickers and the chart). Fyne's is 1.28:1 on white and 1.55:1 on its dark
// background: readable only by guessing. These are 4.5:1 and more, and still lighter than
// the text they sit under.
var secondaryColors = map[fyne.ThemeVariant]color.Color{
	theme.VariantLight: color.NRGBA{R: 0x63, G: 0x63, B: 0x63, A: 0xff},
	theme.VariantDark:  color.NRGBA{R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff},
}

// secondaryTheme is the app's theme with secondary text readable: what is drawn in the
// "disabled" colour inside it is a secondary text, not a control that is off.
type secondaryTheme struct{ fyne.Theme }

func (t secondaryTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		if c, ok := secondaryColors[v]; ok {
			return c
		}
	}
	return t.Theme.Color(n, v)
}

// secondary draws o's low-importance text in the readable secondary colour.
func secondary(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(o, secondaryTheme{fyne.CurrentApp().Settings().Theme()})
}
