package app

import (
	"testing"

	"attache/reports/dataset"
)

func TestExportFileName(t *testing.T) {
	d := &dataset.Dataset{
		ID:        "az-kr",
		Countries: []dataset.Country{{Code: "AZE"}, {Code: "KOR"}},
		Sectors:   []dataset.Sector{{ID: "trade"}, {ID: "energy"}, {ID: "ict"}, {ID: "health"}, {ID: "aid"}},
	}
	year := func(y int) dataset.Date { return dataset.Date{Y: y, Precision: dataset.Year} }
	month := func(y, m int) dataset.Date { return dataset.Date{Y: y, M: m, Precision: dataset.Month} }
	tests := []struct {
		name string
		d    *dataset.Dataset
		c    choice
		ext  string
		want string
	}{
		{"two sectors over years", d, choice{Sectors: []string{"trade", "energy"}, From: year(2017), To: year(2019)}, ".pdf",
			"az-kr_trade-energy_2017-2019.pdf"},
		{"one year", d, choice{Sectors: []string{"trade"}, From: year(2018), To: year(2018)}, ".xlsx",
			"az-kr_trade_2018.xlsx"},
		{"months", d, choice{Sectors: []string{"ict"}, From: month(2017, 3), To: month(2019, 6)}, ".pdf",
			"az-kr_ict_2017-03_2019-06.pdf"},
		{"every sector", d, choice{Sectors: []string{"trade", "energy", "ict", "health", "aid"}, From: year(1992), To: year(2025)}, ".pdf",
			"az-kr_all-sectors_1992-2025.pdf"},
		{"many sectors", d, choice{Sectors: []string{"trade", "energy", "ict", "health"}, From: year(2000), To: year(2001)}, ".pdf",
			"az-kr_4-sectors_2000-2001.pdf"},
		{"open range", d, choice{Sectors: []string{"trade"}}, ".pdf", "az-kr_trade.pdf"},
		{"no id: the country codes", &dataset.Dataset{Countries: d.Countries, Sectors: d.Sectors},
			choice{Sectors: []string{"aid"}, From: year(2010), To: year(2012)}, ".pdf", "aze-kor_aid_2010-2012.pdf"},
		{"an id with spaces and Hangul", &dataset.Dataset{ID: "AZ KR 한국", Sectors: d.Sectors},
			choice{Sectors: []string{"aid"}}, ".pdf", "az-kr_aid.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exportFileName(tt.d, tt.c, tt.ext); got != tt.want {
				t.Errorf("exportFileName = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitleName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"", ""},
		{"Trade & energy, 2015–2024", "trade-energy-2015-2024"},
		{"Azərbaycan ilə ticarət", "azərbaycan-ilə-ticarət"},
		{"한국 — 아제르바이잔 에너지", "한국-아제르바이잔-에너지"},
		{"  ///  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := titleName(tt.title); got != tt.want {
				t.Errorf("titleName(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}
