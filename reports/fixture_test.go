package reports

import (
	"attache/reports/dataset"
)

func ptr(v float64) *float64 { return &v }

func date(s string) dataset.Date { return dataset.MustParseDate(s) }

func datePtr(s string) *dataset.Date {
	d := date(s)
	return &d
}

// fixture is a small dataset that holds every case the briefing must carry: mirror
// statistics, a conflict, a derived value, a partial period, an inferred date, a gap.
func fixture() *dataset.Dataset {
	return &dataset.Dataset{
		Format: dataset.FormatID, ID: "xx-yy", Version: "1", Title: "Test pair",
		Countries: []dataset.Country{{Code: "XXX", Name: "Exland"}, {Code: "YYY", Name: "Wyland"}},
		Sectors: []dataset.Sector{
			{ID: "diplomacy", Name: "Diplomacy"},
			{ID: "trade", Name: "Trade"},
			{ID: "energy", Name: "Energy"},
		},
		Indicators: []dataset.Indicator{
			{ID: "turnover", Name: "Trade turnover", Unit: "USD million", Kind: dataset.Flow},
			{ID: "exports", Name: "Exports", Unit: "USD million", Kind: dataset.Flow, Mirror: "imports"},
			{ID: "imports", Name: "Imports", Unit: "USD million", Kind: dataset.Flow, Mirror: "exports"},
			{ID: "invest", Name: "Investment stock", Unit: "USD million", Kind: dataset.Stock},
		},
		Sources: []dataset.Source{
			{ID: "s-news", Title: "News"},
			{ID: "s-stats", Title: "Statistics"},
			{ID: "s-other", Title: "Other paper"},
		},
		Records: []dataset.Record{
			{ID: "E1", Kind: dataset.Event, Date: date("1992-03-23"), Sectors: []string{"diplomacy"}, Title: "Relations established", Sources: []string{"s-news"}},
			{ID: "E2", Kind: dataset.Agreement, Date: date("2010-05"), Sectors: []string{"energy", "trade"}, Title: "Energy deal", Sources: []string{"s-other"}, DateInferred: true},
			{ID: "T2016", Kind: dataset.Measure, Date: date("2016"), Sectors: []string{"trade"}, Title: "Turnover 2016", Sources: []string{"s-news"}, Indicator: "turnover", Value: ptr(100)},
			{ID: "T2018", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "Turnover 2018", Sources: []string{"s-news"}, Indicator: "turnover", Value: ptr(227)},
			{ID: "T2017", Kind: dataset.Measure, Date: date("2017"), Sectors: []string{"trade"}, Title: "Turnover 2017 derived", Sources: []string{"s-news"}, Indicator: "turnover", Value: ptr(87.3), Qualifier: dataset.Approx,
				Derived: &dataset.Derivation{Method: "2018 ÷ 2.6", From: []string{"T2018"}}},
			{ID: "T2019P", Kind: dataset.Measure, Date: date("2019-01"), End: datePtr("2019-11"), Sectors: []string{"trade"}, Title: "Turnover Jan–Nov 2019", Sources: []string{"s-other"}, Indicator: "turnover", Value: ptr(200)},
			{ID: "X2018", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "XXX exports 2018", Sources: []string{"s-stats"}, Indicator: "exports", Value: ptr(150), Reporter: "XXX", Partner: "YYY"},
			{ID: "M2018", Kind: dataset.Measure, Date: date("2018"), Sectors: []string{"trade"}, Title: "YYY imports 2018", Sources: []string{"s-stats"}, Indicator: "imports", Value: ptr(12.4), Reporter: "YYY", Partner: "XXX"},
			{ID: "X2015", Kind: dataset.Measure, Date: date("2015"), Sectors: []string{"trade"}, Title: "XXX exports 2015", Sources: []string{"s-stats"}, Indicator: "exports", Value: ptr(50), Reporter: "XXX", Partner: "YYY"},
			{ID: "I1", Kind: dataset.Measure, Date: date("2019-10-10"), Sectors: []string{"trade", "energy"}, Title: "Investment 474", Sources: []string{"s-news"}, Indicator: "invest", Value: ptr(474), Reporter: "XXX", Conflicts: []string{"I2"}},
			{ID: "I2", Kind: dataset.Measure, Date: date("2019-10-17"), Sectors: []string{"trade"}, Title: "Investment 427", Sources: []string{"s-other"}, Indicator: "invest", Value: ptr(427), Reporter: "XXX", Conflicts: []string{"I1"}},
		},
	}
}
