package xlsx_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/xlsx"
)

func TestSheetNames(t *testing.T) {
	f := open(t, render(t, fixtureBriefing(t)))
	if got := f.GetSheetList(); !slices.Equal(got, xlsx.SheetNames) {
		t.Errorf("sheets = %q, want %q", got, xlsx.SheetNames)
	}
	for _, name := range xlsx.SheetNames {
		if n := len([]rune(name)); n > 31 {
			t.Errorf("sheet name %q has %d characters; Excel allows 31", name, n)
		}
	}
}

func TestDocumentProperties(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"title":      {p.Title, b.Cover.Title},
		"creator":    {p.Creator, b.Cover.PreparedBy},
		"changed by": {p.LastModifiedBy, b.Cover.PreparedBy},
		"status":     {p.ContentStatus, b.Cover.Classification},
		"created":    {p.Created, "2026-01-31T09:30:00Z"},
		"changed":    {p.Modified, "2026-01-31T09:30:00Z"},
		"subject":    {p.Subject, "Azerbaijan – Republic of Korea, " + b.Cover.PeriodText()},
	}
	for name, gw := range want {
		t.Run(name, func(t *testing.T) {
			if gw[0] != gw[1] {
				t.Errorf("%s = %q, want %q", name, gw[0], gw[1])
			}
		})
	}
	app, err := f.GetAppProps()
	if err != nil {
		t.Fatal(err)
	}
	if app.Application != "Attaché 1.2.3-test" {
		t.Errorf("application = %q, want Attaché 1.2.3-test", app.Application)
	}
}

// columnKind is what a Records column's cells must be.
type columnKind int

const (
	textCell columnKind = iota
	dateCell
	numberCell
	boolCell
)

func TestRecordsCellTypes(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	rows, err := f.GetRows(xlsx.SheetRecords)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], dataset.SheetColumns) {
		t.Fatalf("header = %q, want %q", rows[0], dataset.SheetColumns)
	}
	if got, want := len(rows)-1, len(b.Records); got != want {
		t.Fatalf("Records has %d data rows, want %d", got, want)
	}
	kinds := map[string]columnKind{
		dataset.ColDate: dateCell, dataset.ColEnd: dateCell, dataset.ColValue: numberCell, dataset.ColDateInferred: boolCell,
	}
	dateFormats := map[dataset.Precision]string{dataset.Year: "yyyy", dataset.Month: "yyyy-mm", dataset.DayPrecision: "yyyy-mm-dd"}
	for col, name := range dataset.SheetColumns {
		t.Run(name, func(t *testing.T) {
			for i, r := range b.Records {
				ref, _ := excelize.CoordinatesToCellName(col+1, i+2)
				raw, err := f.GetCellValue(xlsx.SheetRecords, ref, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				if raw == "" {
					continue
				}
				typ, _ := f.GetCellType(xlsx.SheetRecords, ref)
				format := numberFormat(t, f, xlsx.SheetRecords, ref)
				switch kinds[name] {
				case textCell:
					if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
						t.Errorf("%s (%s): type %v, want text", ref, r.ID, typ)
					}
				case dateCell:
					d := r.Date
					if name == dataset.ColEnd {
						d = *r.End
					}
					if _, err := strconv.Atoi(raw); err != nil || typ != excelize.CellTypeUnset {
						t.Errorf("%s (%s): %q of type %v, want a date serial number", ref, r.ID, raw, typ)
					}
					if format != dateFormats[d.Precision] {
						t.Errorf("%s (%s): format %q, want %q", ref, r.ID, format, dateFormats[d.Precision])
					}
					if shown, _ := f.GetCellValue(xlsx.SheetRecords, ref); shown != d.String() {
						t.Errorf("%s (%s): shows %q, want %q", ref, r.ID, shown, d.String())
					}
				case numberCell:
					v, err := strconv.ParseFloat(raw, 64)
					if err != nil || typ != excelize.CellTypeUnset {
						t.Errorf("%s (%s): %q of type %v, want a number", ref, r.ID, raw, typ)
					}
					if v != *r.Value {
						t.Errorf("%s (%s): %v, want %v", ref, r.ID, v, *r.Value)
					}
					// The table is edited and imported again, and spreadsheets save CSV as shown:
					// what the format shows must be the value, without grouping.
					shown, _ := f.GetCellValue(xlsx.SheetRecords, ref)
					if sv, err := strconv.ParseFloat(shown, 64); err != nil || sv != v || !strings.HasPrefix(format, "0") {
						t.Errorf("%s (%s): format %q shows %q, want the value %v exactly", ref, r.ID, format, shown, v)
					}
				case boolCell:
					if typ != excelize.CellTypeBool || raw != "1" {
						t.Errorf("%s (%s): %q of type %v, want TRUE", ref, r.ID, raw, typ)
					}
				}
			}
		})
	}
}

