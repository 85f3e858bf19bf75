package importing

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"attache/reports/dataset"
)

// indicator finds the dataset's indicator for a value, or defines it, and checks that the
// value's unit converts to the indicator's.
func (m *merger) indicator(o *observation) (*dataset.Indicator, error) {
	if i, ok := m.byID[o.series.id]; ok {
		ind := &m.indicators[i]
		cur, _, ok := parseUnit(ind.Unit)
		if !ok || cur != o.currency {
			return nil, fmt.Errorf("the dataset's indicator %q is in %q; the file's values are in %s and cannot be converted to it",
				ind.ID, ind.Unit, unitName(o.currency, o.scale))
		}
		return ind, nil
	}
	ind := dataset.Indicator{
		ID: o.series.id, Name: o.series.name, Unit: unitName(o.currency, 1e6), Kind: dataset.Flow,
		Description: o.series.description,
	}
	if o.series.mirror != "" {
		if j, ok := m.byID[o.series.mirror]; ok {
			ind.Mirror = o.series.mirror
			if m.indicators[j].Mirror == "" {
				m.indicators[j].Mirror = ind.ID
			}
		}
	}
	m.byID[ind.ID] = len(m.indicators)
	m.indicators = append(m.indicators, ind)
	return &m.indicators[len(m.indicators)-1], nil
}

// fileValues is what the records of one file share: its name, its source, and the texts
// that its values repeat, made once (a download repeats a few series, reporters and units
// over a hundred thousand rows).
type fileValues struct {
	base    string   // the file's name without its folder
	sources []string // the file's source, one slice for all its records
	titles  map[[2]string]string
	tails   map[tailKey]string
}

type tailKey struct {
	valuation, currency, unit string
	scale                     float64
}

func newFileValues(name, source string) *fileValues {
	return &fileValues{base: filepathBase(name), sources: []string{source},
		titles: map[[2]string]string{}, tails: map[tailKey]string{}}
}

// tradeSectors is the sectors of every imported value: one slice, never changed.
var tradeSectors = []string{TradeSector}

// record makes an indicator record of a value: converted to the indicator's unit, with
// the agency's flags as qualifier and caveat.
func (m *merger) record(o *observation, ind *dataset.Indicator, fv *fileValues) dataset.Record {
	_, target, _ := parseUnit(ind.Unit)
	v := clean(o.value * o.scale / target)
	date := o.date.String()
	period := date
	if o.end != nil {
		period = periodText(o.date, o.end)
	}
	title, ok := fv.titles[[2]string{o.series.title, o.reporter}]
	if !ok {
		title = fmt.Sprintf(o.series.title, m.names[o.reporter], m.names[o.partner])
		fv.titles[[2]string{o.series.title, o.reporter}] = title
	}
	r := dataset.Record{
		ID:   o.series.id + "-" + o.reporter + "-" + o.partner + "-" + date,
		Kind: dataset.Measure, Date: o.date, End: o.end, Sectors: tradeSectors,
		Title:     title + ", " + period + " (" + o.series.agency + ")",
		Sources:   fv.sources,
		Indicator: ind.ID, Value: &v, Qualifier: dataset.Exact,
		Reporter: o.reporter, Partner: o.partner,
	}
	if o.end != nil {
		r.ID += "-" + o.end.String()
	}
	if m.baseIDs[r.ID] {
		if old, ok := m.existing[recordKey(&r)]; !ok || old.ID != r.ID {
			r.ID += "-imported" // the id is taken by another record of the dataset
		}
	}
	tk := tailKey{o.valuation, o.currency, ind.Unit, o.scale}
	tail, ok := fv.tails[tk]
	if !ok {
		from := unitName(o.currency, o.scale)
		tail = " " + from
		if o.valuation != "" {
			tail += ", " + o.valuation
		}
		if from != ind.Unit {
			tail += "; converted from " + from + " to " + ind.Unit
		}
		tail += "."
		fv.tails[tk] = tail
	}
	buf := make([]byte, 0, len(fv.base)+len(tail)+40)
	buf = append(buf, fv.base...)
	buf = append(buf, ", line "...)
	buf = strconv.AppendInt(buf, int64(o.line), 10)
	buf = append(buf, ": "...)
	buf = strconv.AppendFloat(buf, o.value, 'f', -1, 64)
	buf = append(buf, tail...)
	r.Summary = string(buf)
	if o.estimate {
		r.Qualifier = dataset.Approx
	}
	if len(o.notes) > 0 {
		r.Caveat = upperFirst(strings.Join(o.notes, "; ")) + "."
	}
	return r
}

// periodText writes a period: "2021", "2021-03", "2021-01 to 2021-03".
func periodText(d dataset.Date, end *dataset.Date) string {
	if end == nil {
		return d.String()
	}
	return d.String() + " to " + end.String()
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func filepathBase(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// clean drops the binary noise of a conversion or a sum (1270.9499999999998 for 846.8 +
// 424.15) at the tenth decimal, far below any unit an agency publishes.
func clean(v float64) float64 { return math.Round(v*1e10) / 1e10 }
