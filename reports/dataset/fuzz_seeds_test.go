package dataset_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// The fuzzers' seeds are small on purpose. The fuzzing engine minimizes every input that
// finds new code, for up to a minute each, and runs each seed under coverage first: with
// the 2 KB test documents and 7 KB compressed workbooks as seeds, a minute of fuzzing ran
// 74 and 7 inputs. A few hundred bytes each, they run in microseconds.

// minimalDocument is a small valid dataset: one sector, indicator and source, an event, a
// figure and a figure derived from it.
const minimalDocument = `{"format":"attache-dataset/1","id":"f","version":"1","title":"F",
"countries":[{"code":"AZE","name":"A"},{"code":"KOR","name":"K"}],
"sectors":[{"id":"t","name":"T"}],
"indicators":[{"id":"v","name":"V","unit":"USD million","kind":"flow"}],
"sources":[{"id":"S","title":"S","date":"2020"}],
"records":[{"id":"R","kind":"event","date":"2020-01-02","sectors":["t"],"title":"R","sources":["S"]},
{"id":"M","kind":"indicator","date":"2020","sectors":["t"],"title":"M","sources":["S"],"indicator":"v","value":2},
{"id":"N","kind":"indicator","date":"2021","sectors":["t"],"title":"N","sources":["S"],"indicator":"v","value":1,"derived":{"method":"m","from":["M"]}}]}`

// documentSeeds are the minimal document and small variants that reach each kind of
// problem: syntax, encoding, names, types, dates, references, characters.
func documentSeeds() [][]byte {
	edits := [][2]string{
		{"", ""},
		{`"title":"R"`, `"title":"R","title":"Q"`},
		{`"title":"R"`, `"TITLE":"R"`},
		{`"date":"2020-01-02"`, `"date":"2019-02-30"`},
		{`"value":2}`, `"value":2,"derived":{"method":"m","from":["N"]}}`},
		{`"title":"R"`, `"title":"R\u000b"`},
		{`"id":"t"`, `"id":"t\u200f"`},
		{`"value":1`, `"value":"1"`},
		{`]}`, `]`},
		{`"title":"R"`, "\"title\":\"\xff\""},
		{`{"format"`, "\uFEFF{\"format\""},
		{`"title":"F"`, `"title":"F","translations":{"az":{"title":"Ф"}}`},
	}
	var seeds [][]byte
	for _, e := range edits {
		seeds = append(seeds, []byte(strings.Replace(minimalDocument, e[0], e[1], 1)))
	}
	return seeds
}

// minimalWorkbook is a workbook of one sheet with the given rows of text cells, its parts
// stored, not compressed, and without checksums, so that a mutation of the XML reaches the
// reader rather than breaking the compression or a checksum.
func minimalWorkbook(t testing.TB, rows ...[]string) []byte {
	var sheet strings.Builder
	sheet.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for _, cells := range rows {
		sheet.WriteString("<row>")
		for _, c := range cells {
			sheet.WriteString(`<c t="inlineStr"><is><t>` + c + `</t></is></c>`)
		}
		sheet.WriteString("</row>")
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	parts := [][2]string{
		{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Records" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheet.String()},
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range parts {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p[0], Method: zip.Store,
			CompressedSize64: uint64(len(p[1])), UncompressedSize64: uint64(len(p[1]))})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// workbookSeeds are small workbooks: a valid table, and tables with a problem each.
func workbookSeeds(t testing.TB) [][]byte {
	header := make([]string, 0, len(headerCells()))
	for _, h := range headerCells() {
		header = append(header, h.(string))
	}
	record := func(changes ...string) []string {
		r := with(eventRow, changes...)
		cells := make([]string, len(header))
		for i, h := range header {
			cells[i] = r[h]
		}
		return cells
	}
	return [][]byte{
		minimalWorkbook(t, header, record()),
		minimalWorkbook(t, header, record("date", "2019-02-30")),
		minimalWorkbook(t, header[:18], record()[:18]),
		minimalWorkbook(t, header, record(), record()),
		minimalWorkbook(t),
	}
}

func TestFuzzSeedsAreSmall(t *testing.T) {
	for i, s := range documentSeeds() {
		if len(s) > 1024 {
			t.Errorf("document seed %d is %d bytes", i, len(s))
		}
	}
	for i, s := range workbookSeeds(t) {
		if len(s) > 6<<10 {
			t.Errorf("workbook seed %d is %d bytes", i, len(s))
		}
	}
	// The first of each is valid, so that the fuzzer starts from the paths that succeed.
	if _, err := dataset.Load(bytes.NewReader(documentSeeds()[0]), "seed.json"); err != nil {
		t.Errorf("the minimal document does not load: %v", err)
	}
	if recs, err := dataset.ImportXLSX(bytes.NewReader(workbookSeeds(t)[0]), "seed.xlsx", ""); err != nil || len(recs) != 1 {
		t.Errorf("the minimal workbook gives %d records and error %v", len(recs), err)
	}
}
