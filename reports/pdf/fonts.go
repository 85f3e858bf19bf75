package pdf

import (
	"fmt"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"attache/assets"
)

// face is one of the bundled TrueType fonts the PDF draws text with.
type face uint8

// The faces, in the order a rune looks for a font that has it.
const (
	sansRegular face = iota
	sansBold
	sansItalic
	hangulRegular
	hangulBold
	faceCount
)

// faceFile says where a face comes from and how the document names it.
type faceFile struct {
	file   string // under assets.Fonts()
	family string // the fpdf family the face is registered as
	style  string // the fpdf style: "", "B" or "I"
}

var faceFiles = [faceCount]faceFile{
	sansRegular:   {assets.FontSansRegular, "LiberationSans", ""},
	sansBold:      {assets.FontSansBold, "LiberationSans", "B"},
	sansItalic:    {assets.FontSansItalic, "LiberationSans", "I"},
	hangulRegular: {assets.FontHangulRegular, "NanumGothic", ""},
	hangulBold:    {assets.FontHangulBold, "NanumGothic", "B"},
}

// fallbackChains lists, per text style, the faces to try for each rune: the style's own
// faces first (Latin/Cyrillic, then Hangul; italic Hangul is drawn upright because the
// Hangul font has no italic), then every other face, so that a rune any font has is drawn.
var fallbackChains = [4][faceCount]face{
	{sansRegular, hangulRegular, sansBold, hangulBold, sansItalic}, // regular
	{sansBold, hangulBold, sansRegular, hangulRegular, sansItalic}, // bold
	{sansItalic, hangulRegular, sansRegular, hangulBold, sansBold}, // italic
	{sansBold, hangulBold, sansItalic, sansRegular, hangulRegular}, // bold italic: no such face, bold wins
}

// notCovered marks a rune that a face has no glyph for in a width table.
const notCovered = math.MaxUint16

// faceMetrics is what layout needs to know of a face: the advance of every rune of the
// Basic Multilingual Plane it has (the fonts are embedded with two-byte codes, so no rune
// beyond it can be drawn), in thousandths of an em as the PDF's width arrays state them.
type faceMetrics struct {
	bytes  []byte
	widths []uint16 // indexed by rune; notCovered when the face lacks it
}

var (
	metricsOnce [faceCount]sync.Once
	metrics     [faceCount]*faceMetrics
	metricsErr  [faceCount]error
)

// metricsOf parses a bundled face once per process and returns its metrics.
func metricsOf(fc face) (*faceMetrics, error) {
	metricsOnce[fc].Do(func() {
		metrics[fc], metricsErr[fc] = parseFace(faceFiles[fc].file)
	})
	return metrics[fc], metricsErr[fc]
}

// loadAllMetrics parses every face, so that rune checks can ask any of them.
func loadAllMetrics() ([faceCount]*faceMetrics, error) {
	var all [faceCount]*faceMetrics
	for fc := range faceCount {
		m, err := metricsOf(fc)
		if err != nil {
			return all, err
		}
		all[fc] = m
	}
	return all, nil
}

func parseFace(name string) (*faceMetrics, error) {
	data, err := assets.Font(name)
	if err != nil {
		return nil, fmt.Errorf("bundled font %s: %w (the build is incomplete: rebuild Attaché)", name, err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("bundled font %s: not a TrueType font: %w", name, err)
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	scale := 1000 / float64(upem)
	m := &faceMetrics{bytes: data, widths: make([]uint16, 0x10000)}
	for r := range rune(0x10000) {
		m.widths[r] = notCovered
		if r < 0x20 || (r >= 0xD800 && r <= 0xDFFF) {
			continue // controls and surrogate halves are never drawn
		}
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		// At a size of one font unit per 1/64 pixel, the 26.6 advance is in font units.
		adv, err := f.GlyphAdvance(&buf, gi, fixed.Int26_6(upem), font.HintingNone)
		if err != nil {
			continue
		}
		m.widths[r] = uint16(math.Round(scale * float64(adv)))
	}
	return m, nil
}

// covers reports whether the face has a glyph for r.
func (m *faceMetrics) covers(r rune) bool {
	return r >= 0 && r < 0x10000 && m.widths[r] != notCovered
}
