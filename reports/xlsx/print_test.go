package xlsx_test

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/reports"
	"attache/reports/reportstest"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

// reportstestBriefing is the briefing of every record of the bundled dataset.
func reportstestBriefing(t *testing.T) *reports.Briefing {
	t.Helper()
	d := reportstest.Bundled(t)
	return build(t, d, selection.Selection{Sectors: selection.AllSectors(d)})
}

// TestPrintSetup reads back how each sheet prints: orientation, one page wide, the header
// row repeated on every page, and the header and footer with the classification, the
// title, the dataset's version and the page numbers.
func TestPrintSetup(t *testing.T) {
	b := fixtureBriefing(t)
	f := open(t, render(t, b))
	cases := []struct {
		sheet       string
		orientation string
		titles      string // the rows printed on every page, "" for none
	}{
		{xlsx.SheetBriefing, "portrait", ""},
		{xlsx.SheetRecords, "landscape", "Records!$1:$1"},
		{xlsx.SheetSeries, "portrait", "Series!$1:$1"},
		{xlsx.SheetCharts, "portrait", ""},
		{xlsx.SheetSources, "landscape", "Sources!$1:$1"},
		{xlsx.SheetNotes, "landscape", "Notes!$1:$1"},
		{xlsx.SheetAbout, "portrait", ""},
	}
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for _, tc := range cases {
		t.Run(tc.sheet, func(t *testing.T) {
			pl, err := f.GetPageLayout(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Orientation == nil || *pl.Orientation != tc.orientation {
				t.Errorf("orientation = %v, want %s", deref(pl.Orientation), tc.orientation)
			}
			if pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
				t.Errorf("fit to %v wide, %v tall; want 1 wide, 0 (as needed) tall", deref(pl.FitToWidth), deref(pl.FitToHeight))
			}
			props, err := f.GetSheetProps(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if props.FitToPage == nil || !*props.FitToPage {
				t.Error("the sheet does not turn fit-to-page on, so the fit is ignored")
			}
			if got := titles[tc.sheet]; got != tc.titles {
				t.Errorf("print titles = %q, want %q", got, tc.titles)
			}
			hf, err := f.GetHeaderFooter(tc.sheet)
			if err != nil || hf == nil {
				t.Fatalf("no header and footer: %v", err)
			}
			for _, want := range []string{"UNCLASSIFIED", b.Cover.Title} {
				if !strings.Contains(hf.OddHeader, want) {
					t.Errorf("header %q lacks %q", hf.OddHeader, want)
				}
			}
			for _, want := range []string{"Page &P of &N", "test-aze-kor 2026.1", "UNCLASSIFIED"} {
				if !strings.Contains(hf.OddFooter, want) {
					t.Errorf("footer %q lacks %q", hf.OddFooter, want)
				}
			}
		})
	}
}

// TestPrintHeaderText: an ampersand in the title prints as one (it is doubled, not read as
// a code); without a classification nothing is marked; a long title is cut to what Excel
// accepts rather than failing the export.
func TestPrintHeaderText(t *testing.T) {
	cases := []struct {
		name, title, class string
		want, notWant      string
	}{
		{"ampersand", "Trade & energy", "", "Trade && energy", "Bold"},
		{"classified", "Trade", "FOR OFFICIAL USE ONLY", `&"-,Bold"FOR OFFICIAL USE ONLY`, ""},
		{"long title", strings.Repeat("Trade & energy ", 40), "RESTRICTED", "…", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := fixtureBriefing(t)
			b.Cover.Title, b.Cover.Classification = tc.title, tc.class
			f := open(t, render(t, b))
			for _, sheet := range f.GetSheetList() {
				hf, err := f.GetHeaderFooter(sheet)
				if err != nil || hf == nil {
					t.Fatalf("%s: no header and footer: %v", sheet, err)
				}
				if !strings.Contains(hf.OddHeader, tc.want) {
					t.Errorf("%s: header %q lacks %q", sheet, hf.OddHeader, tc.want)
				}
				if tc.notWant != "" && strings.Contains(hf.OddHeader+hf.OddFooter, tc.notWant) {
					t.Errorf("%s: header or footer has %q: %q %q", sheet, tc.notWant, hf.OddHeader, hf.OddFooter)
				}
				if n := len([]rune(hf.OddHeader)); n > 255 {
					t.Errorf("%s: the header has %d characters, more than Excel's 255", sheet, n)
				}
			}
		})
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return "unset"
	}
	return *p
}

// TestBriefingPrintsReadable: the Briefing sheet prints upright one page wide, so its width
// sets its print size. Nine columns of about 120 characters print at 80% or more of the
// 11-point text on A4, 9 points; the first 21-column table printed at about 5.
func TestBriefingPrintsReadable(t *testing.T) {
	f := open(t, render(t, reportstestBriefing(t)))
	dim, err := f.GetSheetDimension(xlsx.SheetBriefing)
	if err != nil {
		t.Fatal(err)
	}
	last := dim[strings.LastIndex(dim, ":")+1:]
	col, _, err := excelize.SplitCellName(last)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := excelize.ColumnNameToNumber(col)
	if n > 9 {
		t.Errorf("Briefing uses %d columns (%s), want 9 at most", n, dim)
	}
	total := 0.0
	for i := 1; i <= n; i++ {
		name, _ := excelize.ColumnNumberToName(i)
		w, err := f.GetColWidth(xlsx.SheetBriefing, name)
		if err != nil {
			t.Fatal(err)
		}
		total += w
	}
	const readable = 125.0 // characters of width an upright A4 page prints at 9 points
	if total > readable {
		t.Errorf("Briefing is %.0f characters wide, more than the %.0f that print at a readable size", total, readable)
	}
}
