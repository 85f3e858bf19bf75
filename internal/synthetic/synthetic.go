// Package synthetic generates large, deterministic, clearly labelled SYNTHETIC datasets for
// benchmarks and tests. Nothing it makes is true, and nothing it makes is ever bundled.
package synthetic

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"attache/reports/dataset"
)

// The two countries of every synthetic dataset.
const (
	codeA = "AZE"
	codeB = "KOR"
)

// Generate returns a valid synthetic dataset of n records (at least one), the same for the
// same n and seed. Its id is "synthetic-N" and its title says SYNTHETIC. It holds every kind
// of record, every date precision (some with a period end), several sectors per record,
// every qualifier, both reporters, derived values, conflicts, inferred dates, and text in
// Azerbaijani, Korean and Russian.
func Generate(n int, seed int64) *dataset.Dataset {
	n = max(n, 1)
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed_a77a))
	d := &dataset.Dataset{
		Format:  dataset.FormatID,
		ID:      fmt.Sprintf("synthetic-%d", n),
		Version: fmt.Sprintf("seed-%d", seed),
		Title:   fmt.Sprintf("SYNTHETIC test data, %d records — not real facts", n),
		Countries: []dataset.Country{
			{Code: codeA, Name: "Azərbaycan (synthetic)"},
			{Code: codeB, Name: "대한민국 (synthetic)"},
		},
		Sectors:    sectors(),
		Indicators: indicators(),
	}
	d.Sources = sources(rng, max(20, n/50))
	d.Records = records(rng, n, d)
	return d
}

func sectors() []dataset.Sector {
	names := []struct{ id, name string }{
		{"diplomacy", "Diplomacy & politics"},
		{"parliament", "Parliament / Milli Məclis"},
		{"trade", "Trade / 무역"},
		{"investment", "Investment / İnvestisiya"},
		{"energy", "Energy, oil & gas / Энергетика"},
		{"industry", "Petrochemicals & industry"},
		{"transport", "Transport & logistics / 물류"},
		{"ict", "ICT & e-government"},
		{"aid", "Development aid / Помощь"},
		{"agriculture", "Agriculture & water / Kənd təsərrüfatı"},
		{"health", "Health / 보건"},
		{"education", "Education, culture & tourism / Təhsil"},
		{"finance", "Finance & SMEs"},
		{"emergencies", "Emergencies, demining & reconstruction"},
		{"defence", "Defence / Оборона"},
	}
	out := make([]dataset.Sector, len(names))
	for i, s := range names {
		out[i] = dataset.Sector{ID: s.id, Name: s.name, Description: "SYNTHETIC sector " + s.name}
	}
	return out
}

func indicators() []dataset.Indicator {
	return []dataset.Indicator{
		{ID: "trade_turnover", Name: "Trade turnover (official statements)", Unit: "USD million", Kind: dataset.Flow, Headline: true},
		{ID: "exports", Name: "Exports to the partner, by reporter", Unit: "USD million", Kind: dataset.Flow, Mirror: "imports", Headline: true},
		{ID: "imports", Name: "Imports from the partner, by reporter", Unit: "USD million", Kind: dataset.Flow, Mirror: "exports", Headline: true},
		{ID: "investment_in", Name: "Investment stock in Azerbaijan / İnvestisiya", Unit: "USD million", Kind: dataset.Stock},
		{ID: "investment_out", Name: "Investment stock in Korea / 투자", Unit: "USD million", Kind: dataset.Stock},
		{ID: "companies", Name: "Companies registered / Şirkətlər", Unit: "count", Kind: dataset.Count},
		{ID: "documents", Name: "Documents signed / Документы", Unit: "count", Kind: dataset.Count},
		{ID: "visitors", Name: "Visitors / 방문객", Unit: "thousand people", Kind: dataset.Flow},
		{ID: "aid", Name: "Grant aid disbursed", Unit: "USD million", Kind: dataset.Flow},
		{ID: "students", Name: "Students / Tələbələr", Unit: "count", Kind: dataset.Count},
	}
}

func sources(rng *rand.Rand, n int) []dataset.Source {
	titles := []struct{ title, lang, publisher string }{
		{"SYNTHETIC: Azərbaycan–Koreya əməkdaşlığı haqqında məqalə", "az", "Synthetic News Agency"},
		{"SYNTHETIC: 한-아제르바이잔 경제협력 보도자료", "ko", "합성 통신"},
		{"SYNTHETIC: Сотрудничество Азербайджана и Кореи", "ru", "Синтетическое агентство"},
		{"SYNTHETIC: Trade statistics extract", "en", "Synthetic Statistics Office"},
	}
	out := make([]dataset.Source, n)
	for i := range out {
		t := titles[i%len(titles)]
		s := dataset.Source{
			ID:        fmt.Sprintf("src%04d", i+1),
			Title:     fmt.Sprintf("%s #%d", t.title, i+1),
			Publisher: t.publisher,
			Language:  t.lang,
			Address:   fmt.Sprintf("https://synthetic.invalid/source/%d", i+1),
		}
		if i%7 != 6 { // a few undated sources, as real ones are
			s.Date = randomDate(rng, dataset.Precision(1+i%3)).String()
		}
		if i%9 == 0 {
			s.TitleIsDescription = true
			s.Title = fmt.Sprintf("SYNTHETIC description of an untitled page #%d", i+1)
		}
		out[i] = s
	}
	return out
}

