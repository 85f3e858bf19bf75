package xlsx

import (
	"fmt"
	"math"
	"time"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
)

// dateCell writes a date as a real date cell formatted to its precision: 2006 stays 2006,
// 2006-03 stays 2006-03. A date before 1900, which Excel cannot hold, is written as the
// date's text, which the flat-table import reads the same way.
func (w *workbook) dateCell(d dataset.Date) any {
	if d.IsZero() {
		return nil
	}
	first, _ := d.Span()
	serial, ok := excelSerial(first)
	if !ok {
		return d.String()
	}
	return excelize.Cell{StyleID: w.st.date[d.Precision], Value: serial}
}

// dayCell writes a day as a date cell (yyyy-mm-dd).
func (w *workbook) dayCell(d dataset.Day) any {
	if d == 0 {
		return nil
	}
	serial, ok := excelSerial(d)
	if !ok {
		return d.String()
	}
	return excelize.Cell{StyleID: w.st.date[dataset.DayPrecision], Value: serial}
}

// timeCell writes a moment, in UTC, as a date-time cell.
func (w *workbook) timeCell(t time.Time) any {
	t = t.UTC()
	serial, ok := excelSerial(dataset.DayOf(t.Year(), int(t.Month()), t.Day()))
	if !ok {
		return t.Format(time.RFC3339)
	}
	seconds := t.Hour()*3600 + t.Minute()*60 + t.Second()
	return excelize.Cell{StyleID: w.st.datetime, Value: float64(serial) + float64(seconds)/86400}
}

// numberCell writes a value as a number (see numberStyles), with the decimals of its
// indicator; a whole value of a count is an integer. forRecords says the cell is on the Records sheet.
func (w *workbook) numberCell(ind *dataset.Indicator, v float64, forRecords bool) (any, error) {
	d := w.decimalsOf(ind, v)
	if forRecords {
		return w.styledNumber(ind, v, func(float64) (int, error) { return w.st.numbers.record(d) })
	}
	return w.styledNumber(ind, v, func(float64) (int, error) { return w.st.numbers.forReading(d) })
}

// markedNumberCell is numberCell on a sheet that is read, with the qualifier's sign before
// the value ("≥ 42") and marks after it.
func (w *workbook) markedNumberCell(ind *dataset.Indicator, v float64, q dataset.Qualifier, marks string) (any, error) {
	d := w.decimalsOf(ind, v)
	return w.styledNumber(ind, v, func(float64) (int, error) { return w.st.numbers.marked(d, q, marks) })
}

func (w *workbook) styledNumber(ind *dataset.Indicator, v float64, styleOf func(float64) (int, error)) (any, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil, fmt.Errorf("value %v is not a finite number; a workbook cell cannot hold it", v)
	}
	style, err := styleOf(v)
	if err != nil {
		return nil, err
	}
	if ind != nil && ind.Kind == dataset.Count && integral(v) {
		return excelize.Cell{StyleID: style, Value: int64(v)}, nil
	}
	return excelize.Cell{StyleID: style, Value: v}, nil
}
