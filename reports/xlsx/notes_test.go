package xlsx

import (
	"slices"
	"strings"
	"testing"

	"attache/reports"
	"attache/reports/i18n"
)

// TestNoteMayBeCut checks the bound the Notes sheet counts its rows with: a note with a
// cell over MaxCellChars bytes, in any column, is never passed over.
func TestNoteMayBeCut(t *testing.T) {
	long := strings.Repeat("a", MaxCellChars+1)
	manyIDs := slices.Repeat([]string{"R000001"}, MaxCellChars/len("R000001")+1)
	manySources := slices.Repeat([]int{7}, MaxCellChars/len("7, ")+1)
	tests := []struct {
		name string
		note reports.Note
		want bool
	}{
		{"short", reports.Note{Kind: reports.NoteGap, Records: []string{"R1", "R2"}, Text: "a gap", Sources: []int{1, 12}}, false},
		{"long kind", reports.Note{Kind: reports.NoteKind(long)}, true},
		{"many records", reports.Note{Kind: reports.NoteDerived, Records: manyIDs}, true},
		{"long text", reports.Note{Kind: reports.NoteGap, Text: long}, true},
		{"many sources", reports.Note{Kind: reports.NoteConflict, Sources: manySources}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			over := slices.ContainsFunc(noteTexts(i18n.En, tt.note), func(s string) bool { return len(s) > MaxCellChars })
			if over != tt.want {
				t.Fatalf("the case is wrong: a text over the limit is %v, want %v", over, tt.want)
			}
			if got := noteMayBeCut(i18n.En, tt.note); got != tt.want {
				t.Errorf("noteMayBeCut = %v, want %v", got, tt.want)
			}
		})
	}
}
