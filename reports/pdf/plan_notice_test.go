package pdf_test

import (
	"strings"
	"testing"

	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/pdf"
)

// TestLongNotesAndSources checks what a document of a large selection says about the notes
// and sources it leaves out, and that it says nothing of the kind when it leaves none out.
func TestLongNotesAndSources(t *testing.T) {
	large, small := buildAll(t, synthetic.Generate(20000, 4)), buildAll(t, synthetic.Generate(1500, 4))
	tests := []struct {
		name    string
		b       *reports.Briefing
		o       pdf.Options
		want    []string
		notWant []string
	}{
		{"cut", large, pdf.Options{MaxItemsPerSection: 2, MaxTimelineRows: 2, MaxNotesPerKind: 1},
			[]string{"Showing the first 1 of", "The workbook's Notes sheet lists every note.",
				"sources this document cites", "The workbook's Sources sheet lists every source."},
			nil},
		{"with the appendix, every source", small, pdf.Options{MaxItemsPerSection: 2, MaxTimelineRows: 2, MaxNotesPerKind: 1, All: true},
			[]string{"Showing the first 1 of", "Appendix: every record"},
			[]string{"sources this document cites"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(strings.Fields(pdfText(t, render(t, tc.b, tc.o))), " ")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text has %q", w)
				}
			}
		})
	}
}
