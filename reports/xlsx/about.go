package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// writeAbout states what the workbook was made from: the selection, the dataset's id,
// version and SHA-256, the application's version and when it was generated.
func (w *workbook) writeAbout() error {
	c := w.b.Cover
	s := w.newRows(w.sheet(SheetAbout))
	heading := func(key string) { s.add(excelize.Cell{StyleID: w.st.title, Value: w.t(key)}) }
	line := func(key string, v any) { s.add(excelize.Cell{StyleID: w.st.label, Value: w.t(key)}, v) }
	heading(labelSelection)
	line(labelSectors, c.SectorsText())
	if !c.AllSectors {
		ids := make([]string, len(c.Sectors))
		for i, sec := range c.Sectors {
			ids[i] = sec.ID
		}
		line(labelSectorIDs, joinIDs(ids))
	}
	line(labelFrom, w.openOr(w.dateCell(c.From)))
	line(labelTo, w.openOr(w.dateCell(c.To)))
	line(labelFirstDay, w.dayCell(c.FirstDay))
	line(labelLastDay, w.dayCell(c.LastDay))
	line(labelKinds, c.KindsText())
	line(labelText, c.Text)
	line(labelRecords, c.RecordCount)
	line(labelSources, c.SourceCount)
	s.blank()
	heading(labelDataset)
	line(labelDatasetTitle, c.DatasetTitle)
	line(labelDatasetID, c.Dataset.ID)
	line(labelDatasetVersion, c.Dataset.Version)
	line(labelDatasetSHA, c.Dataset.SHA256)
	s.blank()
	heading(labelExport)
	line(labelAppVersion, strings.TrimSpace(appName+" "+c.AppVersion))
	line(labelGenerated, w.timeCell(c.Generated))
	line(labelPreparedBy, c.PreparedBy)
	line(labelClass, c.Classification)
	return w.stream(s, layout{widths: []float64{labelWidth, valueWidth}, fitWidth: true, portrait: true})
}

// openOr says "open" for a range end that was left open.
func (w *workbook) openOr(v any) any {
	if v == nil {
		return w.t(labelOpen)
	}
	return v
}