func TestCountsAreIntegers(t *testing.T) {
	f := open(t, render(t, fixtureBriefing(t)))
	rows, _ := f.GetRows(xlsx.SheetRecords, excelize.Options{RawCellValue: true})
	valueCol := slices.Index(dataset.SheetColumns, dataset.ColValue)
	for _, row := range rows[1:] {
		if row[0] == "R020" && row[valueCol] != "74" {
			t.Errorf("count R020 = %q, want the integer 74", row[valueCol])
		}
	}
}

func TestFormulaGuard(t *testing.T) {
	b := fixtureBriefing(t)
	data := render(t, b)
	f := open(t, data)
	cells := map[string]string{} // text → cell
	for _, sheet := range xlsx.SheetNames {
		rows, _ := f.GetRows(sheet)
		for r, row := range rows {
			for c, v := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				cells[v] = sheet + "!" + ref
			}
		}
	}
	for _, text := range append(guardTexts, "=cmd|' /C calc'!A0") {
		t.Run(strconv.Quote(text), func(t *testing.T) {
			at, ok := cells[text]
			if !ok {
				t.Fatalf("no cell holds %q exactly", text)
			}
			sheet, ref, _ := strings.Cut(at, "!")
			if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
				t.Errorf("%s is a formula: %q", at, formula)
			}
			typ, _ := f.GetCellType(sheet, ref)
			if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
				t.Errorf("%s has type %v, want a string", at, typ)
			}
			if format := numberFormat(t, f, sheet, ref); format != "#49" {
				t.Errorf("%s has format %s, want text (#49)", at, format)
			}
		})
	}
	t.Run("negative number", func(t *testing.T) {
		rows, _ := f.GetRows(xlsx.SheetRecords, excelize.Options{RawCellValue: true})
		valueCol := slices.Index(dataset.SheetColumns, dataset.ColValue)
		for i, row := range rows {
			if row[0] == "R011" {
				ref, _ := excelize.CoordinatesToCellName(valueCol+1, i+1)
				typ, _ := f.GetCellType(xlsx.SheetRecords, ref)
				if row[valueCol] != "-5" || typ != excelize.CellTypeUnset {
					t.Errorf("R011 value = %q of type %v, want the number -5", row[valueCol], typ)
				}
				return
			}
		}
		t.Error("no row for R011")
	})
	t.Run("no formula anywhere", func(t *testing.T) {
		for name, body := range zipParts(t, data) {
			if strings.HasPrefix(name, "xl/worksheets/") && strings.Contains(body, "<f>") {
				t.Errorf("%s holds a formula", name)
			}
		}
	})
}

func TestLongTextIsCutAndNoted(t *testing.T) {
	f := open(t, render(t, fixtureBriefing(t)))
	rows, _ := f.GetRows(xlsx.SheetRecords)
	summaryCol := slices.Index(dataset.SheetColumns, dataset.ColSummary)
	var cell string
	for _, row := range rows {
		if row[0] == "R005" {
			cell = row[summaryCol]
		}
	}
	units := len(utf16.Encode([]rune(cell)))
	if units > xlsx.MaxCellChars || units < xlsx.MaxCellChars-60 {
		t.Errorf("the cut cell has %d characters, want just under %d", units, xlsx.MaxCellChars)
	}
	marker := regexp.MustCompile(`… \[cut: ([0-9,]+) characters more, see Notes\]$`)
	m := marker.FindStringSubmatch(cell)
	if m == nil {
		t.Fatalf("the cut cell ends %q, want the cut marker", cell[len(cell)-60:])
	}
	kept := strings.TrimSuffix(cell, m[0])
	if !strings.HasPrefix(longSummary, kept) {
		t.Error("the cut cell does not begin with the text")
	}
	omitted, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	if got, want := len([]rune(kept))+omitted, len([]rune(longSummary)); got != want {
		t.Errorf("kept + omitted = %d characters, want %d", got, want)
	}
	notes, _ := f.GetRows(xlsx.SheetNotes)
	found := false
	for _, row := range notes {
		if len(row) >= 3 && row[0] == "cut cell" && row[1] == "R005" && strings.Contains(row[2], "Records!J") &&
			strings.Contains(row[2], m[1]+" characters are left out") {
			found = true
		}
	}
	if !found {
		t.Errorf("Notes does not list the cut cell: %q", notes)
	}
}
