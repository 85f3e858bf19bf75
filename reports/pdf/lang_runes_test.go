package pdf

import (
	"testing"

	"attache/reports/i18n"
)

// TestMessagesDrawable makes sure every text of every language's catalog can be drawn with
// the bundled fonts: the character check covers the briefing's data, not the renderer's own
// words, so a translation with a character no font has would print a box.
func TestMessagesDrawable(t *testing.T) {
	ts, err := newTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	c := &runeChecker{faces: ts.faces, seen: map[string]bool{}}
	for _, l := range i18n.Langs {
		t.Run(string(l), func(t *testing.T) {
			for _, key := range i18n.Keys() {
				for _, r := range l.T(key) {
					if !c.covered(r) {
						t.Errorf("%s %q: character U+%04X (%q) is in no bundled font", l, key, r, r)
					}
				}
			}
		})
	}
}
