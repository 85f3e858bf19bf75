package main

import (
	"math"

	"attache/reports/dataset"
)

// The Azernews article of 2019-10-10 states that 2018 turnover (record R059) was 2.6 times
// that of 2017. The implied 2017 figure is not in records.csv; it is added as a derived record.
const (
	article2018Turnover = "R059"
	articleRatio        = 2.6
)

// articleRecords returns the records the article needs beyond those of records.csv; every
// other figure of the article is a CSV record that cites it (see the decisions' alsoCites).
func articleRecords(turnover2018 float64) []dataset.Record {
	implied := math.Round(turnover2018/articleRatio*10) / 10
	return []dataset.Record{{
		ID: "A001", Kind: dataset.Measure, Date: dataset.Date{Y: 2017, Precision: dataset.Year},
		Sectors: []string{secTrade},
		Title:   "Trade turnover in 2017 implied by the minister: about USD 87.3 million",
		Summary: "Derived from the October 2019 article: the 2018 turnover of USD 227 million divided by 2.6, the ratio Minister Guluzade gave, rounded to one decimal. Ambassador Kim Dong-eop put 2017 at USD 85.5 million.",
		Sources: []string{articleSource}, Indicator: indTurnover, Value: &implied, Qualifier: dataset.Approx,
		Derived: &dataset.Derivation{Method: "2018 turnover ÷ 2.6, as stated by the minister", From: []string{article2018Turnover}},
	}}
}
