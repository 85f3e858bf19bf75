package pdf_test

import (
	"context"
	"testing"

	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
)

func ptr(v float64) *float64 { return &v }

func date(s string) dataset.Date { return dataset.MustParseDate(s) }

// Texts in the scripts the data holds, each of which a rendered PDF must give back.
const (
	azerbaijaniTitle = "Azərbaycan ilə Koreya arasında əməkdaşlıq: Şuşa, Gəncə, İlham, ığdır"
	koreanTitle      = "한국과 아제르바이잔의 경제 협력 확대"
	russianTitle     = "Президент Азербайджана утвердил меморандумы о сотрудничестве"
	germanTitle      = "Aserbaidschan und Korea unterzeichnen Abkommen über Größe und Straße"
	koreanPublisher  = "서울경제"
)

// scriptsDataset is a small dataset whose titles, summaries and sources are written in
// Azerbaijani, Korean, Russian and German, with every case a briefing carries: mirror
// figures, a conflict, a derived value, a partial period and an inferred date.
func scriptsDataset() *dataset.Dataset {
	return &dataset.Dataset{
		Format: dataset.FormatID, ID: "scripts", Version: "1", Title: "Scripts test pair",
		Countries: []dataset.Country{{Code: "AZE", Name: "Azərbaycan"}, {Code: "KOR", Name: "대한민국"}},
		Sectors: []dataset.Sector{
			{ID: "diplomacy", Name: "Diplomacy & politics", Description: "Visits and treaties."},
			{ID: "trade", Name: "Trade / 무역"},
			{ID: "energy", Name: "Energy / Энергетика"},
		},
		Indicators: []dataset.Indicator{
			{ID: "exports", Name: "Exports", Unit: "USD million", Kind: dataset.Flow, Mirror: "imports", Headline: true},
			{ID: "imports", Name: "Imports", Unit: "USD million", Kind: dataset.Flow, Mirror: "exports", Headline: true},
			{ID: "invest", Name: "Investment stock", Unit: "USD million", Kind: dataset.Stock},
		},
		Sources: []dataset.Source{
			{ID: "s-az", Title: azerbaijaniTitle, Publisher: "Azərtac", Date: "2019-10-10", Language: "az", Address: "https://example.az/xəbər/2019/10/10/uzun-ünvan-bölünməlidir-çünki-sətirdən-uzundur"},
			{ID: "s-ko", Title: koreanTitle, Publisher: koreanPublisher, Date: "2006-05", DateNote: "undated page", Language: "ko"},
			{ID: "s-ru", Title: russianTitle, Publisher: "1news.az", Date: "2007-06-25", Language: "ru"},
			{ID: "s-de", Title: germanTitle, Publisher: "AzVision (Deutsch)", Date: "2016-08-19", Language: "de"},
			{ID: "s-desc", Title: "Press release on a state visit", TitleIsDescription: true, Publisher: "Consulate"},
			{ID: "s-stats", Title: "Direction of Trade Statistics", Publisher: "IMF"},
		},
		Records: []dataset.Record{
			{ID: "E1", Kind: dataset.Event, Date: date("1992-03-23"), Sectors: []string{"diplomacy"}, Title: "Diplomatic relations established", Summary: "Both states agreed to open relations.", Sources: []string{"s-desc"}},
			{ID: "E2", Kind: dataset.Agreement, Date: date("2007-06"), Sectors: []string{"diplomacy", "energy"}, Title: russianTitle, Summary: "Одиннадцать меморандумов.", Sources: []string{"s-ru"}, DateInferred: true},
			{ID: "E3", Kind: dataset.Statement, Date: date("2006-05-11"), Sectors: []string{"diplomacy"}, Title: koreanTitle, Summary: "정상회담에서 에너지 협력을 논의했다.", Sources: []string{"s-ko"}},
			{ID: "E4", Kind: dataset.Event, Date: date("2016-08-19"), Sectors: []string{"energy"}, Title: germanTitle, Summary: "Die Minister trafen sich in Baku.", Sources: []string{"s-de"}},
			{ID: "E5", Kind: dataset.Event, Date: date("2019-10-10"), Sectors: []string{"trade"}, Title: azerbaijaniTitle, Summary: "Nazir Ramin Quluzadə Seulda çıxış etdi.", Sources: []string{"s-az"}},
			{ID: "X2017", Kind: dataset.Measure, Date: date("2017"), Sectors: []string{"trade"}, Title: "AZE exports 2017", Sources: []string{"s-stats"}, Indicator: "exports", Value: ptr(0.208), Reporter: "AZE", Partner: "KOR"},
			{ID: "X2018", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "AZE exports 2018", Sources: []string{"s-stats"}, Indicator: "exports", Value: ptr(0.124), Reporter: "AZE", Partner: "KOR"},
			{ID: "X2019", Kind: dataset.Measure, Date: date("2019"), Sectors: []string{"trade"}, Title: "AZE exports 2019", Sources: []string{"s-stats"}, Indicator: "exports", Value: ptr(0.138), Reporter: "AZE", Partner: "KOR"},
			{ID: "M2017", Kind: dataset.Measure, Date: date("2017"), Sectors: []string{"trade"}, Title: "KOR imports 2017", Sources: []string{"s-stats"}, Indicator: "imports", Value: ptr(55.6), Reporter: "KOR", Partner: "AZE"},
			{ID: "M2018", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "KOR imports 2018", Sources: []string{"s-stats"}, Indicator: "imports", Value: ptr(68.2), Reporter: "KOR", Partner: "AZE"},
			{ID: "M2019", Kind: dataset.Measure, Date: date("2019"), Sectors: []string{"trade"}, Title: "KOR imports 2019", Sources: []string{"s-stats"}, Indicator: "imports", Value: ptr(79.8), Reporter: "KOR", Partner: "AZE"},
			{ID: "MP2020", Kind: dataset.Measure, Date: date("2020-01"), End: func() *dataset.Date { d := date("2020-06"); return &d }(), Sectors: []string{"trade"}, Title: "KOR imports, first half of 2020", Sources: []string{"s-stats"}, Indicator: "imports", Value: ptr(30), Qualifier: dataset.Approx, Reporter: "KOR", Partner: "AZE"},
			{ID: "I1", Kind: dataset.Measure, Date: date("2019-10-10"), Sectors: []string{"trade", "energy"}, Title: "Investment 474", Sources: []string{"s-az"}, Indicator: "invest", Value: ptr(474), Conflicts: []string{"I2"}},
			{ID: "I2", Kind: dataset.Measure, Date: date("2019-10-17"), Sectors: []string{"trade"}, Title: "Investment 427", Sources: []string{"s-ko"}, Indicator: "invest", Value: ptr(427), Qualifier: dataset.AtLeast, Conflicts: []string{"I1"}},
		},
	}
}

// buildAll makes the briefing of every record of d.
func buildAll(t testing.TB, d *dataset.Dataset) *reports.Briefing {
	t.Helper()
	b, err := reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
		reports.Options{Generated: generated, AppVersion: "test"})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return b
}
