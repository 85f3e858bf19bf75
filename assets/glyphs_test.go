package assets_test

import (
	"encoding/json"
	"io/fs"
	"sort"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"attache/assets"
)

// TestBundledFontsDrawTheBundledDataset checks that every character of the bundled dataset has
// a glyph in one of the bundled fonts, so that exporting any selection of it never stops on a
// character the PDF cannot draw.
func TestBundledFontsDrawTheBundledDataset(t *testing.T) {
	fonts, err := fs.Glob(assets.Fonts(), "*.ttf")
	if err != nil || len(fonts) == 0 {
		t.Fatalf("no bundled fonts: %v", err)
	}
	var faces []*sfnt.Font
	for _, name := range fonts {
		data, err := assets.Font(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		faces = append(faces, f)
	}
	var buf sfnt.Buffer
	covered := func(r rune) bool {
		for _, f := range faces {
			if gi, err := f.GlyphIndex(&buf, r); err == nil && gi != 0 {
				return true
			}
		}
		return false
	}

	var doc any
	if err := json.Unmarshal(assets.BundledDataset(), &doc); err != nil {
		t.Fatal(err)
	}
	missing := map[rune][]string{} // rune → where it occurs
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path, x)
			}
		case string:
			for _, r := range v {
				if r >= 0x20 && !covered(r) && len(missing[r]) < 3 {
					missing[r] = append(missing[r], path+": "+v)
				}
			}
		}
	}
	walk("", doc)
	runes := make([]rune, 0, len(missing))
	for r := range missing {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		t.Errorf("U+%04X %q has no glyph in the bundled fonts; it occurs in:\n  %s", r, r, strings.Join(missing[r], "\n  "))
	}
}
