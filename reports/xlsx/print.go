package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// How every sheet prints. A printed page carries the classification line (when the
// briefing has one) and the title in its header, and the dataset's version and "Page 1 of
// 3" in its footer, so that a loose page still says what it is and where it belongs. The
// classification is printed again in the footer's middle, as markings are, top and bottom.

// Page margins, in inches.
const (
	marginSide   = 0.4
	marginTop    = 0.75 // room for a two-line header
	marginBottom = 0.6
	marginHeader = 0.3
	marginFooter = 0.3
)

// maxHeaderFooter is the most characters (UTF-16 units) Excel accepts in a header or footer.
const maxHeaderFooter = 255

// printHeader returns the printed header and footer of every sheet.
func (w *workbook) printHeader() (header, footer string) {
	c := w.b.Cover
	class := strings.TrimSpace(c.Classification)
	title := strings.TrimSpace(c.Title)
	version := strings.TrimSpace(w.t("xlsx.print.dataset", c.Dataset.ID, c.Dataset.Version))
	page := w.t("xlsx.print.page") // "Page &P of &N": its codes are the page number and count
	bold := func(s string) string { return `&"-,Bold"` + s + `&"-,Regular"` }
	// The classification and the fixed parts first, then what room is left for the title.
	var head string
	if class != "" {
		head = "&C" + bold(hfText(class)) + "\n"
	} else {
		head = "&C"
	}
	// Each ampersand of the title takes two units once written.
	header = head + hfText(cutRunes(title, maxHeaderFooter-utf16Len(head)-strings.Count(title, "&")))
	footer = "&L" + hfText(version)
	if class != "" {
		footer += "&C" + bold(hfText(class))
	}
	footer += "&R" + page
	return header, footer
}

// hfText writes text as a header or footer shows it: an ampersand starts a code, so it is
// doubled.
func hfText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// cutRunes shortens s to at most n UTF-16 units, ending it with "…" when cut.
func cutRunes(s string, n int) string {
	if utf16Len(s) <= n {
		return s
	}
	out := []rune{}
	units := 1 // the ellipsis
	for _, r := range s {
		u := utf16Len(string(r))
		if units+u > n {
			break
		}
		units += u
		out = append(out, r)
	}
	return string(out) + "…"
}

// pageSetup sets how the sheet prints: orientation, fit to one page wide when asked, the
// margins, the header and footer, and row 1 on every page when it is the sheet's header. A stream
// writer copies these settings when it starts, so they come first.
func (w *workbook) pageSetup(sheet string, l layout) error {
	orientation := "landscape"
	if l.portrait {
		orientation = "portrait"
	}
	paper := 9 // A4; a printer on letter paper scales it
	opts := &excelize.PageLayoutOptions{Orientation: &orientation, Size: &paper}
	if l.fitWidth {
		wide, tall := 1, 0 // one page wide, as many pages tall as needed
		opts.FitToWidth, opts.FitToHeight = &wide, &tall
		fit := true
		if err := w.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
	}
	if err := w.f.SetPageLayout(sheet, opts); err != nil {
		return err
	}
	side, top, bottom, header, footer := marginSide, marginTop, marginBottom, marginHeader, marginFooter
	centred := true
	if err := w.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &top, Bottom: &bottom, Header: &header, Footer: &footer,
		Horizontally: &centred,
	}); err != nil {
		return err
	}
	head, foot := w.printHeader()
	if err := w.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: head, OddFooter: foot}); err != nil {
		return fmt.Errorf("printed header and footer: %w", err)
	}
	if l.freezeHeader { // the header in view on screen is the header on every page
		return w.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: sheetRef(sheet) + "!$1:$1", Scope: sheet,
		})
	}
	return nil
}
