package chart

import (
	"testing"

	"gonum.org/v1/plot/font"

	"attache/reports/i18n"
)

// TestKoreanChartImage checks the typeface of a Korean chart as the GUI draws it: its labels need
// Hangul, which the image draws with the bundled NanumGothic.
func TestKoreanChartImage(t *testing.T) {
	face, err := typefaceFor(i18n.Ko)
	if err != nil {
		t.Fatal(err)
	}
	if face.Typeface != hangulTypeface.Typeface || !font.DefaultCache.Has(face) {
		t.Fatalf("typeface %q is not in the font cache", face.Typeface)
	}
	if latin, _ := typefaceFor(i18n.Az); latin.Typeface != textFont.Typeface {
		t.Errorf("an Azerbaijani chart is drawn with %q, want %q (NanumGothic lacks Ə)", latin.Typeface, textFont.Typeface)
	}
}
