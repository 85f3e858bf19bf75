package selection_test

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
	"attache/reports/reportstest"
	"attache/reports/selection"
)

// TestIndexAgreesWithSelect checks, on many random selections, that the index gives what
// Select and CountBySector give.
func TestIndexAgreesWithSelect(t *testing.T) {
	bundled := reportstest.Bundled(t)
	tests := []struct {
		name string
		d    *dataset.Dataset
	}{
		{"bundled", bundled},
		{"synthetic", synthetic.Generate(5000, 7)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := selection.NewIndex(tt.d)
			rng := rand.New(rand.NewPCG(1, 2))
			first, last := selection.DatasetSpan(tt.d)
			for i := range 300 {
				s := randomSelection(rng, tt.d, first, last)
				if s.Check(tt.d) != nil {
					continue
				}
				want, err := selection.Select(tt.d, s)
				if err != nil {
					t.Fatal(err)
				}
				list, counts := x.Match(s)
				got := make([]*dataset.Record, list.Len())
				for j := range got {
					got[j] = list.At(j)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("selection %d %+v: the index gives %d records, reports %d", i, s, len(got), len(want))
				}
				if wantCounts := selection.CountBySector(tt.d, s); !maps.Equal(counts, wantCounts) {
					t.Fatalf("selection %d %+v: counts %v, reports %v", i, s, counts, wantCounts)
				}
			}
		})
	}
}

func randomSelection(rng *rand.Rand, d *dataset.Dataset, first, last dataset.Day) selection.Selection {
	var s selection.Selection
	for _, sec := range d.Sectors {
		if rng.IntN(3) == 0 {
			s.Sectors = append(s.Sectors, sec.ID)
		}
	}
	for _, k := range dataset.Kinds {
		if rng.IntN(3) == 0 {
			s.Kinds = append(s.Kinds, k)
		}
	}
	years := last.Year() - first.Year() + 1
	randomDate := func() dataset.Date {
		y := first.Year() + rng.IntN(years)
		switch rng.IntN(4) {
		case 0:
			return dataset.Date{}
		case 1:
			return dataset.Date{Y: y, M: 1 + rng.IntN(12), Precision: dataset.Month}
		case 2:
			return dataset.Date{Y: y, M: 2, D: 1 + rng.IntN(28), Precision: dataset.DayPrecision}
		}
		return dataset.Date{Y: y, Precision: dataset.Year}
	}
	s.From, s.To = randomDate(), randomDate()
	if rng.IntN(4) == 0 && len(d.Records) > 0 {
		title := d.Records[rng.IntN(len(d.Records))].Title
		start := rng.IntN(max(1, len(title)-3))
		s.Text = " " + title[start:min(len(title), start+3)] + " "
	}
	return s
}

// TestSearchFindsAliasesAndTranslations checks that a search finds a record by another
// spelling of a name it holds, and by the words of its translations.
func TestSearchFindsAliasesAndTranslations(t *testing.T) {
	d := reportstest.Bundled(t)
	x := selection.NewIndex(d)
	for _, tt := range []struct{ text, want string }{
		{"Lee In-yong", "R085"},        // an alias: titles spell him Lee Eun Yong
		{"lee in yong", "R085"},        // any case, another alias
		{"주아제르바이잔 한국대사관", "R005"},      // the Korean title
		{"Bakıda səfirliyini", "R005"}, // the Azerbaijani title
	} {
		t.Run(tt.text, func(t *testing.T) {
			s := selection.Selection{Text: tt.text}
			got, err := selection.Select(d, s)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(got, func(r *dataset.Record) bool { return r.ID == tt.want }) {
				t.Errorf("Select(%q) misses %s (got %d records)", tt.text, tt.want, len(got))
			}
			list, _ := x.Match(s)
			if list.Len() != len(got) {
				t.Errorf("the index finds %d records, Select %d", list.Len(), len(got))
			}
		})
	}
}
