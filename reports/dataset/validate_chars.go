package dataset

import (
	"fmt"
	"reflect"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Characters that show nothing mislead: an id "trade" followed by U+200F RIGHT-TO-LEFT MARK
// looks like "trade" and is not, and a control character (U+0000, U+000B) in a title is
// dropped or replaced by U+FFFD in the workbook and refused by the PDF. So ids may hold no
// invisible or control character and must be in composed Unicode (NFC), the form that
// keyboards type, so that "é" as one character and as "e" and an accent are not two ids;
// text may hold no control character but tab and line breaks. Messages name such characters
// by their code.

// invisibleNames names the invisible characters most often pasted in by accident.
var invisibleNames = map[rune]string{
	0x00AD: "SOFT HYPHEN",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x2060: "WORD JOINER",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
}

// runeCode writes a character as U+XXXX, with its name when it is a known invisible one.
func runeCode(r rune) string {
	if name, ok := invisibleNames[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, name)
	}
	return fmt.Sprintf("U+%04X", r)
}

// isControl reports a control character other than tab, line feed and carriage return.
func isControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// isInvisible reports a character that shows nothing: a format character (U+200B–U+200F,
// U+2060, U+FEFF, U+00AD) or a control character.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r)
}

// firstRune finds the first character of s that bad reports, and its 1-based position in
// characters; 0 when there is none. Plain ASCII text is passed over a byte at a time.
func firstRune(s string, bad func(rune) bool) (rune, int) {
	pos := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		pos++
		if bad(r) {
			return r, pos
		}
		i += size
	}
	return 0, 0
}

// idCharProblem says what is wrong with the characters of an id, or "".
func idCharProblem(id string) string {
	if r, pos := firstRune(id, isInvisible); pos > 0 {
		return fmt.Sprintf("holds the invisible character %s at character %d, got %q: remove it", runeCode(r), pos, id)
	}
	if !norm.NFC.IsNormalString(id) {
		return fmt.Sprintf("is in decomposed Unicode (a letter and its accent as two characters), got %+q: write it composed (NFC), as %q", id, norm.NFC.String(id))
	}
	return ""
}

// textCharProblem says what is wrong with the characters of a text, or "".
func textCharProblem(s string) string {
	if r, pos := firstRune(s, isControl); pos > 0 {
		return fmt.Sprintf("holds the control character %s at character %d: remove it (documents cannot show it)", runeCode(r), pos)
	}
	return ""
}

// valueNote explains, after a quoted value in a message, what does not show in it.
func valueNote(s string) string {
	if r, pos := firstRune(s, isInvisible); pos > 0 {
		return fmt.Sprintf(" (it holds the invisible character %s at character %d)", runeCode(r), pos)
	}
	if !norm.NFC.IsNormalString(s) {
		return " (it is in decomposed Unicode; composed (NFC), it reads " + fmt.Sprintf("%q", norm.NFC.String(s)) + ")"
	}
	return ""
}

// checkRecordChars checks the characters of a record's texts.
func (c *checker) checkRecordChars(r *Record) {
	texts := []textField{{"title", r.Title}, {"summary", r.Summary}, {"caveat", r.Caveat}}
	if r.Derived != nil {
		texts = append(texts, textField{"derived.method", r.Derived.Method})
	}
	for _, t := range texts {
		if msg := textCharProblem(t.text); msg != "" {
			c.recordProblem(t.name, "%s", msg)
		}
	}
	for j, a := range r.Aliases {
		if msg := textCharProblem(a); msg != "" {
			c.recordProblem(fmt.Sprintf("aliases[%d]", j), "%s", msg)
		}
	}
	for _, lang := range sortedKeys(r.Translations) {
		for _, t := range recordTextFields(r.Translations[lang]) {
			if msg := textCharProblem(t.text); msg != "" {
				c.recordProblem("translations."+lang+"."+t.name, "%s", msg)
			}
		}
	}
}

// checkHeadChars checks the characters of every text outside the records (the dataset's
// title, countries, sectors, indicators, sources and their translations), walking the
// values, since they are few.
func (c *checker) checkHeadChars(d *Dataset) {
	head := *d
	head.Records = nil
	c.walkChars(reflect.ValueOf(head), nil)
}

func (c *checker) walkChars(v reflect.Value, at *path) {
	switch v.Kind() {
	case reflect.String:
		if msg := textCharProblem(v.String()); msg != "" && at != nil {
			c.problem(at.String(), "%s", msg)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			c.walkChars(v.Elem(), at)
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.walkChars(v.Index(i), &path{parent: at, index: i})
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			c.walkChars(iter.Value(), &path{parent: at, name: fmt.Sprint(iter.Key())})
		}
	case reflect.Struct:
		for _, f := range jsonFields(v.Type()) {
			c.walkChars(v.Field(f.index), &path{parent: at, name: f.name})
		}
	}
}
