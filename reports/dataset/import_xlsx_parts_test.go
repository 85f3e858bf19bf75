package dataset_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// The workbooks here are written part by part, as other programs write them: namespace
// prefixes, shared text with rich runs and phonetic guides, cells without references,
// booleans, formulas with their results, the 1904 date system, built-in date formats.

// partsWorkbook zips a workbook of one sheet, "Records", whose sheetData is rows.
func partsWorkbook(t *testing.T, rows, sharedStrings string, date1904 bool) []byte {
	t.Helper()
	pr := ""
	if date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	parts := []struct{ name, body string }{
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/book.xml"/></Relationships>`},
		{"xl/book.xml", `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			pr + `<x:sheets><x:sheet name="Records" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`},
		{"xl/_rels/book.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/data.xml"/>` +
			`<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`},
		// Style 1 is the built-in m/d/yyyy, style 2 a custom month format, style 3 a number.
		{"xl/styles.xml", `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<numFmts count="2"><numFmt numFmtId="164" formatCode="mmmm\ yyyy"/><numFmt numFmtId="165" formatCode="#,##0.0"/></numFmts>` +
			`<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`},
		{"xl/strings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sharedStrings + `</sst>`},
		{"xl/sheets/data.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:V3"/><x:sheetData>` +
			rows + `</x:sheetData><x:pageMargins left="0.7"/></x:worksheet>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// headerRow is the header as inline text cells without references.
func headerRow(r int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<x:row r="%d">`, r)
	for _, c := range dataset.TableColumns {
		fmt.Fprintf(&b, `<x:c t="inlineStr"><x:is><x:t>%s</x:t></x:is></x:c>`, c)
	}
	b.WriteString(`</x:row>`)
	return b.String()
}

const partsStrings = `<si><t>R1</t></si>` +
	`<si><r><rPr><b/></rPr><t xml:space="preserve">Minister</t></r><r><t>'s visit &amp; talks</t></r><rPh sb="0" eb="1"><t>ミニスター</t></rPh></si>` +
	`<si><t>trade; diplomacy</t></si><si><t>Line one_x000D_` + "\r\n" + `line two</t></si>`

func TestImportXLSXOtherWriters(t *testing.T) {
	row := `<x:row r="3" spans="1:22"><x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>event</x:t></x:is></x:c>` +
		`<x:c s="1"><x:v>%s</x:v></x:c><x:c s="2"><x:v>%s</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c>` +
		`<x:c r="G3" t="s"><x:v> 1 </x:v></x:c><x:c t="str"><x:f>CONCAT(A1,A2)</x:f><x:v>Talks</x:v></x:c>` +
		`<x:c r="R3" t="inlineStr"><x:is><x:t>S1</x:t></x:is></x:c><x:c r="S3" t="s"><x:v>3</x:v></x:c></x:row>`
	cases := []struct {
		name       string
		date, end  string
		date1904   bool
		wantPeriod string
	}{
		{"1900 system", "43748", "43800", false, `"date":"2019-10-10","end":"2019-12"`},
		{"1904 system", "42286", "42338", true, `"date":"2019-10-10","end":"2019-12"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := partsWorkbook(t, headerRow(1)+fmt.Sprintf(row, c.date, c.end), partsStrings, c.date1904)
			recs, err := dataset.ImportXLSX(bytes.NewReader(file), "w.xlsx", "")
			if err != nil {
				t.Fatal(err)
			}
			want := `{"id":"R1","kind":"event",` + c.wantPeriod + `,"sectors":["trade","diplomacy"],"title":"Minister's visit \u0026 talks","summary":"Talks","caveat":"Line one\r\nline two","sources":["S1"],"date_inferred":true}`
			if len(recs) != 1 {
				t.Fatalf("got %d records", len(recs))
			}
			if got := recordJSON(t, recs[0]); got != want {
				t.Errorf("record:\n got %s\nwant %s", got, want)
			}
		})
	}
}

func TestImportXLSXRefusesBrokenSheets(t *testing.T) {
	event := func(r int) string {
		return fmt.Sprintf(`<x:row r="%d"><x:c t="s"><x:v>0</x:v></x:c></x:row>`, r)
	}
	cases := []struct{ name, rows, want string }{
		{"rows out of order", headerRow(2) + event(1), `row 2: malformed XML at byte`},
		{"a row beyond the format's", headerRow(1) + event(1048577), `row 1048577: beyond the 1048576 rows a sheet can have`},
		{"shared text the workbook lacks", headerRow(1) + `<x:row r="2"><x:c t="s"><x:v>99</x:v></x:c></x:row>`,
			`row 2: column A: the cell names shared text "99", which the workbook lacks`},
		{"cells out of order", headerRow(1) + `<x:row r="2"><x:c r="C2"><x:v>1</x:v></x:c><x:c r="B2"><x:v>1</x:v></x:c></x:row>`, `row 2: malformed XML at byte`},
		{"a cell beyond the format's", headerRow(1) + `<x:row r="2"><x:c r="XFE2"><x:v>1</x:v></x:c></x:row>`, `row 2: a cell beyond the 16384 columns a sheet can have`},
		{"a bad entity", headerRow(1) + `<x:row r="2"><x:c t="inlineStr"><x:is><x:t>a &b c</x:t></x:is></x:c></x:row>`, `row 2: malformed XML at byte`},
		{"an element closed twice", headerRow(1) + `</x:row>`, `row 1: malformed XML at byte`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportXLSX(bytes.NewReader(partsWorkbook(t, c.rows, partsStrings, false)), "w.xlsx", "")
			if err == nil || !strings.Contains(err.Error(), `w.xlsx: sheet "Records": cannot read the sheet: `+c.want) {
				t.Errorf("err = %v\nwant one containing %q", err, c.want)
			}
			if recs != nil {
				t.Error("records returned with an error")
			}
		})
	}
}
