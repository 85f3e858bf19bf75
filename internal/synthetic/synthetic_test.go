package synthetic_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

func TestGenerate(t *testing.T) {
	cases := []struct {
		name    string
		n       int
		records int
		sources int
	}{
		{"none asked gives one", 0, 1, 20},
		{"small", 40, 40, 20},
		{"large", 5000, 5000, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := synthetic.Generate(c.n, 7)
			if err := dataset.Validate(d, "synthetic"); err != nil {
				t.Fatal(err)
			}
			if len(d.Records) != c.records || len(d.Sources) != c.sources || len(d.Sectors) != 15 || len(d.Indicators) != 10 {
				t.Errorf("records %d, sources %d, sectors %d, indicators %d", len(d.Records), len(d.Sources), len(d.Sectors), len(d.Indicators))
			}
			if !strings.HasPrefix(d.ID, "synthetic-") || !strings.Contains(d.Title, "SYNTHETIC") {
				t.Errorf("not labelled synthetic: id %q, title %q", d.ID, d.Title)
			}
		})
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b, other := synthetic.Generate(500, 3), synthetic.Generate(500, 3), synthetic.Generate(500, 4)
	for _, d := range []*dataset.Dataset{a, b, other} {
		if err := dataset.Validate(d, "synthetic"); err != nil {
			t.Fatal(err)
		}
	}
	if a.Identity() != b.Identity() {
		t.Error("the same seed gave two datasets")
	}
	if a.Identity().SHA256 == other.Identity().SHA256 {
		t.Error("two seeds gave the same dataset")
	}
}

// TestGenerateVariety checks that the data exercises what real data holds.
func TestGenerateVariety(t *testing.T) {
	d := synthetic.Generate(2000, 1)
	if err := dataset.Validate(d, "synthetic"); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	mark := func(cond bool, what string) {
		if cond {
			seen[what] = true
		}
	}
	scripts := map[string]*unicode.RangeTable{"Hangul": unicode.Hangul, "Cyrillic": unicode.Cyrillic}
	for _, r := range d.Records {
		seen["kind "+string(r.Kind)] = true
		seen["precision "+r.Date.Precision.String()] = true
		mark(r.End != nil, "end")
		mark(len(r.Sectors) > 1, "several sectors")
		mark(len(r.Sources) > 1, "several sources")
		mark(r.DateInferred, "inferred date")
		mark(r.Derived != nil, "derived")
		mark(len(r.Conflicts) > 0, "conflicts")
		mark(r.Reporter != "", "reporter")
		mark(r.Qualifier != "", "qualifier "+string(r.Qualifier))
		mark(strings.ContainsAny(r.Title, "ƏəĞğİıŞşÖöÜüÇç"), "Azerbaijani")
		for name, table := range scripts {
			mark(strings.IndexFunc(r.Title, func(c rune) bool { return unicode.Is(table, c) }) >= 0, name)
		}
	}
	for _, s := range d.Sources {
		mark(s.Language == "ko", "Korean source")
		mark(s.Language == "ru", "Russian source")
	}
	want := []string{"kind event", "kind agreement", "kind statement", "kind indicator",
		"precision year", "precision month", "precision day", "end", "several sectors",
		"several sources", "inferred date", "derived", "conflicts", "reporter",
		"qualifier exact", "qualifier approx", "qualifier at_least", "qualifier at_most",
		"Azerbaijani", "Hangul", "Cyrillic", "Korean source", "Russian source"}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no %s", w)
		}
	}
}

func TestWriteLoads(t *testing.T) {
	d := synthetic.Generate(300, 9)
	if err := dataset.Validate(d, "synthetic"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := synthetic.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	loaded, err := dataset.Load(&buf, "synthetic.json")
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Identity() != d.Identity() {
		t.Errorf("identity after Write and Load %+v, before %+v", loaded.Identity(), d.Identity())
	}
}
