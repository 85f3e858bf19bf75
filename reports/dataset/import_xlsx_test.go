package dataset_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
)

// dateCell is a date cell of a test workbook and the number format that shows it.
type dateCell struct {
	t      time.Time
	format string // yyyy, yyyy-mm or yyyy-mm-dd
}

// sheetRows is a test sheet: rows of cells, each nil, a string, a float64, a bool or a
// dateCell.
type sheetRows struct {
	name string
	rows [][]any
}

// workbook builds an XLSX file of the sheets, in order.
func workbook(t testing.TB, sheets ...sheetRows) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	styles := map[string]int{}
	style := func(format string) int {
		if id, ok := styles[format]; ok {
			return id
		}
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
		if err != nil {
			t.Fatal(err)
		}
		styles[format] = id
		return id
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, cells := range s.rows {
			for c, v := range cells {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				var err error
				switch v := v.(type) {
				case nil:
					continue
				case string:
					err = f.SetCellStr(s.name, ref, v) // text stays text, whatever it starts with
				case float64:
					if err = f.SetCellFloat(s.name, ref, v, -1, 64); err == nil {
						err = f.SetCellStyle(s.name, ref, ref, style("#,##0.0")) // raw values must win
					}
				case bool:
					err = f.SetCellBool(s.name, ref, v)
				case dateCell:
					if err = f.SetCellValue(s.name, ref, v.t); err == nil {
						err = f.SetCellStyle(s.name, ref, ref, style(v.format))
					}
				default:
					t.Fatalf("unsupported cell %T", v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func headerCells() []any {
	h := make([]any, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		h[i] = c
	}
	return h
}

// typedRow turns a row into cells, replacing some by typed values.
func typedRow(r row, typed map[string]any) []any {
	cells := make([]any, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		if v, ok := typed[c]; ok {
			cells[i] = v
		} else if r[c] != "" {
			cells[i] = r[c]
		}
	}
	return cells
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestImportXLSXReads(t *testing.T) {
	rows := [][]any{
		headerCells(),
		typedRow(eventRow, map[string]any{"date": dateCell{day(2019, 10, 10), "yyyy-mm-dd"}, "date_inferred": true}),
		typedRow(valueRow, map[string]any{"date": dateCell{day(2019, 1, 1), "yyyy-mm"}, "end": dateCell{day(2019, 6, 1), "yyyy-mm"}, "value": 1234567.125}),
		typedRow(with(eventRow, "id", "R7", "title", "=SUM(A1:A2)", "summary", "+1 -2 @3"), map[string]any{"date": dateCell{day(2020, 1, 1), "yyyy"}}),
		typedRow(with(eventRow, "id", "R8", "date", "2021-05", "title", "'quoted"), nil),
		// Any date format counts, at the precision it shows.
		typedRow(with(eventRow, "id", "R9"), map[string]any{"date": dateCell{day(2022, 3, 15), "d/m/yy"}}),
		typedRow(with(eventRow, "id", "R10"), map[string]any{"date": dateCell{day(2022, 3, 1), `[$-409]mmm\ yyyy;@`}}),
	}
	want := []string{
		`{"id":"R5","kind":"event","date":"2019-10-10","sectors":["trade","diplomacy"],"title":"Minister's visit","summary":"Talks on trade","sources":["S1"],"date_inferred":true}`,
		`{"id":"R6","kind":"indicator","date":"2019-01","end":"2019-06","sectors":["trade"],"title":"Exports, first half","sources":["S1","S2"],"date_inferred":true,"indicator":"exports","value":1234567.125,"qualifier":"at_most","reporter":"KOR","partner":"AZE","derived":{"method":"difference","from":["R2","R4"]},"conflicts":["R4"]}`,
		`{"id":"R7","kind":"event","date":"2020","sectors":["trade","diplomacy"],"title":"=SUM(A1:A2)","summary":"+1 -2 @3","sources":["S1"]}`,
		`{"id":"R8","kind":"event","date":"2021-05","sectors":["trade","diplomacy"],"title":"'quoted","summary":"Talks on trade","sources":["S1"]}`,
		`{"id":"R9","kind":"event","date":"2022-03-15","sectors":["trade","diplomacy"],"title":"Minister's visit","summary":"Talks on trade","sources":["S1"]}`,
		`{"id":"R10","kind":"event","date":"2022-03","sectors":["trade","diplomacy"],"title":"Minister's visit","summary":"Talks on trade","sources":["S1"]}`,
	}
	other := sheetRows{"Notes", [][]any{{"not a table"}}}
	cases := []struct {
		name   string
		sheets []sheetRows
		sheet  string
	}{
		{"Records sheet first", []sheetRows{{"Records", rows}, other}, ""},
		{"Records sheet second", []sheetRows{other, {"Records", rows}}, ""},
		{"first sheet when none is Records", []sheetRows{{"Data", rows}, other}, ""},
		{"sheet named", []sheetRows{other, {"Mine", rows}}, "Mine"},
		{"leading empty rows", []sheetRows{{"Records", append([][]any{{}, {}}, rows...)}}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportXLSX(bytes.NewReader(workbook(t, c.sheets...)), "r.xlsx", c.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != len(want) {
				t.Fatalf("got %d records, want %d", len(recs), len(want))
			}
			for i := range recs {
				if got := recordJSON(t, recs[i]); got != want[i] {
					t.Errorf("record %d:\n got %s\nwant %s", i, got, want[i])
				}
			}
		})
	}
}

// xlsxCase is one workbook problem and every problem ImportXLSX must report.
type xlsxCase struct {
	name  string
	file  []byte
	sheet string
	want  []string
}

func xlsxCases(t testing.TB) []xlsxCase {
	header := headerCells()
	badHeader := headerCells()
	badHeader[7] = "sumary"
	wide := typedRow(eventRow, nil)
	wide = append(wide, "stray")
	return []xlsxCase{
		{"not a workbook", []byte("id,kind\n"), "", []string{`r.xlsx: cannot be read as an XLSX workbook: zip: not a valid zip file`}},
		{"no such sheet", workbook(t, sheetRows{"Records", [][]any{header}}), "Other", []string{
			`r.xlsx: sheet "Other": the workbook has no such sheet; its sheets are: Records`,
		}},
		{"empty sheet", workbook(t, sheetRows{"Records", nil}), "", []string{
			`r.xlsx: sheet "Records": the sheet is empty: its first row must name the columns id, kind, date, end, date_inferred, sectors, title, summary, indicator, value, unit, qualifier, reporter, partner, derived_from, derived_method, conflicts, sources, caveat, aliases, derived_operation, milestone`,
		}},
		{"bad header", workbook(t, sheetRows{"Records", [][]any{{}, badHeader}}), "", []string{
			`r.xlsx: sheet "Records": row 2: column H "sumary": unknown column (the columns are: id, kind, date, end, date_inferred, sectors, title, summary, indicator, value, unit, qualifier, reporter, partner, derived_from, derived_method, conflicts, sources, caveat, aliases, derived_operation, milestone)`,
			`r.xlsx: sheet "Records": row 2: the header lacks column "summary"`,
		}},
		{"bad cells", workbook(t, sheetRows{"Records", [][]any{
			header,
			typedRow(eventRow, map[string]any{"date": 43748.0, "date_inferred": "perhaps"}), // a day number without a date format
			typedRow(valueRow, map[string]any{"value": "474 million", "end": "2018"}),
			wide,
		}}), "", []string{
			`r.xlsx: sheet "Records": row 2: record "R5": column C "date": "43748" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD): wrong length`,
			`r.xlsx: sheet "Records": row 2: record "R5": column E "date_inferred": must be true or false (or yes/no, 1/0, or empty), got "perhaps"`,
			`r.xlsx: sheet "Records": row 3: record "R6": column J "value": must be a number (like 1234.5 or -0.25), got "474 million"`,
			`r.xlsx: sheet "Records": row 3: record "R6": column D "end": the period ends (2018) before it starts (2019-01)`,
			`r.xlsx: sheet "Records": row 4: column W: a cell beyond the table's 22 columns: move it into the table or delete it`,
			`r.xlsx: sheet "Records": row 4: record "R5": column A "id": id "R5" is already used on row 2`,
		}},
	}
}

func TestImportXLSXProblems(t *testing.T) {
	for _, c := range xlsxCases(t) {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportXLSX(bytes.NewReader(c.file), "r.xlsx", c.sheet)
			got := problemLines(t, err)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
			}
			if err != nil && recs != nil {
				t.Error("records returned with an error")
			}
		})
	}
}

func TestImportXLSXReadError(t *testing.T) {
	_, err := dataset.ImportXLSX(failingReader{}, "r.xlsx", "")
	if err == nil || !strings.HasPrefix(err.Error(), "r.xlsx: reading the workbook: ") {
		t.Fatalf("err = %v", err)
	}
}
