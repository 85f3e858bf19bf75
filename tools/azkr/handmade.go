package main

import (
	"math"

	"attache/reports/dataset"
)

// handMadeRecords returns the records that the 2026-12 material asks for beyond its rows:
// the other side of a conflict it lists, a figure it says is implied, and a second fact of one
// row said by another person. web holds the records of records.csv, for the implied figure.
func handMadeRecords(web []dataset.Record) []dataset.Record {
	var kita2022 float64
	for _, r := range web {
		if r.ID == kita2022Record && r.Value != nil {
			kita2022 = *r.Value
		}
	}
	implied := math.Round(kita2022/kita2022Growth*10) / 10
	return []dataset.Record{
		{
			ID: "A002", Kind: dataset.Event, Date: dataset.Date{Y: 2023, M: 10, Precision: dataset.Month},
			Sectors: []string{secParliament},
			Title:   "Speaker Gafarova's visit to Korea dated October 2023",
			Summary: "Korean parliamentary reports of August 2024 refer back to the Milli Majlis speaker's visit as the one of October 2023.",
			Caveat:  visitDateCaveat, Sources: []string{"gna2024", additionSourceID(44)},
			Conflicts: []string{"R100", "N037"},
			// The same visit as R100, dated differently: both are marked, and the briefing
			// shows them side by side.
			Milestone: dataset.MilestoneVisit,
		},
		{
			ID: "A003", Kind: dataset.Measure, Date: dataset.Date{Y: 2021, Precision: dataset.Year},
			Sectors: []string{secTrade},
			Title:   "Trade in 2021 implied by KITA's 2022 figure: about USD 104.3 million",
			Summary: "Derived: KITA's 2022 trade of USD 180 million was 72.5% above 2021, so Korea's count for 2021 was about 180 ÷ 1.725. Not a published figure.",
			Caveat:  "Korea's count, implied; Azerbaijan's figure for the same year is more than twice as high.",
			Sources: []string{"incheontimes"}, Indicator: indTurnover, Value: &implied, Qualifier: dataset.Approx,
			Reporter: kor, Partner: aze,
			Derived: &dataset.Derivation{Method: "2022 trade by Korean count ÷ 1.725 (72.5% growth), rounded to one decimal", From: []string{kita2022Record}},
		},
		{
			ID: "A004", Kind: dataset.Statement, Date: dataset.Date{Y: 2023, M: 11, D: 1, Precision: dataset.DayPrecision},
			Sectors: []string{secParliament, secEnergy},
			Title:   "Speaker Kim Jin-pyo seeks Korean part in gas processing and refining, and Expo support",
			Summary: "In the talks with Speaker Gafarova, Korea's National Assembly speaker asked that Korean companies take part in Azerbaijan's gas-processing and refinery projects and that Azerbaijan back Busan's bid for Expo 2030.",
			Caveat:  visitDateCaveat, Sources: []string{additionSourceID(36)},
		},
	}
}

// R084: KITA's 2022 trade, 72.5% above 2021.
const (
	kita2022Record = "R084"
	kita2022Growth = 1.725
)
