package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
)

// The Records columns a person edits before importing the sheet again offer the values the
// import accepts as a drop-down list, and refuse others as they are typed: kind, qualifier,
// reporter and partner (the dataset's two countries) and the precision of each date. A
// blank cell stays allowed where the import allows it. Each list covers its column from
// row 2 to the sheet's end, so that rows added under the table are checked too.

// validationLists returns each validated Records column with the values it accepts.
func (w *workbook) validationLists() map[string][]string {
	kinds := make([]string, len(dataset.Kinds))
	for i, k := range dataset.Kinds {
		kinds[i] = string(k)
	}
	qualifiers := make([]string, len(dataset.Qualifiers))
	for i, q := range dataset.Qualifiers {
		qualifiers[i] = string(q)
	}
	var countries []string
	for _, c := range w.b.Cover.Countries {
		countries = append(countries, c.Code)
	}
	precisions := []string{dataset.Year.String(), dataset.Month.String(), dataset.DayPrecision.String()}
	lists := map[string][]string{
		dataset.ColKind: kinds, dataset.ColQualifier: qualifiers,
		dataset.ColDatePrecision: precisions, dataset.ColEndPrecision: precisions,
	}
	if len(countries) > 0 {
		lists[dataset.ColReporter], lists[dataset.ColPartner] = countries, countries
	}
	return lists
}

// addValidations adds the drop-down lists to the Records sheet, whose columns are cols.
func (w *workbook) addValidations(sheet string, cols []string) error {
	lists := w.validationLists()
	for i, name := range cols {
		values, ok := lists[name]
		if !ok {
			continue
		}
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, excelize.TotalRows)
		if err := dv.SetDropList(values); err != nil {
			return fmt.Errorf("the list of column %s: %w", name, err)
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, w.t("xlsx.validation.title"),
			w.t("xlsx.validation.list", w.recordsHeader(name), strings.Join(values, ", ")))
		if err := w.f.AddDataValidation(sheet, dv); err != nil {
			return fmt.Errorf("the list of column %s: %w", name, err)
		}
	}
	return nil
}
