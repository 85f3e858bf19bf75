package xlsx

import (
	"strings"
	"testing"
	"unicode/utf8"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// cutTextCases are the texts TestCutText and FuzzCutText start from.
var cutTextCases = []struct {
	name string
	text string
	cut  bool
}{
	{"short", "Bakı", false},
	{"exactly the limit", strings.Repeat("a", MaxCellChars), false},
	{"Hangul at the limit", strings.Repeat("서", MaxCellChars), false}, // 3 bytes, 1 unit each
	{"one over", strings.Repeat("a", MaxCellChars+1), true},
	{"Latin far over", strings.Repeat("ə", 50000), true},
	{"astral characters", strings.Repeat("😀", 20000), true}, // 2 units each
	{"invalid bytes", strings.Repeat("\xff", MaxCellChars+5), true},
}

func TestCutText(t *testing.T) {
	for _, tc := range cutTextCases {
		t.Run(tc.name, func(t *testing.T) {
			_, omitted := checkCut(t, tc.text)
			if (omitted > 0) != tc.cut {
				t.Errorf("cut = %v (%d left out), want %v", omitted > 0, omitted, tc.cut)
			}
		})
	}
}

func FuzzCutText(f *testing.F) {
	for _, tc := range cutTextCases {
		f.Add(tc.text[:min(len(tc.text), 100)], len(tc.text)/100)
	}
	f.Fuzz(func(t *testing.T, piece string, repeat int) {
		checkCut(t, strings.Repeat(piece, min(max(repeat, 0), 1+2*MaxCellChars/max(1, len(piece)))))
	})
}

// checkCut cuts text and checks what any cut must be: within the limit, the text itself
// when it fits, else a clean beginning of it, the marker and the count of what is missing,
// wasting no room.
func checkCut(t *testing.T, text string) (string, int) {
	t.Helper()
	kept, omitted := cutText(text)
	if utf16Len(kept) > MaxCellChars {
		t.Fatalf("kept %d units, over the limit", utf16Len(kept))
	}
	if omitted == 0 {
		if kept != text {
			t.Fatal("a text that was not cut changed")
		}
		if utf16Len(text) > MaxCellChars {
			t.Fatal("a text over the limit was not cut")
		}
		return kept, 0
	}
	marker := cutMarker(omitted)
	if !strings.HasSuffix(kept, marker) {
		t.Fatalf("no marker %q at the end", marker)
	}
	body := strings.TrimSuffix(kept, marker)
	if !strings.HasPrefix(text, body) {
		t.Fatal("the kept text is not a beginning of the text")
	}
	if got := utf8.RuneCountInString(body) + omitted; got != utf8.RuneCountInString(text) {
		t.Fatalf("kept + left out = %d runes, want %d", got, utf8.RuneCountInString(text))
	}
	if utf16Len(kept) < MaxCellChars-1 {
		t.Fatalf("kept only %d units; the cut wastes room", utf16Len(kept))
	}
	return kept, omitted
}

func TestGuarded(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`=HYPERLINK("http://x","y")`, true}, {"+1", true}, {"-2+3", true}, {"@SUM(A1)", true},
		{"\tx", true}, {"\rx", true}, {"", false}, {"Bakı", false}, {" =1", false}, {"1-2", false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			if got := guarded(tc.text); got != tc.want {
				t.Errorf("guarded(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestExcelSerial(t *testing.T) {
	cases := []struct {
		day  dataset.Day
		want int
		ok   bool
	}{
		{dataset.DayOf(1899, 12, 31), 0, false},
		{dataset.DayOf(1900, 1, 1), 1, true},
		{dataset.DayOf(1900, 2, 28), 59, true},
		{dataset.DayOf(1900, 3, 1), 61, true}, // serial 60 is Excel's 1900-02-29
		{dataset.DayOf(1992, 4, 30), 33724, true},
		{dataset.DayOf(2026, 1, 31), 46053, true},
		{dataset.DayOf(9999, 12, 31), 2958465, true},
	}
	for _, tc := range cases {
		t.Run(tc.day.String(), func(t *testing.T) {
			got, ok := excelSerial(tc.day)
			if got != tc.want || ok != tc.ok {
				t.Errorf("excelSerial(%s) = %d, %v; want %d, %v", tc.day, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestShownDecimals(t *testing.T) {
	cases := []struct {
		v    float64
		want int
	}{
		{227, 0}, {140.5, 1}, {61.125, 2}, {-5, 0}, {0.0034, 4}, {1e15, 0}, {0, 0}, {0.12345678, 3}, {0.0744, 4}, {0.07440000000000001, 4},
	}
	for _, tc := range cases {
		t.Run(words.Number(tc.v), func(t *testing.T) {
			if got := shownDecimals(tc.v); got != tc.want {
				t.Errorf("shownDecimals(%v) = %d, want %d", tc.v, got, tc.want)
			}
		})
	}
}

func TestExactDecimals(t *testing.T) {
	cases := []struct {
		v    float64
		want int
	}{
		{227, 0}, {140.5, 1}, {61.125, 3}, {-0.25, 2}, {0.30000000000000004, 9}, {1e21, 0},
	}
	for _, tc := range cases {
		t.Run(words.Number(tc.v), func(t *testing.T) {
			if got := exactDecimals(tc.v); got != tc.want {
				t.Errorf("exactDecimals(%v) = %d, want %d", tc.v, got, tc.want)
			}
		})
	}
}

func TestUniqueHeaders(t *testing.T) {
	exports := &dataset.Indicator{ID: "exports", Name: "Exports"}
	shouty := &dataset.Indicator{ID: "EXPORTS", Name: "EXPORTS"}
	year := &dataset.Indicator{ID: "year", Name: "year"}
	got := uniqueHeaders(&reports.Briefing{}, []reports.Series{
		{Indicator: exports, Reporter: "AZE"}, {Indicator: shouty, Reporter: "aze"}, {Indicator: year}, {Indicator: exports},
	}, "Year")
	want := []string{"Exports (AZE)", "EXPORTS (aze) (2)", "year (2)", "Exports"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("header %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestLinkable(t *testing.T) {
	cases := []struct {
		address string
		want    bool
	}{
		{"https://example.org/a?b=1", true}, {"http://example.org", true}, {"mailto:desk@example.org", true},
		{"", false}, {"not a link", false}, {"javascript:alert(1)", false}, {"file:///etc/passwd", false},
		{"https://", false}, {"https://example.org/" + strings.Repeat("a", maxLinkLength), false},
	}
	for _, tc := range cases {
		t.Run(tc.address, func(t *testing.T) {
			if got := linkable(tc.address); got != tc.want {
				t.Errorf("linkable(%q) = %v, want %v", tc.address, got, tc.want)
			}
		})
	}
}
