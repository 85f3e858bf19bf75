package dataset_test

import (
	"slices"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// TestRefs checks the resolved references of a loaded and of a validated dataset against
// the ids they stand for, and that a dataset built in code or changed since has none.
func TestRefs(t *testing.T) {
	generated := synthetic.Generate(2000, 3)
	if generated.Refs() != nil {
		t.Fatal("a dataset built in code has references before it is validated")
	}
	if err := dataset.Validate(generated, "synthetic"); err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*dataset.Dataset{"loaded": loadValid(t), "validated": generated} {
		t.Run(name, func(t *testing.T) {
			x := d.Refs()
			if x == nil {
				t.Fatal("no references")
			}
			conflicts := 0
			for i := range d.Records {
				r := &d.Records[i]
				if got := idsOf(x.Sectors(i), func(j int32) string { return d.Sectors[j].ID }); !slices.Equal(got, r.Sectors) {
					t.Fatalf("record %s: sectors %v, want %v", r.ID, got, r.Sectors)
				}
				if got := idsOf(x.Sources(i), func(j int32) string { return d.Sources[j].ID }); !slices.Equal(got, r.Sources) {
					t.Fatalf("record %s: sources %v, want %v", r.ID, got, r.Sources)
				}
				if got := idsOf(x.Conflicts(i), func(j int32) string { return d.Records[j].ID }); !slices.Equal(got, r.Conflicts) {
					t.Fatalf("record %s: conflicts %v, want %v", r.ID, got, r.Conflicts)
				}
				conflicts += len(r.Conflicts)
			}
			if conflicts == 0 {
				t.Error("no record names a conflict: the test proves little")
			}
			d.Records = slices.Clone(d.Records)
			if d.Refs() != nil {
				t.Error("references remain after the records were replaced")
			}
		})
	}
}

func idsOf(indexes []int32, id func(int32) string) []string {
	var ids []string
	for _, i := range indexes {
		ids = append(ids, id(i))
	}
	return ids
}
