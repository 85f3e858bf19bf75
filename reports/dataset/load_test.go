package dataset_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// edit replaces the first occurrence of old in the test document by new.
type edit struct{ old, new string }

// loadCase is one validation rule: edits that break testdata/valid.json and every problem
// Load must report, exactly.
type loadCase struct {
	name  string
	edits []edit
	want  []string
}

const testName = "t.json"

var loadCases = []loadCase{
	{name: "valid document", want: nil},
	{name: "end at a different precision", edits: []edit{{`"end": "2018-11"`, `"end": "2019"`}}},
	{name: "byte-order mark", edits: []edit{{"{\n  \"format\"", "\uFEFF{\n  \"format\""}}},
	{name: "null optional fields", edits: []edit{{`"qualifier": "approx",`, `"qualifier": null, "summary": null, "end": null,`}}},

	// Encoding and syntax.
	{name: "invalid UTF-8 in a string", edits: []edit{{"Trade turnover 2018", "Trade \xff turnover"}},
		want: []string{`t.json: line 37: record "R2": field "title": invalid UTF-8 at byte offset 1284: save the file as UTF-8`}},
	{name: "invalid UTF-8 outside strings", edits: []edit{{`"value": 227,`, "\"value\": 227,\xff"}},
		want: []string{
			`t.json: line 40: invalid UTF-8 at byte offset 1375: save the file as UTF-8`,
			`t.json: line 40: column 20: JSON syntax error: invalid character 'ÿ' looking for beginning of object key string`,
		}},
	{name: "byte-order mark and a syntax error", edits: []edit{{"{\n  \"format\"", "\uFEFF{\n  \"format\""}, {`"id": "test-pair",`, `"id": "test-pair"`}},
		want: []string{`t.json: line 4: column 3: JSON syntax error: invalid character '"' after object key:value pair`}},
	{name: "syntax error", edits: []edit{{`"value": 227,`, `"value": 227`}},
		want: []string{`t.json: line 41: column 7: JSON syntax error: invalid character '"' after object key:value pair`}},
	{name: "truncated document", edits: []edit{{"\n  ]\n}\n", "\n"}},
		want: []string{`t.json: line 69: column 6: JSON syntax error: unexpected end of JSON input`}},
	{name: "content after the document", edits: []edit{{"\n  ]\n}\n", "\n  ]\n}\n{}\n"}},
		want: []string{`t.json: line 72: column 1: JSON syntax error: invalid character '{' after top-level value`}},

	// Unknown fields.
	{name: "unknown top-level field", edits: []edit{{`"title": "Test pair`, `"titel": "Test pair`}},
		want: []string{
			`t.json: field "title": must not be empty`,
			`t.json: line 5: field "titel": unknown field; did you mean "title"?`,
		}},
	{name: "unknown record field", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "Trade turnover 2018", "tilte": "x",`}},
		want: []string{`t.json: line 37: record "R2": field "tilte": unknown field; did you mean "title"?`}},
	{name: "unknown source field", edits: []edit{{`"publisher": "News`, `"publsher": "News`}},
		want: []string{`t.json: line 20: field "sources[0].publsher": unknown field; did you mean "publisher"?`}},
	{name: "unknown derived field", edits: []edit{{`"method": "2018`, `"methd": "2018`}},
		want: []string{
			`t.json: line 54: record "R3": field "derived.methd": unknown field; did you mean "method"?`,
			`t.json: line 54: record "R3": field "derived.method": is required: say how the value was computed`,
		}},
	{name: "unknown field without a near name", edits: []edit{{`"kind": "event",`, `"kind": "event", "colour": "red",`}},
		want: []string{`t.json: line 26: record "R1": field "colour": unknown field: a record has no such field (see docs/dataset-format.md)`}},

	// Types.
	{name: "value is text", edits: []edit{{`"value": 227,`, `"value": "474 million",`}},
		want: []string{`t.json: line 40: record "R2": field "value": must be a number, got "474 million"`}},
	{name: "sectors is not a list", edits: []edit{{`"sectors": ["diplomacy"],`, `"sectors": "diplomacy",`}},
		want: []string{`t.json: line 28: record "R1": field "sectors": must be a list ([…]), got "diplomacy"`}},
	{name: "date is a number", edits: []edit{{`"date": "2018",`, `"date": 2018,`}},
		want: []string{`t.json: line 35: record "R2": field "date": must be a date string (YYYY, YYYY-MM or YYYY-MM-DD), got 2018`}},
	{name: "flag is text", edits: []edit{{`"date_inferred": true,`, `"date_inferred": "yes",`}},
		want: []string{`t.json: line 51: record "R3": field "date_inferred": must be true or false, got "yes"`}},
	{name: "countries is an object", edits: []edit{{"\"countries\": [\n", "\"countries\": {\"x\": [\n"}, {"\n  ],\n  \"sectors\"", "\n  ]},\n  \"sectors\""}},
		want: []string{
			`t.json: line 6: field "countries": must be a list ([…]), got an object`,
		}},
	{name: "number out of range", edits: []edit{{`"value": 227,`, `"value": 1e400,`}},
		want: []string{`t.json: line 40: record "R2": field "value": the number 1e400 is out of range`}},
	{name: "document is a list", edits: []edit{{"{\n  \"format\"", "[{\n  \"format\""}, {"\n  ]\n}\n", "\n  ]\n}]\n"}},
		want: []string{`t.json: line 1: the document must be a JSON object ({…}), got a list`}},

	// Required fields and their values.
	{name: "missing format", edits: []edit{{`"format": "attache-dataset/1",`, ``}},
		want: []string{`t.json: field "format": is required: write "attache-dataset/1"`}},
	{name: "wrong format", edits: []edit{{`"format": "attache-dataset/1",`, `"format": "attache-dataset/2",`}},
		want: []string{`t.json: line 2: field "format": must be "attache-dataset/1", got "attache-dataset/2"`}},
	{name: "missing id and version", edits: []edit{{`"id": "test-pair",`, ``}, {`"version": "2026.1",`, `"version": " ",`}},
		want: []string{
			`t.json: field "id": is required`,
			`t.json: line 4: field "version": is required`,
		}},
	{name: "blank title", edits: []edit{{`"title": "Test pair for validation rules",`, `"title": " \t ",`}},
		want: []string{`t.json: line 5: field "title": must not be empty`}},
	{name: "null title", edits: []edit{{`"title": "Test pair for validation rules",`, `"title": null,`}},
		want: []string{`t.json: line 5: field "title": must not be empty`}},
	{name: "one country", edits: []edit{{`{"code": "KOR", "name": "Republic of Korea"}`, ``}, {`"name": "Azerbaijan"},`, `"name": "Azerbaijan"}`}},
		want: []string{`t.json: line 6: field "countries": must list exactly two countries, got 1`}},
	{name: "country code", edits: []edit{{`"code": "AZE"`, `"code": "az"`}, {`"reporter": "AZE"`, `"reporter": "az"`}},
		want: []string{
			`t.json: line 7: field "countries[0].code": must be three capital letters (ISO 3166-1 alpha-3, like AZE), got "az"`,
		}},
	{name: "same country twice", edits: []edit{{`"code": "KOR"`, `"code": "AZE"`}, {`"partner": "KOR"`, `"partner": "AZE"`}},
		want: []string{
			`t.json: line 8: field "countries[1].code": the two countries must differ, both are "AZE"`,
			`t.json: line 68: record "R4": field "partner": must differ from the reporter, both are "AZE"`,
		}},
	{name: "no records", edits: []edit{{"\"records\": [\n", "\"records\": [], \"x\": [\n"}},
		want: []string{
			`t.json: line 23: field "x": unknown field; did you mean "id"?`,
			`t.json: line 23: field "records": at least one record is required`,
		}},

	// Ids.
	{name: "duplicate sector id", edits: []edit{{`{"id": "diplomacy", "name"`, `{"id": "trade", "name"`}},
		want: []string{
			`t.json: line 12: field "sectors[1].id": id "trade" is used twice (first by sectors[0])`,
			`t.json: line 28: record "R1": field "sectors[0]": unknown sector "diplomacy"`,
			`t.json: line 61: record "R4": field "sectors[1]": unknown sector "diplomacy"`,
		}},
	{name: "duplicate indicator id", edits: []edit{{`{"id": "exports", "name"`, `{"id": "turnover", "name"`}},
		want: []string{
			`t.json: line 16: field "indicators[1].id": id "turnover" is used twice (first by indicators[0])`,
			`t.json: line 17: field "indicators[2].mirror": unknown indicator "exports"`,
			`t.json: line 64: record "R4": field "indicator": unknown indicator "exports"`,
		}},
	{name: "duplicate source id", edits: []edit{{`{"id": "S2", "title"`, `{"id": "S1", "title"`}},
		want: []string{
			`t.json: line 21: field "sources[1].id": id "S1" is used twice (first by sources[0])`,
			`t.json: line 63: record "R4": field "sources[1]": unknown source "S2"`,
		}},
	{name: "duplicate record id", edits: []edit{{`"id": "R3",`, `"id": "R2",`}},
		want: []string{
			`t.json: line 45: record "R2": field "id": id "R2" is used twice (first by records[1], line 32)`,
			`t.json: line 54: record "R2": field "derived.from[0]": a record cannot be derived from itself`,
		}},
	{name: "id with a separator", edits: []edit{{`{"id": "trade", "name"`, `{"id": "trade;x", "name"`}},
		want: []string{
			`t.json: line 11: field "sectors[0].id": must not contain ";" (it separates ids in table cells), got "trade;x"`,
			`t.json: line 36: record "R2": field "sectors[0]": unknown sector "trade"`,
			`t.json: line 48: record "R3": field "sectors[0]": unknown sector "trade"`,
			`t.json: line 61: record "R4": field "sectors[0]": unknown sector "trade"`,
		}},
	{name: "missing record id", edits: []edit{{`"id": "R1",`, `"id": "",`}},
		want: []string{`t.json: line 25: field "records[0].id": is required`}},

	// References.
	{name: "unknown sector", edits: []edit{{`"sectors": ["diplomacy"],`, `"sectors": ["diplomacy", "tarde"],`}},
		want: []string{`t.json: line 28: record "R1": field "sectors[1]": unknown sector "tarde"`}},
	{name: "sector listed twice", edits: []edit{{`"sectors": ["diplomacy"],`, `"sectors": ["diplomacy", "diplomacy"],`}},
		want: []string{`t.json: line 28: record "R1": field "sectors[1]": sector "diplomacy" is listed twice`}},
	{name: "no sectors", edits: []edit{{`"sectors": ["diplomacy"],`, `"sectors": [],`}},
		want: []string{`t.json: line 28: record "R1": field "sectors": at least one sector is required`}},
	{name: "unknown source", edits: []edit{{`"sources": ["S1", "S2"],`, `"sources": ["S1", "S3"],`}},
		want: []string{`t.json: line 63: record "R4": field "sources[1]": unknown source "S3"`}},
	{name: "no source", edits: []edit{{`"sources": ["S1"]`, `"sources": []`}},
		want: []string{`t.json: line 30: record "R1": field "sources": at least one source is required: every record cites where it comes from`}},
	{name: "unknown indicator", edits: []edit{{`"indicator": "turnover",`, `"indicator": "turnvoer",`}},
		want: []string{`t.json: line 39: record "R2": field "indicator": unknown indicator "turnvoer"`}},
	{name: "unknown conflict", edits: []edit{{`"conflicts": ["R4"]`, `"conflicts": ["R5"]`}},
		want: []string{`t.json: line 42: record "R2": field "conflicts[0]": unknown record "R5"`}},
	{name: "conflict with itself", edits: []edit{{`"conflicts": ["R4"]`, `"conflicts": ["R2"]`}},
		want: []string{`t.json: line 42: record "R2": field "conflicts[0]": a record cannot conflict with itself`}},
	{name: "unknown derived from", edits: []edit{{`"from": ["R2"]`, `"from": ["R9"]`}},
		want: []string{`t.json: line 54: record "R3": field "derived.from[0]": unknown record "R9"`}},
	{name: "derived from itself", edits: []edit{{`"from": ["R2"]`, `"from": ["R3"]`}},
		want: []string{`t.json: line 54: record "R3": field "derived.from[0]": a record cannot be derived from itself`}},
	{name: "derived without method or inputs", edits: []edit{{`{"method": "2018 figure divided by 2.6", "from": ["R2"]}`, `{"method": "", "from": []}`}},
		want: []string{
			`t.json: line 54: record "R3": field "derived.method": is required: say how the value was computed`,
			`t.json: line 54: record "R3": field "derived.from": at least one record is required: the records the value was computed from`,
		}},
	{name: "unknown reporter", edits: []edit{{`"reporter": "AZE"`, `"reporter": "RUS"`}},
		want: []string{`t.json: line 67: record "R4": field "reporter": unknown reporter "RUS" (want AZE or KOR)`}},
	{name: "unknown partner", edits: []edit{{`"partner": "KOR"`, `"partner": "JPN"`}},
		want: []string{`t.json: line 68: record "R4": field "partner": unknown partner "JPN" (want AZE or KOR)`}},
	{name: "unknown mirror", edits: []edit{{`"mirror": "imports"`, `"mirror": "import"`}},
		want: []string{`t.json: line 16: field "indicators[1].mirror": unknown indicator "import"`}},
	{name: "mirror of itself", edits: []edit{{`"mirror": "imports"`, `"mirror": "exports"`}},
		want: []string{`t.json: line 16: field "indicators[1].mirror": an indicator cannot mirror itself`}},

	// Dates.
	{name: "impossible date", edits: []edit{{`"date": "2018",`, `"date": "2019-02-30",`}},
		want: []string{`t.json: line 35: record "R2": field "date": "2019-02-30" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): day must be 01 to 28 in that month`}},
	{name: "malformed date", edits: []edit{{`"date": "2018",`, `"date": "2018/03",`}},
		want: []string{`t.json: line 35: record "R2": field "date": "2018/03" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): parts must be separated by '-'`}},
	{name: "month 13", edits: []edit{{`"end": "2018-11"`, `"end": "2018-13"`}},
		want: []string{`t.json: line 60: record "R4": field "end": "2018-13" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): month must be 01 to 12`}},
	{name: "missing date", edits: []edit{{`"date": "1992-03-23",`, ``}},
		want: []string{`t.json: line 24: record "R1": field "date": is required: YYYY, YYYY-MM or YYYY-MM-DD`}},
	{name: "end before start", edits: []edit{{`"end": "2018-11"`, `"end": "2017"`}},
		want: []string{`t.json: line 60: record "R4": field "end": the period ends (2017) before it starts (2018-01)`}},
	{name: "source date malformed", edits: []edit{{`"date": "2022"`, `"date": "22"`}},
		want: []string{`t.json: line 21: field "sources[1].date": "22" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): wrong length`}},

	// Values and kinds.
	{name: "missing value", edits: []edit{{`"value": 227,`, ``}},
		want: []string{`t.json: line 32: record "R2": field "value": is required on an indicator record`}},
	{name: "null value", edits: []edit{{`"value": 227,`, `"value": null,`}},
		want: []string{`t.json: line 40: record "R2": field "value": is required on an indicator record`}},
	{name: "missing indicator", edits: []edit{{`"indicator": "turnover",`, ``}},
		want: []string{`t.json: line 32: record "R2": field "indicator": is required on an indicator record`}},
	{name: "indicator fields on an event", edits: []edit{{`"kind": "event",`, `"kind": "event", "value": 1, "qualifier": "exact", "indicator": "turnover", "reporter": "AZE", "partner": "KOR", "derived": {"method": "m", "from": ["R2"]},`}},
		want: []string{
			`t.json: line 26: record "R1": field "indicator": only indicator records carry indicator; this record is of kind "event"`,
			`t.json: line 26: record "R1": field "value": only indicator records carry value; this record is of kind "event"`,
			`t.json: line 26: record "R1": field "qualifier": only indicator records carry qualifier; this record is of kind "event"`,
			`t.json: line 26: record "R1": field "reporter": only indicator records carry reporter; this record is of kind "event"`,
			`t.json: line 26: record "R1": field "partner": only indicator records carry partner; this record is of kind "event"`,
			`t.json: line 26: record "R1": field "derived": only indicator records carry derived; this record is of kind "event"`,
		}},
	{name: "unknown kind", edits: []edit{{`"kind": "event",`, `"kind": "meeting",`}},
		want: []string{`t.json: line 26: record "R1": field "kind": unknown kind "meeting" (want event, agreement, statement or indicator)`}},
	{name: "missing kind", edits: []edit{{`"kind": "event",`, ``}},
		want: []string{`t.json: line 24: record "R1": field "kind": is required: event, agreement, statement or indicator`}},
	{name: "unknown qualifier", edits: []edit{{`"qualifier": "approx",`, `"qualifier": "about",`}},
		want: []string{`t.json: line 41: record "R2": field "qualifier": unknown qualifier "about" (want exact, approx, at_least or at_most)`}},
	{name: "unknown figure kind", edits: []edit{{`"unit": "USD million", "kind": "flow", "headline"`, `"unit": "USD million", "kind": "rate", "headline"`}},
		want: []string{`t.json: line 15: field "indicators[0].kind": unknown figure kind "rate" (want flow, stock or count)`}},
	{name: "indicator without unit", edits: []edit{{`"unit": "USD million", "kind": "flow", "headline"`, `"kind": "flow", "headline"`}},
		want: []string{`t.json: line 15: field "indicators[0].unit": is required (with its scale, like "USD million" or "count")`}},
	{name: "empty record title", edits: []edit{{`"title": "Trade turnover 2018",`, `"title": "  ",`}},
		want: []string{`t.json: line 37: record "R2": field "title": must not be empty`}},
	{name: "empty source title", edits: []edit{{`"title": "Statistics extract"`, `"title": ""`}},
		want: []string{`t.json: line 21: field "sources[1].title": must not be empty`}},
	{name: "empty sector name", edits: []edit{{`"name": "Trade"}`, `"name": "\n"}`}},
		want: []string{`t.json: line 11: field "sectors[0].name": must not be empty`}},

	// Every problem at once, in reading order.
	{name: "many problems at once", edits: []edit{
		{`"format": "attache-dataset/1",`, `"format": "attache-dataset/1", "extra": 1,`},
		{`"sectors": ["diplomacy"],`, `"sectors": ["nowhere"],`},
		{`"value": 227,`, `"value": "474 million",`},
		{`"date": "2017",`, `"date": "2017-02-29",`},
		{`"partner": "KOR"`, `"partner": "XYZ"`},
	},
		want: []string{
			`t.json: line 2: field "extra": unknown field: the dataset has no such field (see docs/dataset-format.md)`,
			`t.json: line 28: record "R1": field "sectors[0]": unknown sector "nowhere"`,
			`t.json: line 40: record "R2": field "value": must be a number, got "474 million"`,
			`t.json: line 47: record "R3": field "date": "2017-02-29" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): day must be 01 to 28 in that month`,
			`t.json: line 68: record "R4": field "partner": unknown partner "XYZ" (want AZE or KOR)`,
		}},
}

func readValid(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (c loadCase) document(t testing.TB, base []byte) []byte {
	t.Helper()
	doc := string(base)
	for _, e := range c.edits {
		if !strings.Contains(doc, e.old) {
			t.Fatalf("case %q: %q is not in the document", c.name, e.old)
		}
		doc = strings.Replace(doc, e.old, e.new, 1)
	}
	return []byte(doc)
}

func problemLines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ve *dataset.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error is %T, want *dataset.ValidationError: %v", err, err)
	}
	if len(ve.Problems) == 0 {
		t.Fatal("ValidationError without problems")
	}
	return strings.Split(ve.Error(), "\n")
}

func TestLoadRules(t *testing.T) {
	base := readValid(t)
	for _, c := range loadCases {
		t.Run(c.name, func(t *testing.T) {
			d, err := dataset.Load(bytes.NewReader(c.document(t, base)), testName)
			got := problemLines(t, err)
			if err != nil && d != nil {
				t.Error("a dataset that fails was returned")
			}
			if err == nil && d.Identity().SHA256 == "" {
				t.Error("a valid dataset has no identity")
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
		})
	}
}

func TestLoadDefaultQualifier(t *testing.T) {
	d, err := dataset.Load(bytes.NewReader(readValid(t)), testName)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Records[2].Qualifier; got != dataset.Exact {
		t.Errorf("qualifier of R3 = %q, want %q", got, dataset.Exact)
	}
	if got := d.Records[0].Qualifier; got != "" {
		t.Errorf("qualifier of event R1 = %q, want none", got)
	}
}
