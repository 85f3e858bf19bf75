package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"attache/assets"
	"attache/internal/synthetic"
	"attache/reports/dataset"
	"attache/reports/reportstest"
)

// TestThemeFonts checks which face the theme gives each text style.
func TestThemeFonts(t *testing.T) {
	th, err := newBriefingTheme()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		style fyne.TextStyle
		want  string
	}{
		{fyne.TextStyle{}, assets.FontHangulRegular},
		{fyne.TextStyle{Bold: true}, assets.FontHangulBold},
		{fyne.TextStyle{Italic: true}, assets.FontHangulRegular},
		{fyne.TextStyle{Bold: true, Italic: true}, assets.FontHangulBold},
		{fyne.TextStyle{Monospace: true}, theme.DefaultTextMonospaceFont().Name()},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.style), func(t *testing.T) {
			if got := th.Font(tt.style).Name(); got != tt.want {
				t.Errorf("Font(%+v) = %s, want %s", tt.style, got, tt.want)
			}
		})
	}
}

// TestThemeCoversTheData checks that every letter of the bundled and the synthetic data
// has a glyph in the theme's font or in the font Fyne falls back to first (its own Noto
// Sans), so that no text depends on the fonts of the system it runs on.
func TestThemeCoversTheData(t *testing.T) {
	th, err := newBriefingTheme()
	if err != nil {
		t.Fatal(err)
	}
	faces := []fyne.Resource{th.Font(fyne.TextStyle{}), th.Font(fyne.TextStyle{Bold: true}), theme.DefaultTextFont()}
	fonts := make([]*sfnt.Font, len(faces))
	for i, r := range faces {
		if fonts[i], err = sfnt.Parse(r.Content()); err != nil {
			t.Fatalf("%s: %v", r.Name(), err)
		}
	}
	bundled := reportstest.Bundled(t)
	tests := []struct {
		name string
		text string
	}{
		{"Azerbaijani", "Ə ə Ğ ğ İ ı Ş ş Ç ç Ö ö Ü ü Azərbaycan Respublikası"},
		{"Korean", "대한민국 아제르바이잔 외교부 보도자료 한ㆍ아제르바이잔"},
		{"Russian", "Министерство иностранных дел Азербайджанской Республики"},
		{"bundled dataset", datasetText(bundled)},
		{"synthetic dataset", datasetText(synthetic.Generate(2000, 1))},
	}
	var buf sfnt.Buffer
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			missing := map[rune]bool{}
			for _, r := range tt.text {
				if unicode.IsSpace(r) || unicode.IsControl(r) || missing[r] {
					continue
				}
				covered := false
				for _, f := range fonts {
					if i, err := f.GlyphIndex(&buf, r); err == nil && i != 0 {
						covered = true
						break
					}
				}
				if !covered {
					missing[r] = true
					t.Errorf("no bundled face draws %q (U+%04X)", r, r)
				}
			}
		})
	}
}

// datasetText joins every text of d that the window can show.
func datasetText(d *dataset.Dataset) string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
			b.WriteByte('\n')
		}
	}
	add(d.Title, d.ID)
	for _, c := range d.Countries {
		add(c.Name)
	}
	for _, s := range d.Sectors {
		add(s.Name, s.Description)
	}
	for _, i := range d.Indicators {
		add(i.Name, i.Unit)
	}
	for _, s := range d.Sources {
		add(s.Title, s.Publisher, s.Author, s.Note, s.Address)
	}
	for _, r := range d.Records {
		add(r.Title, r.Summary)
	}
	return b.String()
}
