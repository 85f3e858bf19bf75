// Package floor holds the libraries' own floor for the PDF appendix: the same rows drawn as
// a plain fpdf table with the same fonts, none of Attaché's work around them. The PDF
// package's benchmarks and the performance report (internal/perf) measure against it.
package floor

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"

	"attache/assets"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/words"
)

// Row is one record as the PDF appendix lists it, already written out as text.
type Row [6]string

// Rows writes the records of b as the appendix's columns: id, date, kind, sectors,
// title with its figure, citation numbers. The floor gets its text ready-made; the
// appendix writes its own as it goes.
func Rows(b *reports.Briefing) []Row {
	rows := make([]Row, len(b.Records))
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
			title += "\n" + words.Value(b.Lang(), *r.Value, r.Qualifier, b.Unit(b.Indicators[r.Indicator]))
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
		rows[i] = Row{r.ID, date, string(r.Kind), strings.Join(sectors, ", "), title, strings.Join(nums, ", ")}
	}
	return rows
}

// Font is one face the floor embeds: the same files the PDF renderer embeds.
type Font struct {
	family, style, file string
	data                []byte
}

// Fonts reads the faces the PDF renderer embeds, from the bundled assets.
func Fonts() ([]Font, error) {
	fonts := []Font{
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
	pageW, pageH = 595.28, 841.89
	marginSide   = 60
	marginTop    = 68
	marginBottom = 64
	leading      = 10.4
	headerHeight = 16
)

var widths = [6]float64{62, 64, 46, 80, pageW - 2*marginSide - 292, 40}

var titles = [6]string{"ID", "Date", "Kind", "Sectors", "Title and figure", "Sources"}

// FpdfTable draws rows as a plain fpdf table: the same fonts embedded, SplitText and
// CellFormat, a header on each page, zebra rows, a cell set in the Hangul font when it holds
// Hangul. No character checks, no font fallback run by run, no bookmarks, header or footer.
// It is the floor of the PDF appendix.
func FpdfTable(w io.Writer, rows []Row, fonts []Font) error {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC))
	for _, ft := range fonts {
		f.AddUTF8FontFromBytes(ft.family, ft.style, ft.data)
	}
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginSide, marginTop, marginSide)
	header := func() {
		f.SetFont("LiberationSans", "B", 7.5)
		f.SetFillColor(226, 233, 243)
		f.SetXY(marginSide, f.GetY())
		for i, t := range titles {
			f.CellFormat(widths[i], headerHeight, t, "", 0, "L", true, 0, "")
		}
		f.Ln(headerHeight)
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
			lines[i] = f.SplitText(text, widths[i]-8)
			h = max(h, float64(len(lines[i]))*leading+6)
		}
		if f.GetY()+h > pageH-marginBottom {
			f.AddPage()
			header()
		}
		y := f.GetY()
		if n%2 == 1 {
			f.SetFillColor(244, 246, 249)
			f.Rect(marginSide, y, pageW-2*marginSide, h, "F")
		}
		x := float64(marginSide)
		for i := range row {
			f.SetFont(family[i], "", 8)
			for j, l := range lines[i] {
				f.SetXY(x+4, y+3+float64(j)*leading)
				f.CellFormat(widths[i]-8, leading, l, "", 0, "L", false, 0, "")
			}
			x += widths[i]
		}
		f.SetXY(marginSide, y+h)
	}
	if err := f.Output(w); err != nil {
		return fmt.Errorf("fpdf floor table: %w", err)
	}
	return nil
}
