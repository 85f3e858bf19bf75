package dataset_test

import (
	"slices"
	"strings"
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

// TestResolveRefs checks that a dataset built in code reads as validation would read it,
// and that a source it does not list is an error that names the record and the source.
func TestResolveRefs(t *testing.T) {
	d := loadValid(t)
	resolved, err := dataset.ResolveRefs(d)
	if err != nil {
		t.Fatal(err)
	}
	validated := d.Refs()
	for i := range d.Records {
		if !slices.Equal(resolved.Sectors(i), validated.Sectors(i)) || !slices.Equal(resolved.Sources(i), validated.Sources(i)) ||
			!slices.Equal(resolved.Conflicts(i), validated.Conflicts(i)) {
			t.Fatalf("record %s: resolved %v %v %v, validation kept %v %v %v", d.Records[i].ID,
				resolved.Sectors(i), resolved.Sources(i), resolved.Conflicts(i),
				validated.Sectors(i), validated.Sources(i), validated.Conflicts(i))
		}
	}

	d.Records[2].Sources = append(d.Records[2].Sources, "no-such-source")
	_, err = dataset.ResolveRefs(d)
	if err == nil || !strings.Contains(err.Error(), d.Records[2].ID) || !strings.Contains(err.Error(), "no-such-source") {
		t.Errorf("an unknown source gave %v, want an error naming %s and the source", err, d.Records[2].ID)
	}
}

func idsOf(indexes []int32, id func(int32) string) []string {
	var ids []string
	for _, i := range indexes {
		ids = append(ids, id(i))
	}
	return ids
}
