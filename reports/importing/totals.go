package importing

import (
	"fmt"
	"slices"
	"strings"

	"attache/reports/dataset"
)

// tradeTotal is a family of trade values whose exports and imports add up to a derived
// total, as the bundled dataset's IMF DOTS totals do.
type tradeTotal struct {
	exports, imports, total, name, agency string
}

// tradeTotals are the families whose totals an import derives.
var tradeTotals = []tradeTotal{
	{"comtrade-exports", "comtrade-imports", "comtrade-trade-total", "Trade total, exports + imports (UN Comtrade, derived)", "UN Comtrade"},
	{"dots-exports", "dots-imports", "dots-trade-total", "Trade total, exports + imports (IMF DOTS, derived)", "IMF DOTS"},
}

// totalMethod is the method every derived total states.
const totalMethod = "Sum of the reporter's exports (FOB) and imports (CIF) for the period; made only for a period in which the reporter gives both flows."

// deriveTotals adds, for each reporter and period in which an import brought an exports or
// an imports value and the reporter gives both, the derived total of the two, or brings an
// existing derived total up to date with its inputs — unless a file gives that total itself,
// as a workbook Attaché exported does: the file's total stays. A new pair's totals are its headline
// series: its briefing charts them, one line per reporter.
func (m *merger) deriveTotals() {
	type flows struct {
		exports, imports *dataset.Record
		imported         bool
		given            bool // a file gives the total itself (Attaché's own table): it stays as given
	}
	families := make([]map[string]*flows, len(tradeTotals))
	keys := make([][]string, len(tradeTotals))
	for f := range tradeTotals {
		families[f] = map[string]*flows{}
	}
	add := func(r *dataset.Record, imported bool) {
		if r.Kind != dataset.Measure || r.Value == nil {
			return
		}
		for f, fam := range tradeTotals {
			if r.Indicator != fam.exports && r.Indicator != fam.imports && (r.Indicator != fam.total || !imported) {
				continue
			}
			k := periodKey(r)
			fl := families[f][k]
			if fl == nil {
				fl = &flows{}
				families[f][k] = fl
				keys[f] = append(keys[f], k)
			}
			switch {
			case r.Indicator == fam.total:
				fl.given = true
				continue
			case r.Derived != nil:
				continue
			case r.Indicator == fam.exports:
				fl.exports = r
			default:
				fl.imports = r
			}
			fl.imported = fl.imported || imported
		}
	}
	for i := range m.base.Records {
		add(&m.base.Records[i], false)
	}
	for _, r := range m.merged { // after the dataset's: an updated value replaces its record
		add(r, true)
	}
	var todo []func()
	for f, fam := range tradeTotals {
		for _, k := range keys[f] {
			if fl := families[f][k]; fl.imported && !fl.given && fl.exports != nil && fl.imports != nil {
				todo = append(todo, func() { m.total(fam, fl.exports, fl.imports) })
			}
		}
	}
	for _, fn := range todo {
		fn()
	}
}

// periodKey is a value's reporter, partner and period.
func periodKey(r *dataset.Record) string {
	end := ""
	if r.End != nil {
		end = r.End.String()
	}
	return r.Reporter + "|" + r.Partner + "|" + r.Date.String() + "|" + end
}

// total adds or brings up to date the derived total of an exports and an imports value.
func (m *merger) total(fam tradeTotal, x, im *dataset.Record) {
	ind := m.totalIndicator(fam)
	sum := clean(*x.Value + *im.Value)
	key := ind + "|" + periodKey(x)
	if old, ok := m.existing[key]; ok {
		if old.Derived == nil || old.Derived.Operation != dataset.OpSum || *old.Value == sum {
			return // a stated total, or one already right
		}
		r := *old
		r.Value = &sum
		r.Derived = &dataset.Derivation{Method: old.Derived.Method, From: []string{x.ID, im.ID}, Operation: dataset.OpSum}
		p := m.slab.put(r)
		m.merged = append(m.merged, p)
		m.out.Updated = append(m.out.Updated, Entry{File: "(derived)", Record: p, Old: old})
		return
	}
	rep, par := m.names[x.Reporter], m.names[x.Partner]
	r := dataset.Record{
		ID:   ind + "-" + x.Reporter + "-" + x.Partner + "-" + x.Date.String(),
		Kind: dataset.Measure, Date: x.Date, End: x.End, Sectors: []string{TradeSector},
		Title: fmt.Sprintf("Trade total of %s with %s, %s (%s, derived)", rep, par, periodText(x.Date, x.End), fam.agency),
		Summary: fmt.Sprintf("%s's exports to %s plus its imports from %s, computed from records %s and %s; not a published figure.",
			rep, par, par, x.ID, im.ID),
		Sources:   union(x.Sources, im.Sources),
		Indicator: ind, Value: &sum, Qualifier: dataset.Exact,
		Reporter: x.Reporter, Partner: x.Partner,
		Derived: &dataset.Derivation{Method: totalMethod, From: []string{x.ID, im.ID}, Operation: dataset.OpSum},
	}
	if x.End != nil {
		r.ID += "-" + x.End.String()
	}
	if x.Qualifier == dataset.Approx || im.Qualifier == dataset.Approx {
		r.Qualifier = dataset.Approx
	}
	var caveats []string
	for _, in := range []struct {
		flow string
		r    *dataset.Record
	}{{"the exports", x}, {"the imports", im}} {
		if in.r.Caveat != "" {
			caveats = append(caveats, fmt.Sprintf("%s: %s", in.flow, strings.TrimSuffix(in.r.Caveat, ".")))
		}
	}
	if len(caveats) > 0 {
		r.Caveat = "Of the values added up, " + strings.Join(caveats, "; ") + "."
	}
	p := m.slab.put(r)
	m.existing[key] = p
	m.merged = append(m.merged, p)
	m.out.Added = append(m.out.Added, Entry{File: "(derived)", Record: p})
}

// totalIndicator is the id of a family's total, defined when the dataset lacks it.
func (m *merger) totalIndicator(fam tradeTotal) string {
	if _, ok := m.byID[fam.total]; ok {
		return fam.total
	}
	ind := dataset.Indicator{
		ID: fam.total, Name: fam.name, Kind: dataset.Flow, Unit: m.indicators[m.byID[fam.exports]].Unit,
		Description: "Computed per reporter and period as exports (FOB) plus imports (CIF), only for a period in which the reporter gives both flows. Not a published figure.",
	}
	if m.opts.NewPair != "" {
		ind.Headline, ind.Topic = true, dataset.TopicTrade
	}
	m.byID[ind.ID] = len(m.indicators)
	m.indicators = append(m.indicators, ind)
	return ind.ID
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
