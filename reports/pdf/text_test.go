package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func newTestTypesetter(t testing.TB) *typesetter {
	t.Helper()
	ts, err := newTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// lineTexts returns the text of each line.
func lineTexts(lines []textLine) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		var sb strings.Builder
		for _, r := range l.runs {
			sb.WriteString(r.text)
		}
		out[i] = sb.String()
	}
	return out
}

var wrapCases = []struct {
	name  string
	text  string
	width float64 // points, at 10 pt
	want  []string
}{
	{"fits", "Short line", 200, []string{"Short line"}},
	{"breaks at spaces", "one two three four five six", 60, []string{"one two", "three four", "five six"}},
	{"newline", "first\nsecond", 200, []string{"first", "second"}},
	{"blank line kept", "a\n\nb", 200, []string{"a", "", "b"}},
	{"spaces collapse at breaks", "aaaa     bbbb", 30, []string{"aaaa", "bbbb"}},
	{"address breaks after slash", "https://example.org/path/to/a/page", 90, []string{"https://example.org/", "path/to/a/page"}},
	{"long word breaks inside", "Supercalifragilistic", 40, []string{"Supercal", "ifragilisti", "c"}},
	{"hangul", "한국과 아제르바이잔의 경제 협력", 80, []string{"한국과", "아제르바이잔의", "경제 협력"}},
	{"empty", "", 100, []string{""}},
	{"tab and CR", "a\tb\r\nc", 200, []string{"a b", "c"}},
}

func TestWrap(t *testing.T) {
	ts := newTestTypesetter(t)
	st := &textStyle{size: 10}
	for _, tc := range wrapCases {
		t.Run(tc.name, func(t *testing.T) {
			lines := ts.wrap(tc.text, st, tc.width)
			got := lineTexts(lines)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("wrap(%q, %v) = %q, want %q", tc.text, tc.width, got, tc.want)
			}
			for i, l := range lines {
				if l.width > tc.width && utf8.RuneCountInString(got[i]) > 1 {
					t.Errorf("line %q is %.1f pt wide, over %.1f", got[i], l.width, tc.width)
				}
			}
		})
	}
}

func TestRunsPickFonts(t *testing.T) {
	ts := newTestTypesetter(t)
	tests := []struct {
		name  string
		st    textStyle
		text  string
		faces []face
	}{
		{"latin", textStyle{size: 9}, "Azərbaycan", []face{sansRegular}},
		{"cyrillic bold", textStyle{size: 9, bold: true}, "Энергетика", []face{sansBold}},
		{"mixed", textStyle{size: 9}, "Trade / 무역 2019", []face{sansRegular, hangulRegular, sansRegular}},
		{"italic hangul is upright", textStyle{size: 9, italic: true}, "a 한", []face{sansItalic, hangulRegular}},
		{"bold hangul", textStyle{size: 9, bold: true}, "서울", []face{hangulBold}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := ts.line(tc.text, &tc.st)
			var got []face
			for _, r := range l.runs {
				got = append(got, r.face)
			}
			if len(got) != len(tc.faces) {
				t.Fatalf("runs in faces %v, want %v", got, tc.faces)
			}
			for i := range got {
				if got[i] != tc.faces[i] {
					t.Fatalf("runs in faces %v, want %v", got, tc.faces)
				}
			}
			if ts.err != nil {
				t.Fatal(ts.err)
			}
		})
	}
}

func TestFit(t *testing.T) {
	ts := newTestTypesetter(t)
	st := &textStyle{size: 10}
	l := ts.fit("A title far too long for the little room it is given", st, 100)
	got := lineTexts([]textLine{l})[0]
	if !strings.HasSuffix(got, "…") || l.width > 100 {
		t.Errorf("fit gave %q (%.1f pt), want a cut ending in … within 100 pt", got, l.width)
	}
}

// FuzzWrap checks that wrapping never loses or invents text and never overflows a line
// that could have been broken.
func FuzzWrap(f *testing.F) {
	for _, tc := range wrapCases {
		f.Add(tc.text, tc.width)
	}
	ts := newTestTypesetter(f)
	st := &textStyle{size: 10}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if width < 12 || width > 2000 || !utf8.ValidString(text) {
			t.Skip()
		}
		for _, r := range text {
			if r == '\r' || r == '\t' || !(r == '\n' || ts.faces[sansRegular].covers(r) || ts.faces[hangulRegular].covers(r)) {
				t.Skip()
			}
		}
		lines := ts.wrap(text, st, width)
		got := strings.Join(strings.Fields(strings.Join(lineTexts(lines), " ")), "")
		want := strings.Join(strings.Fields(text), "")
		if got != want {
			t.Fatalf("wrap(%q, %v) lost text: %q", text, width, lineTexts(lines))
		}
		for _, l := range lines {
			s := lineTexts([]textLine{l})[0]
			if l.width > width+0.001 && utf8.RuneCountInString(s) > 1 {
				t.Fatalf("line %q is %.2f pt wide, over %.2f", s, l.width, width)
			}
		}
	})
}
