package xlsx

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/xuri/excelize/v2"

	"attache/reports/dataset"
)

// maxLinkLength is the longest address Excel follows as a hyperlink.
const maxLinkLength = 2079

// writeSources lists the cited sources by number, each address a real hyperlink.
func (w *workbook) writeSources() error {
	sheet := w.sheet(SheetSources)
	s := w.newRows(sheet)
	headers := w.headers(sourceHeaders)
	header := make([]any, len(headers))
	for i, h := range headers {
		header[i] = excelize.Cell{StyleID: w.st.header, Value: h}
	}
	s.add(header...)
	type link struct {
		cell, address string
	}
	var links []link
	for _, src := range w.b.Sources {
		described := ""
		if src.TitleIsDescription {
			described = w.t(labelYes)
		}
		var date any = src.Date
		if d, err := dataset.ParseDate(src.Date); err == nil {
			date = w.dateCell(d)
		}
		var address any = src.Address
		if linkable(src.Address) {
			address = excelize.Cell{StyleID: w.st.link, Value: src.Address}
			links = append(links, link{cellName(sourceAddressColumn, s.row()), src.Address})
		}
		wrap := func(text string) any { return excelize.Cell{StyleID: w.st.wrap, Value: text} }
		s.add(src.Number, src.ID, wrap(src.Title), described, wrap(src.Publisher), wrap(src.Author), date, src.Language,
			address, wrap(src.DateNote), wrap(src.Note))
	}
	if err := w.place(s, layout{widths: fitHeaders(sourceWidths, headers), freezeHeader: true, fitWidth: true, wrapped: true}); err != nil {
		return err
	}
	for _, l := range links {
		err := w.f.SetCellHyperLink(sheet, l.cell, l.address, "External")
		if err != nil {
			return fmt.Errorf("workbook: sheet %s: link %s at %s: %w", sheet, l.address, l.cell, err)
		}
	}
	return nil
}

// sourceAddressColumn is the column of sourceHeaders that holds the address.
var sourceAddressColumn = columnOf(sourceHeaders, "xlsx.header.address")

func columnOf(headers []string, name string) int {
	for i, h := range headers {
		if h == name {
			return i + 1
		}
	}
	panic("xlsx: no column " + name) // the headers are fixed in names.go
}

// linkable reports whether an address is one a reader can follow from Excel: an absolute
// web, FTP or mail address within Excel's length limit.
func linkable(address string) bool {
	if address == "" || len(address) > maxLinkLength || strings.ContainsAny(address, " \t\r\n") {
		return false
	}
	u, err := url.Parse(address)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	}
	return false
}
