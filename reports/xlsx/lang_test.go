package xlsx_test

import (
	"bytes"
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
	"attache/reports/i18n"
	"attache/reports/reportstest"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// TestLanguages renders the bundled dataset's briefing in Azerbaijani and Korean and reads
// it back: the sheets are named in the language, their headers and labels are in it, the
// cells stay typed, and the charts still point at the Series sheet.
func TestLanguages(t *testing.T) {
	d := reportstest.Bundled(t)
	for _, tc := range []struct {
		lang                   i18n.Lang
		sheets                 []string
		recordsHeader          []string // the first columns of Records
		keyFigureHeader, about []string // the first columns of the key figures, the labels of About
	}{
		{
			lang:            i18n.Az,
			sheets:          []string{"Brifinq", "Yazılar", "Sıralar", "Qrafiklər", "Mənbələr", "Qeydlər", "Haqqında"},
			recordsHeader:   []string{"id", "növ", "tarix", "tarix_dəqiqliyi", "son", "son_dəqiqliyi", "tarix_ehtimal"},
			keyFigureHeader: []string{"Göstərici", "Bildirən", "İl", "Dəyər"},
			about:           []string{"Seçim", "Sahələr", "Başlanğıc (sorğuya görə)"},
		},
		{
			lang:            i18n.Ko,
			sheets:          []string{"브리핑", "기록", "시계열", "차트", "출처", "주석", "정보"},
			recordsHeader:   []string{"ID", "유형", "날짜", "날짜_정밀도", "종료", "종료_정밀도", "날짜_추정"},
			keyFigureHeader: []string{"지표", "발표국", "연도", "값"},
			about:           []string{"선택", "분야", "시작 (요청대로)"},
		},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			b := build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
			b.Cover.Lang = tc.lang
			f := open(t, render(t, b))
			if got := f.GetSheetList(); !slices.Equal(got, tc.sheets) {
				t.Fatalf("sheets = %q, want %q", got, tc.sheets)
			}
			props, err := f.GetDocProps()
			if err != nil {
				t.Fatal(err)
			}
			if props.Language != tc.lang.Tag() {
				t.Errorf("document language = %q, want %q", props.Language, tc.lang.Tag())
			}
			for i, name := range xlsx.SheetNames {
				if got := xlsx.SheetName(tc.lang, name); got != tc.sheets[i] {
					t.Errorf("SheetName(%s) = %q, want %q", name, got, tc.sheets[i])
				}
			}
			records, _ := f.GetRows(tc.sheets[1])
			if len(records) != len(b.Records)+1 || !slices.Equal(records[0][:len(tc.recordsHeader)], tc.recordsHeader) {
				t.Errorf("Records: %d rows, header %q; want %d rows under %q...", len(records), records[0], len(b.Records)+1, tc.recordsHeader)
			}
			valueCol := slices.Index(dataset.SheetColumns, dataset.ColValue) + 1
			typed := 0
			for row := 2; row <= len(records); row++ {
				ref, _ := excelize.CoordinatesToCellName(valueCol, row)
				if typ, _ := f.GetCellType(tc.sheets[1], ref); typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset {
					if v, _ := f.GetCellValue(tc.sheets[1], ref); v != "" {
						typed++
					}
				}
			}
			if typed == 0 {
				t.Error("no value on Records is a number cell")
			}
			briefing, _ := f.GetRows(tc.sheets[0])
			if !slices.ContainsFunc(briefing, func(row []string) bool {
				return len(row) >= len(tc.keyFigureHeader) && slices.Equal(row[:len(tc.keyFigureHeader)], tc.keyFigureHeader)
			}) {
				t.Errorf("Briefing has no key figures header %q", tc.keyFigureHeader)
			}
			about, _ := f.GetCols(tc.sheets[6])
			for _, want := range tc.about {
				if !slices.Contains(about[0], want) {
					t.Errorf("About's labels %q lack %q", about[0], want)
				}
			}
			series, _ := f.GetRows(tc.sheets[2])
			if series[0][0] != tc.keyFigureHeader[2] {
				t.Errorf("Series' first header = %q, want %q", series[0][0], tc.keyFigureHeader[2])
			}
			charts := 0
			for name, part := range zipParts(t, render(t, b)) {
				if strings.HasPrefix(name, "xl/charts/chart") {
					charts++
					if !strings.Contains(html.UnescapeString(part), "'"+tc.sheets[2]+"'!$A$2") {
						t.Errorf("%s does not point at the sheet %s", name, tc.sheets[2])
					}
				}
			}
			if charts == 0 {
				t.Error("no chart")
			}
		})
	}
}

// TestKoreanRoundTrip exports a small briefing as a Korean workbook and imports its Records
// sheet again, found by its Korean name and read through its Korean headers: the same
// records come back.
func TestKoreanRoundTrip(t *testing.T) {
	b := fixtureBriefing(t)
	b.Cover.Lang = i18n.Ko
	data := render(t, b)
	if sheets := open(t, data).GetSheetList(); !slices.Contains(sheets, "기록") {
		t.Fatalf("sheets = %q, want a Records sheet named 기록", sheets)
	}
	got, err := dataset.ImportXLSX(bytes.NewReader(data), "ko.xlsx", "")
	if err != nil {
		t.Fatalf("ImportXLSX: %v", err)
	}
	if len(got) != len(b.Records) {
		t.Fatalf("imported %d records, want %d", len(got), len(b.Records))
	}
	for i, want := range b.Records {
		if got[i].ID != want.ID {
			t.Fatalf("record %d: id %q, want %q", i, got[i].ID, want.ID)
		}
		if want.Summary == longSummary { // cut to fit a cell, as in TestRoundTrip
			w := *want
			w.Summary = got[i].Summary
			want = &w
		}
		sameRecord(t, &got[i], want)
	}
}