func randomDate(rng *rand.Rand, p dataset.Precision) dataset.Date {
	y := 1992 + rng.IntN(34)
	switch p {
	case dataset.Year:
		return dataset.Date{Y: y, Precision: dataset.Year}
	case dataset.Month:
		return dataset.Date{Y: y, M: 1 + rng.IntN(12), Precision: dataset.Month}
	}
	return dataset.Date{Y: y, M: 1 + rng.IntN(12), D: 1 + rng.IntN(28), Precision: dataset.DayPrecision}
}

// Titles that mix the scripts the documents must draw.
var titleWords = []string{
	"Rəsmi səfər", "İşgüzar forum", "Ölkələr arası saziş", "Şuşa görüşü", "Çoxtərəfli Ğ-layihə",
	"정상회담", "경제협력 협정", "투자 포럼", "Визит делегации", "Соглашение о сотрудничестве",
	"Üçüncü iclas", "Öyrənmə proqramı",
}

func records(rng *rand.Rand, n int, d *dataset.Dataset) []dataset.Record {
	out := make([]dataset.Record, n)
	lastMeasure := -1
	for i := range out {
		r := &out[i]
		r.ID = fmt.Sprintf("S%07d", i+1)
		r.Kind = dataset.Kinds[i%len(dataset.Kinds)]
		r.Date = randomDate(rng, dataset.Precision(1+rng.IntN(3)))
		r.Sectors = pick(rng, d.Sectors, 1+rng.IntN(3), func(s dataset.Sector) string { return s.ID })
		r.Sources = pick(rng, d.Sources, 1+rng.IntN(2), func(s dataset.Source) string { return s.ID })
		r.Title = fmt.Sprintf("SYNTHETIC %s — %s %d", titleWords[rng.IntN(len(titleWords))], titleWords[rng.IntN(len(titleWords))], i+1)
		if i%3 == 0 {
			r.Summary = "SYNTHETIC summary: Ə ə Ğ ğ İ ı Ş ş Ö ö Ü ü Ç ç; 한국어 요약; краткое описание."
		}
		r.DateInferred = i%11 == 0
		if i%13 == 0 { // a period ending in a month of the same or the next year
			end := dataset.Date{Y: r.Date.Y + rng.IntN(2), M: 1 + rng.IntN(12), Precision: dataset.Month}
			first, _ := r.Date.Span()
			if _, last := end.Span(); last >= first {
				r.End = &end
			}
		}
		if i > 0 && i%17 == 0 {
			r.Conflicts = []string{out[rng.IntN(i)].ID}
		}
		if r.Kind == dataset.Measure {
			measure(rng, r, d, lastMeasure, out)
			lastMeasure = i
		}
	}
	return out
}

func measure(rng *rand.Rand, r *dataset.Record, d *dataset.Dataset, lastMeasure int, out []dataset.Record) {
	ind := d.Indicators[rng.IntN(len(d.Indicators))]
	r.Indicator = ind.ID
	v := math.Round(rng.Float64()*1e5) / 100
	r.Value = &v
	r.Qualifier = dataset.Qualifiers[rng.IntN(len(dataset.Qualifiers))]
	if ind.Mirror != "" {
		r.Reporter, r.Partner = codeA, codeB
		if rng.IntN(2) == 0 {
			r.Reporter, r.Partner = codeB, codeA
		}
	}
	if lastMeasure >= 0 && rng.IntN(10) == 0 {
		r.Derived = &dataset.Derivation{
			Method: "SYNTHETIC: 2.6 times the earlier figure / əvvəlki rəqəmin 2,6 misli",
			From:   []string{out[lastMeasure].ID},
		}
	}
}

// pick returns the ids of k distinct items.
func pick[T any](rng *rand.Rand, items []T, k int, id func(T) string) []string {
	k = min(k, len(items))
	ids := make([]string, 0, k)
	start := rng.IntN(len(items))
	step := 1
	if len(items) > 1 {
		step += rng.IntN(len(items) - 1)
	}
	for j := 0; len(ids) < k && j < len(items); j++ {
		next := id(items[(start+j*step)%len(items)])
		if !slices.Contains(ids, next) {
			ids = append(ids, next)
		}
	}
	return ids
}
