package dataset

import (
	"encoding/csv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"attache/reports/i18n"
)

// TestHeaderNames makes sure every language's header of every column reads back as that
// column, and that no two columns share a header in any language.
func TestHeaderNames(t *testing.T) {
	owner := map[string]string{} // lower-case header → column
	for _, col := range TableColumns {
		t.Run(col, func(t *testing.T) {
			if got := canonicalColumn(col); got != col {
				t.Errorf("canonicalColumn(%q) = %q", col, got)
			}
			for _, l := range i18n.Langs {
				h := l.T(ColumnHeaderKey(col))
				if h == ColumnHeaderKey(col) {
					continue // a column without a translation keeps its name
				}
				if other, ok := owner[foldHeader(h)]; ok && other != col {
					t.Errorf("%s header %q names both %s and %s", l, h, other, col)
				}
				owner[foldHeader(h)] = col
				for _, written := range []string{h, strings.ToUpper(h), capitalized(h)} {
					if got := columnIndex(written); got < 0 || TableColumns[got] != col {
						t.Errorf("%s header %q reads as column %d, want %s", l, written, got, col)
					}
				}
			}
		})
	}
}

func TestRecordsSheetIn(t *testing.T) {
	for _, tt := range []struct {
		name   string
		sheets []string
		want   string
	}{
		{"english", []string{"Briefing", "Records", "Notes"}, "Records"},
		{"korean", []string{"브리핑", "기록", "주석"}, "기록"},
		{"azerbaijani", []string{"Brifinq", "Yazılar", "Qeydlər"}, "Yazılar"},
		{"english first", []string{"기록", "Records"}, "Records"},
		{"none", []string{"Sheet1"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := recordsSheetIn(tt.sheets); got != tt.want {
				t.Errorf("recordsSheetIn(%q) = %q, want %q", tt.sheets, got, tt.want)
			}
		})
	}
}

// TestImportCSVKoreanHeader reads a table whose header a Korean workbook wrote.
func TestImportCSVKoreanHeader(t *testing.T) {
	header := make([]string, len(TableColumns))
	for i, col := range TableColumns {
		header[i] = i18n.Ko.T(ColumnHeaderKey(col))
	}
	row := make([]string, len(TableColumns))
	set := func(col, v string) { row[columnIndex(col)] = v }
	set(ColID, "E1")
	set(ColKind, "event")
	set(ColDate, "2006-05-11")
	set(ColSectors, "diplomacy")
	set(ColTitle, "정상회담")
	set(ColSources, "s1")
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(header)
	_ = w.Write(row)
	w.Flush()
	recs, err := ImportCSV(strings.NewReader(b.String()), "ko.csv")
	if err != nil {
		t.Fatalf("ImportCSV: %v", err)
	}
	if len(recs) != 1 || recs[0].ID != "E1" || recs[0].Title != "정상회담" || recs[0].Date.String() != "2006-05-11" {
		t.Errorf("imported %+v", recs)
	}
}

// capitalized upper-cases a header's first letter, as a person retyping it might.
func capitalized(h string) string {
	r, size := utf8.DecodeRuneInString(h)
	return string(unicode.ToUpper(r)) + h[size:]
}
