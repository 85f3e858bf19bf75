package dataset_test

import (
	"reflect"
	"strings"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// exportedCopy returns a dataset with d's exported fields only, as decoding them from bytes
// would give it.
func exportedCopy(d *dataset.Dataset) *dataset.Dataset {
	c := new(dataset.Dataset)
	from, to := reflect.ValueOf(d).Elem(), reflect.ValueOf(c).Elem()
	for i := range from.NumField() {
		if from.Type().Field(i).IsExported() {
			to.Field(i).Set(from.Field(i))
		}
	}
	return c
}

// TestRestoreGivesWhatLoadGives checks that a dataset restored from its exported fields has
// the identity and the references that Load gave it.
func TestRestoreGivesWhatLoadGives(t *testing.T) {
	generated := synthetic.Generate(1500, 4)
	if err := dataset.Validate(generated, "synthetic"); err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*dataset.Dataset{"loaded": loadValid(t), "validated": generated} {
		t.Run(name, func(t *testing.T) {
			c := exportedCopy(d)
			if c.Refs() != nil || c.Identity() != (dataset.Identity{}) {
				t.Fatal("the copy has what Restore is to give it")
			}
			if err := dataset.Restore(c, d.Identity()); err != nil {
				t.Fatal(err)
			}
			if c.Identity() != d.Identity() {
				t.Errorf("identity %+v, want %+v", c.Identity(), d.Identity())
			}
			if c.Refs() == nil || !reflect.DeepEqual(c.Refs(), d.Refs()) {
				t.Error("the restored references differ from those validation resolved")
			}
		})
	}
}

// TestRestoreRefuses checks that a reference that does not resolve, or an identity of
// another dataset, is refused with a message that names it, and that the dataset is left
// without identity and references.
func TestRestoreRefuses(t *testing.T) {
	cases := []struct {
		name   string
		change func(d *dataset.Dataset, id *dataset.Identity)
		want   string
	}{
		{"unknown sector", func(d *dataset.Dataset, _ *dataset.Identity) { d.Records[3].Sectors = []string{"no-such-sector"} }, `sector "no-such-sector"`},
		{"unknown source", func(d *dataset.Dataset, _ *dataset.Identity) { d.Records[3].Sources = []string{"no-such-source"} }, `source "no-such-source"`},
		{"unknown conflict", func(d *dataset.Dataset, _ *dataset.Identity) {
			d.Records[3].Conflicts = append(d.Records[3].Conflicts, "no-such-record")
		}, `record "no-such-record"`},
		{"identity of another dataset", func(_ *dataset.Dataset, id *dataset.Identity) { id.ID = "another" }, "names another"},
		{"identity of another version", func(_ *dataset.Dataset, id *dataset.Identity) { id.Version = "0.0" }, "0.0"},
		{"identity without a hash", func(_ *dataset.Dataset, id *dataset.Identity) { id.SHA256 = "" }, "identity"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := exportedCopy(loadValid(t))
			id := loadValid(t).Identity()
			tc.change(d, &id)
			err := dataset.Restore(d, id)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one that mentions %s", err, tc.want)
			}
			if d.Refs() != nil || d.Identity() != (dataset.Identity{}) {
				t.Error("a refused dataset got an identity or references")
			}
		})
	}
}
