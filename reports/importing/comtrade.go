package importing

import (
	"strings"
)

// comtradePublisher is the publisher of the sources made from UN Comtrade files.
const comtradePublisher = "United Nations Statistics Division (UN Comtrade)"

// comtradeAreas are the UN Comtrade reporter and partner codes that are not the ISO
// numeric code of the same country.
var comtradeAreas = map[string]string{"842": "USA", "699": "IND", "757": "CHE", "251": "FRA", "579": "NOR", "490": "TWN"}

// comtradeFlows are the flows UN Comtrade downloads give, by flowCode: the series of the
// commodity total, the valuation column read first, and the mirror flow.
// valued and primary say, in a record's summary, which column its value came from.
var comtradeFlows = map[string]struct {
	id, name, title, value, valuation, mirror, valued, primary string
}{
	"X": {"comtrade-exports", "Exports to the partner, FOB (UN Comtrade)", "Exports of %[1]s to %[2]s", "fobvalue", "FOB", "M",
		"the FOB value (fobvalue)", "the primary value (primaryValue), as no FOB value is given"},
	"M": {"comtrade-imports", "Imports from the partner, CIF (UN Comtrade)", "Imports of %[1]s from %[2]s", "cifvalue", "CIF", "X",
		"the CIF value (cifvalue)", "the primary value (primaryValue), as no CIF value is given"},
	"RX": {"comtrade-re-exports", "Re-exports to the partner, FOB (UN Comtrade)", "Re-exports of %[1]s to %[2]s", "fobvalue", "FOB", "RM",
		"the FOB value (fobvalue)", "the primary value (primaryValue), as no FOB value is given"},
	"RM": {"comtrade-re-imports", "Re-imports from the partner, CIF (UN Comtrade)", "Re-imports of %[1]s from %[2]s", "cifvalue", "CIF", "RX",
		"the CIF value (cifvalue)", "the primary value (primaryValue), as no CIF value is given"},
}

// comtradeSeries is the series of one flow and commodity: the total (cmdCode TOTAL) or a
// commodity line (an HS chapter or heading), each its own indicator.
func comtradeSeries(flow, flowDesc, cmd, cmdDesc string) series {
	f, known := comtradeFlows[flow]
	if !known {
		id := "comtrade-" + strings.ToLower(flow)
		return series{id: id, name: flowDesc + " (UN Comtrade, flow " + flow + ")",
			description: "Values of flow " + flow + " (" + flowDesc + ") as the reporter gave them to UN Comtrade.",
			title:       literal(flowDesc) + " of %[1]s with %[2]s", agency: "UN Comtrade"}
	}
	s := series{id: f.id, name: f.name, title: f.title, agency: "UN Comtrade",
		description: "Goods trade valued " + f.valuation + " as the reporting country gave it to UN Comtrade; each record names the reporter and the partner."}
	if m, ok := comtradeFlows[f.mirror]; ok {
		s.mirror = m.id
	}
	if strings.EqualFold(cmd, "TOTAL") || cmd == "" {
		return s
	}
	code := strings.ToLower(cmd)
	label := "HS " + cmd
	if cmdDesc != "" {
		label += " (" + cmdDesc + ")"
	}
	s.id += "-hs" + code
	if s.mirror != "" {
		s.mirror += "-hs" + code
	}
	s.name = strings.Replace(f.name, " (UN Comtrade)", ", "+label+" (UN Comtrade)", 1)
	s.title += ", " + literal(label)
	s.description = "One commodity line, " + label + ", of goods trade valued " + f.valuation + " as the reporting country gave it to UN Comtrade."
	return s
}

