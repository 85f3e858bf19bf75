package dataset_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"attache/reports/dataset"
)

const docsDir = "../../docs/"

func TestExampleDatasetLoads(t *testing.T) {
	f, err := os.Open(docsDir + "example-dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := dataset.Load(f, "example-dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	if d.Identity().SHA256 == "" {
		t.Error("no identity")
	}
}

// jsonNames lists the JSON field names of a struct type.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// formatTypes pairs each object of the format with the schema's definition of it.
var formatTypes = []struct {
	def string // "" for the document itself
	typ reflect.Type
}{
	{"", reflect.TypeFor[dataset.Dataset]()},
	{"country", reflect.TypeFor[dataset.Country]()},
	{"sector", reflect.TypeFor[dataset.Sector]()},
	{"indicator", reflect.TypeFor[dataset.Indicator]()},
	{"source", reflect.TypeFor[dataset.Source]()},
	{"record", reflect.TypeFor[dataset.Record]()},
	{"derivation", reflect.TypeFor[dataset.Derivation]()},
	{"recordText", reflect.TypeFor[dataset.RecordText]()},
	{"nameText", reflect.TypeFor[dataset.NameText]()},
	{"indicatorText", reflect.TypeFor[dataset.IndicatorText]()},
	{"titleText", reflect.TypeFor[dataset.TitleText]()},
}

type schemaObject struct {
	Properties map[string]json.RawMessage `json:"properties"`
	Required   []string                   `json:"required"`
}

// TestSchemaMatchesTypes checks that the JSON Schema is valid JSON and describes exactly the
// fields Load accepts.
func TestSchemaMatchesTypes(t *testing.T) {
	b, err := os.ReadFile(docsDir + "dataset.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Schema string `json:"$schema"`
		schemaObject
		Defs map[string]schemaObject `json:"$defs"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&schema); err != nil {
		t.Fatalf("dataset.schema.json: %v", err)
	}
	if schema.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q", schema.Schema)
	}
	for _, ft := range formatTypes {
		name := ft.def
		if name == "" {
			name = "document"
		}
		t.Run(name, func(t *testing.T) {
			obj := schema.schemaObject
			if ft.def != "" {
				var ok bool
				if obj, ok = schema.Defs[ft.def]; !ok {
					t.Fatalf("no $defs/%s", ft.def)
				}
			}
			var props []string
			for p := range obj.Properties {
				props = append(props, p)
			}
			slices.Sort(props)
			if want := jsonNames(ft.typ); !slices.Equal(props, want) {
				t.Errorf("schema properties %v, Go fields %v", props, want)
			}
			for _, r := range obj.Required {
				if _, ok := obj.Properties[r]; !ok {
					t.Errorf("required %q is not a property", r)
				}
			}
		})
	}
}

// TestFormatDocMentionsEverything checks that docs/dataset-format.md names every field and
// every table column, and that its example loads.
func TestFormatDocMentionsEverything(t *testing.T) {
	b, err := os.ReadFile(docsDir + "dataset-format.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	var names []string
	for _, ft := range formatTypes {
		names = append(names, jsonNames(ft.typ)...)
	}
	names = append(names, dataset.TableColumns...)
	for _, n := range names {
		if !strings.Contains(doc, "`"+n+"`") {
			t.Errorf("dataset-format.md does not mention `%s`", n)
		}
	}
	_, example, ok := strings.Cut(doc, "## A small example\n\n```json\n")
	if !ok {
		t.Fatal("no example")
	}
	example, _, _ = strings.Cut(example, "```")
	if _, err := dataset.Load(strings.NewReader(example), "dataset-format.md example"); err != nil {
		t.Error(err)
	}
}
