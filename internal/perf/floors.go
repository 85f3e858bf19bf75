package perf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"github.com/xuri/excelize/v2"

	"attache/assets"
	"attache/reports"
	"attache/reports/dataset"
)

// The floors: what the libraries themselves cost for the same rows, with none of Attaché's
// work around them. A stage is measured against its floor in the same run.

// decodeFloor is plain encoding/json decoding of the same document into the same structs,
// with no checks at all: the floor of dataset.Load.
func decodeFloor(doc []byte) error {
	var d dataset.Dataset
	if err := json.NewDecoder(bytes.NewReader(doc)).Decode(&d); err != nil {
		return fmt.Errorf("plain decode: %w", err)
	}
	return nil
}

// appendixRow is one record as the PDF appendix lists it, already written out as text.
type appendixRow [6]string

// appendixRows writes the records of b as the appendix's columns: id, date, kind, sectors,
// title with its figure, citation numbers. The floor gets its text ready-made; the
// appendix writes its own as it goes.
func appendixRows(b *reports.Briefing) []appendixRow {
	rows := make([]appendixRow, len(b.Records))
	for i, r := range b.Records {
		date := r.Date.String()
		if r.End != nil {
			date += " – " + r.End.String()
		}
		sectors := make([]string, len(r.Sectors))
		for j, id := range r.Sectors {
			sectors[j] = id
			if s := b.Sectors[id]; s != nil {
				sectors[j] = s.Name
			}
		}
		title := r.Title
		if r.Kind == dataset.Measure && r.Value != nil {
			unit := ""
			if ind := b.Indicators[r.Indicator]; ind != nil {
				unit = ind.Unit
			}
			title += "\n" + reports.ValueText(*r.Value, r.Qualifier, unit)
			if r.Reporter != "" {
				title += ", " + b.ReporterText(r.Reporter)
			}
		}
		nums := make([]string, 0, len(r.Sources))
		for _, id := range r.Sources {
			if n, ok := b.Citations[id]; ok {
				nums = append(nums, strconv.Itoa(n))
			}
		}
		rows[i] = appendixRow{r.ID, date, string(r.Kind), strings.Join(sectors, ", "), title, strings.Join(nums, ", ")}
	}
	return rows
}

// floorFont is one face the floor embeds: the same files the PDF renderer embeds.
type floorFont struct {
	family, style, file string
	data                []byte
}

func loadFloorFonts() ([]floorFont, error) {
	fonts := []floorFont{
		{family: "LiberationSans", file: assets.FontSansRegular},
		{family: "LiberationSans", style: "B", file: assets.FontSansBold},
		{family: "LiberationSans", style: "I", file: assets.FontSansItalic},
		{family: "NanumGothic", file: assets.FontHangulRegular},
		{family: "NanumGothic", style: "B", file: assets.FontHangulBold},
	}
	for i := range fonts {
		data, err := assets.Font(fonts[i].file)
		if err != nil {
			return nil, fmt.Errorf("reading the bundled font %s: %w", fonts[i].file, err)
		}
		fonts[i].data = data
	}
	return fonts, nil
}

// The page geometry of the floor table, in points: A4 with the PDF renderer's margins and
// the appendix's column widths (the title column takes the rest).
const (
	floorPageW, floorPageH = 595.28, 841.89
	floorMarginSide        = 60
	floorMarginTop         = 68
	floorMarginBottom      = 64
	floorLeading           = 10.4
	floorHeaderHeight      = 16
)

var floorWidths = [6]float64{62, 64, 46, 80, floorPageW - 2*floorMarginSide - 292, 40}

var floorTitles = [6]string{"ID", "Date", "Kind", "Sectors", "Title and figure", "Sources"}