// readComtrade reads a UN Comtrade CSV download, passing each value to emit: one value per row, by reporter, partner,
// flow, commodity and period (year or month). Values are in US dollars.
func readComtrade(t *table, emit func(*observation)) {
	t.publisher = comtradePublisher
	cols, ok := t.need("freqCode", "flowCode", "primaryValue", "cmdCode")
	if !ok {
		return
	}
	freq, flowCode, primary, cmdCode := cols[0], cols[1], cols[2], cols[3]
	c := struct{ refYear, refMonth, period, repISO, repCode, parISO, parCode, par2, flowDesc, cmdDesc, cif, fob, reported, typeCode int }{
		t.col("refYear"), t.col("refMonth"), t.col("period"), t.col("reporterISO"), t.col("reporterCode"),
		t.col("partnerISO"), t.col("partnerCode"), t.col("partner2Code"), t.col("flowDesc"), t.col("cmdDesc"),
		t.col("cifvalue"), t.col("fobvalue"), t.col("isReported"), t.col("typeCode"),
	}
	cache := map[string]series{} // a download repeats a few flows and commodities
	t.scan(func(line int, row []string) {
		reporter, ok1 := t.area(line, row, c.repISO, c.repCode, "reporter")
		partner, ok2 := t.area(line, row, c.parISO, c.parCode, "partner")
		if p2 := cell(row, c.par2); p2 != "" && strings.TrimLeft(p2, "0") != "" {
			t.problem(line, "partner2Code", "values by second partner (%s) are not read: download the file with the second partner \"World\" (0)", p2)
			return
		}
		if !ok1 || !ok2 {
			return
		}
		if typ := cell(row, c.typeCode); typ != "" && !strings.EqualFold(typ, "C") {
			t.problem(line, "typeCode", "type %q is not goods (C): Attaché reads UN Comtrade's goods trade", typ)
			return
		}
		o := observation{line: line, reporter: reporter, partner: partner, currency: "USD", scale: 1}
		var periodText string
		switch f := strings.ToUpper(cell(row, freq)); f {
		case "A":
			periodText = firstOf(cell(row, c.refYear), cell(row, c.period))
		case "M":
			periodText = cell(row, c.period)
			if y, m := cell(row, c.refYear), cell(row, c.refMonth); y != "" && m != "" && m != "52" {
				periodText = y + "-" + m
			}
		default:
			t.problem(line, "freqCode", "frequency %q is neither A (annual) nor M (monthly)", f)
			return
		}
		date, end, err := parsePeriod(periodText)
		if err != nil {
			t.problem(line, "period", "%v", err)
			return
		}
		o.date, o.end = date, end
		flow := strings.ToUpper(cell(row, flowCode))
		cmd, cmdDesc, flowDesc := cell(row, cmdCode), cell(row, c.cmdDesc), cell(row, c.flowDesc)
		sk := flow + "|" + cmd + "|" + cmdDesc + "|" + flowDesc
		s, ok := cache[sk]
		if !ok {
			s = comtradeSeries(flow, strings.Clone(flowDesc), strings.Clone(cmd), strings.Clone(cmdDesc))
			cache[sk] = s
		}
		o.series = s
		valueCol, column := primary, "primaryValue"
		if f, ok := comtradeFlows[flow]; ok {
			if vc := t.col(f.value); vc >= 0 && cell(row, vc) != "" {
				valueCol, column = vc, f.value
				o.valuation = f.valued
			} else {
				o.valuation = f.primary
			}
		}
		if !t.fill(&o, column, cell(row, valueCol)) {
			return
		}
		if r := strings.ToLower(cell(row, c.reported)); r == "false" || r == "0" {
			o.estimate = true
			o.notes = append(o.notes, "UN Comtrade marks this value as not reported by the country as such (isReported false): it was estimated or converted")
		}
		emit(&o)
	})
}

// area reads a reporter or partner from its ISO column, else from its code column.
func (t *table) area(line int, row []string, isoCol, codeCol int, what string) (string, bool) {
	iso, code := cell(row, isoCol), cell(row, codeCol)
	if strings.EqualFold(iso, "W00") || code == "0" {
		t.problem(line, what+"Code", "the %s is the World (all partners together), not one country: download the file for one %s", what, what)
		return "", false
	}
	if c, ok := countryByCode(iso); ok && len(iso) == 3 {
		return c.alpha3, true
	}
	if a3, ok := comtradeAreas[strings.TrimLeft(code, "0")]; ok {
		return a3, true
	}
	if c, ok := countryByCode(code); ok {
		return c.alpha3, true
	}
	t.problem(line, what+"ISO", "%q (code %q) is not a country Attaché knows by its ISO code", iso, code)
	return "", false
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// literal escapes text for a title pattern: a commodity may be "wool, >= 50% by weight".
func literal(s string) string { return strings.ReplaceAll(s, "%", "%%") }
