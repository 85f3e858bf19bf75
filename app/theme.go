package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"attache/assets"
)

// briefingTheme is Fyne's default theme, so light and dark still follow the system, drawing
// text with the bundled NanumGothic so that Korean shows on machines without a Korean font.
//
// NanumGothic has Latin, Cyrillic and Hangul but lacks some Azerbaijani letters (Ə ə Ğ ğ İ Ş
// ş). Fyne shapes text rune by rune through a chain of faces (the theme's font, then Fyne's
// own Noto Sans, then the system's), so those letters come from Noto Sans, which has them;
// no letter of the data falls through to the system or to a box.
type briefingTheme struct {
	regular, bold fyne.Resource
}

var _ fyne.Theme = (*briefingTheme)(nil)

// newBriefingTheme reads the bundled Hangul fonts.
func newBriefingTheme() (*briefingTheme, error) {
	regular, err := assets.Font(assets.FontHangulRegular)
	if err != nil {
		return nil, fmt.Errorf("theme: read the bundled font %s: %w", assets.FontHangulRegular, err)
	}
	bold, err := assets.Font(assets.FontHangulBold)
	if err != nil {
		return nil, fmt.Errorf("theme: read the bundled font %s: %w", assets.FontHangulBold, err)
	}
	return &briefingTheme{
		regular: fyne.NewStaticResource(assets.FontHangulRegular, regular),
		bold:    fyne.NewStaticResource(assets.FontHangulBold, bold),
	}, nil
}

// Color follows the default theme and the system's light or dark variant, with the
// readable colours of readableColors.
func (t *briefingTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return readableColor(n, v)
}

// Font draws text with NanumGothic. Italic text keeps the upright face: NanumGothic has no
// italic, and a Korean title in italics must still show. Monospace and symbols stay Fyne's.
func (t *briefingTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace || s.Symbol:
		return theme.DefaultTheme().Font(s)
	case s.Bold:
		return t.bold
	}
	return t.regular
}

// Icon follows the default theme.
func (t *briefingTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(n)
}

// Size follows the default theme.
func (t *briefingTheme) Size(n fyne.ThemeSizeName) float32 {
	return theme.DefaultTheme().Size(n)
}

// compactTheme is a theme with less room around each line of text, for the key figure
// cards: seven lines of a card take the height of four, so that the records keep their room
// on a screen of 700 pixels. base is the app's theme (theme.Current inside an override is
// the override itself).
type compactTheme struct{ base fyne.Theme }

var _ fyne.Theme = compactTheme{}

// newCompactTheme is the app's theme, compact.
func newCompactTheme() compactTheme {
	return compactTheme{base: fyne.CurrentApp().Settings().Theme()}
}

// Color is the base theme's, with secondary text readable (the cards' titles and mirror
// lines are low-importance labels).
func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return secondaryTheme{t.base}.Color(n, v)
}

func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return 2
	}
	return t.base.Size(n)
}