// fpdfTableFloor draws rows as a plain fpdf table: the same fonts embedded, SplitText and
// CellFormat, a header on each page, zebra rows, a cell set in the Hangul font when it holds
// Hangul. No character checks, no font fallback run by run, no bookmarks, header or footer.
// It is the floor of the PDF appendix.
func fpdfTableFloor(w io.Writer, rows []appendixRow, fonts []floorFont) error {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC))
	for _, ft := range fonts {
		f.AddUTF8FontFromBytes(ft.family, ft.style, ft.data)
	}
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(floorMarginSide, floorMarginTop, floorMarginSide)
	header := func() {
		f.SetFont("LiberationSans", "B", 7.5)
		f.SetFillColor(226, 233, 243)
		f.SetXY(floorMarginSide, f.GetY())
		for i, t := range floorTitles {
			f.CellFormat(floorWidths[i], floorHeaderHeight, t, "", 0, "L", true, 0, "")
		}
		f.Ln(floorHeaderHeight)
	}
	f.AddPage()
	header()
	var lines [6][]string
	var family [6]string
	for n, row := range rows {
		h := 0.0
		for i, text := range row {
			family[i] = "LiberationSans"
			if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
				family[i] = "NanumGothic"
			}
			f.SetFont(family[i], "", 8)
			lines[i] = f.SplitText(text, floorWidths[i]-8)
			h = max(h, float64(len(lines[i]))*floorLeading+6)
		}
		if f.GetY()+h > floorPageH-floorMarginBottom {
			f.AddPage()
			header()
		}
		y := f.GetY()
		if n%2 == 1 {
			f.SetFillColor(244, 246, 249)
			f.Rect(floorMarginSide, y, floorPageW-2*floorMarginSide, h, "F")
		}
		x := float64(floorMarginSide)
		for i := range row {
			f.SetFont(family[i], "", 8)
			for j, l := range lines[i] {
				f.SetXY(x+4, y+3+float64(j)*floorLeading)
				f.CellFormat(floorWidths[i]-8, floorLeading, l, "", 0, "L", false, 0, "")
			}
			x += floorWidths[i]
		}
		f.SetXY(floorMarginSide, y+h)
	}
	if err := f.Output(w); err != nil {
		return fmt.Errorf("fpdf floor table: %w", err)
	}
	return nil
}

// streamWriterFloor writes the Records sheet's rows and cells with excelize's stream writer
// and nothing else: dates as date cells (with the three styles a date at its precision
// needs), values as numbers, lists joined. It is the floor of the workbook.
func streamWriterFloor(w io.Writer, b *reports.Briefing) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("excelize floor: closing: %w", cerr)
		}
	}()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	dateStyle := map[dataset.Precision]int{}
	for p, format := range map[dataset.Precision]string{dataset.Year: "yyyy", dataset.Month: "yyyy-mm", dataset.DayPrecision: "yyyy-mm-dd"} {
		if dateStyle[p], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return fmt.Errorf("excelize floor: %w", err)
		}
	}
	header := make([]any, len(dataset.TableColumns))
	for i, c := range dataset.TableColumns {
		header[i] = c
	}
	if err := sw.SetRow("A1", header); err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	date := func(d *dataset.Date) any {
		if d == nil {
			return nil
		}
		first, _ := d.Span()
		return excelize.Cell{StyleID: dateStyle[d.Precision], Value: excelSerial(first)}
	}
	join := func(ids []string) string { return strings.Join(ids, dataset.ListSeparator) }
	row := make([]any, len(dataset.TableColumns))
	for i, r := range b.Records {
		clear(row)
		row[0], row[1], row[2], row[3] = r.ID, string(r.Kind), date(&r.Date), date(r.End)
		if r.DateInferred {
			row[4] = true
		}
		row[5], row[6], row[7], row[8] = join(r.Sectors), r.Title, r.Summary, r.Indicator
		if r.Value != nil {
			row[9] = *r.Value
			if ind := b.Indicators[r.Indicator]; ind != nil {
				row[10] = ind.Unit
			}
		}
		row[11], row[12], row[13] = string(r.Qualifier), r.Reporter, r.Partner
		if r.Derived != nil {
			row[14], row[15] = join(r.Derived.From), r.Derived.Method
		}
		row[16], row[17] = join(r.Conflicts), join(r.Sources)
		if err := sw.SetRow("A"+strconv.Itoa(i+2), row); err != nil {
			return fmt.Errorf("excelize floor: row %d: %w", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("excelize floor: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("excelize floor: writing: %w", err)
	}
	return nil
}

// excelEpoch is day 0 of Excel's 1900 date system (as Excel counts, past its 1900 leap-year bug).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelSerial is the spreadsheet serial number of a day.
func excelSerial(d dataset.Day) float64 {
	return float64(d.Time().Sub(excelEpoch).Hours() / 24)
}
