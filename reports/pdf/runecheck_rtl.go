package pdf

import (
	"fmt"

	"golang.org/x/text/unicode/bidi"
)

// The PDF lays every line out left to right, one run of characters after another (fpdf has
// no bidirectional layout). Hebrew or Arabic text would come out with its letters in
// reverse order and its words reading backwards, though the fonts may cover every letter
// (Liberation Sans covers Hebrew). A briefing that reads wrong is worse than none, so such
// text stops the export before anything is drawn, as a character no font has does.

// RightToLeftError is the failure of a briefing holding text written right to left.
type RightToLeftError struct {
	Where string // what holds the text: `record "R067"`, `source "S12"`, "cover"
	Field string // which of its fields: "title", "summary", "publisher"
	Rune  rune   // the first right-to-left character
}

// Error says where the text is, which character showed it, and what to do.
func (e *RightToLeftError) Error() string {
	return fmt.Sprintf("%s: field %q: character U+%04X (%q) is written right to left (Hebrew, Arabic and the like): "+
		"the PDF can draw text only left to right, so its words would read backwards; "+
		"give the text in a left-to-right script or a transliteration and export again",
		e.Where, e.Field, e.Rune, e.Rune)
}

// rightToLeft reports a character of a right-to-left script, or a mark or embedding that
// asks for right-to-left order.
func rightToLeft(r rune) bool {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.R, bidi.AL, bidi.RLE, bidi.RLO, bidi.RLI:
		return true
	}
	return false
}
