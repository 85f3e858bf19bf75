package dataset

// IndicatorsByID returns the dataset's indicators by id.
func (d *Dataset) IndicatorsByID() map[string]*Indicator {
	m := make(map[string]*Indicator, len(d.Indicators))
	for i := range d.Indicators {
		m[d.Indicators[i].ID] = &d.Indicators[i]
	}
	return m
}

// SectorsByID returns the dataset's sectors by id.
func (d *Dataset) SectorsByID() map[string]*Sector {
	m := make(map[string]*Sector, len(d.Sectors))
	for i := range d.Sectors {
		m[d.Sectors[i].ID] = &d.Sectors[i]
	}
	return m
}

// CountriesByCode returns the dataset's countries by code.
func (d *Dataset) CountriesByCode() map[string]Country {
	m := make(map[string]Country, len(d.Countries))
	for _, c := range d.Countries {
		m[c.Code] = c
	}
	return m
}
