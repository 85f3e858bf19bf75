package chart

import (
	"fmt"
	"sync"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"

	"attache/assets"
	"attache/reports/i18n"
)

// The chart's labels are drawn, in the GUI's image, with one typeface: gonum/plot has no
// fallback from one font to another. Liberation Sans draws Latin (Azerbaijani included) and
// Cyrillic, not Hangul; a Korean chart is drawn with the bundled NanumGothic, which has
// Latin letters and digits too. The PDF draws the labels with its own fonts, run by run.
var hangulTypeface = font.Font{Typeface: "NanumGothic"}

var hangulOnce sync.Once
var hangulErr error

// typefaceFor returns the typeface of a chart in language l.
func typefaceFor(l i18n.Lang) (font.Font, error) {
	if l != i18n.Ko {
		return textFont, nil
	}
	hangulOnce.Do(func() {
		var coll font.Collection
		for _, f := range []struct {
			file   string
			weight font.Font
		}{{assets.FontHangulRegular, hangulTypeface}, {assets.FontHangulBold, bold(hangulTypeface)}} {
			data, err := assets.Font(f.file)
			if err != nil {
				hangulErr = err
				return
			}
			face, err := opentype.Parse(data)
			if err != nil {
				hangulErr = fmt.Errorf("font %s: %w", f.file, err)
				return
			}
			coll = append(coll, font.Face{Font: f.weight, Face: face})
		}
		font.DefaultCache.Add(coll)
	})
	return hangulTypeface, hangulErr
}

func bold(f font.Font) font.Font {
	f.Weight = xfont.WeightBold
	return f
}
