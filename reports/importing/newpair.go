package importing

import (
	"strings"
	"time"

	"attache/reports/dataset"
)

// NewPairDataset is an empty dataset for a country pair, for values imported from agencies'
// files: the two countries, a trade sector, no indicators, sources or records yet. Its
// version is the date of the import.
func NewPairDataset(codes, names [2]string, date time.Time) *dataset.Dataset {
	return &dataset.Dataset{
		Format:  dataset.FormatID,
		ID:      strings.ToLower(codes[0] + "-" + codes[1]),
		Version: date.Format("2006.01.02"),
		Title:   names[0] + " – " + names[1] + ": trade statistics",
		Countries: []dataset.Country{
			{Code: codes[0], Name: names[0]},
			{Code: codes[1], Name: names[1]},
		},
		Sectors: []dataset.Sector{{ID: TradeSector, Name: "Trade",
			Description: "Trade in goods between the two countries, as each reports it to the statistics agencies."}},
	}
}
