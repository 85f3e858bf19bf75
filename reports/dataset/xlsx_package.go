package dataset

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	partpath "path"
	"strconv"
	"strings"
)

// xlsxPackage is what an import needs of a workbook besides its rows: the sheets by name,
// where each one's part is, which cell styles show a date and at what precision, and the
// shared text. It reads the package's small parts with encoding/xml, the shared text with
// xmlScanner, and opens a sheet's part as a stream for sheetReader.
type xlsxPackage struct {
	zr       *zip.Reader
	sheets   []string          // in the workbook's order
	parts    map[string]string // sheet name → its part
	date1904 bool              // the workbook counts days from 1904, not 1900
	styles   []Precision       // by cell style index: the precision its number format shows, 0 for none
	strings  []string          // the shared text, by index
}

// xlsxLimitError is a part that passes the limits of an import; its message is the user's.
type xlsxLimitError struct{ msg string }

func (e *xlsxLimitError) Error() string { return e.msg }

func openXLSXPackage(data []byte) (*xlsxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	p := &xlsxPackage{zr: zr, parts: map[string]string{}}
	workbook := "xl/workbook.xml"
	if rels, err := p.relationships("_rels/.rels"); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				workbook = resolvePart("", r.Target)
			}
		}
	}
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := p.decode(workbook, &wb); err != nil {
		return nil, err
	}
	p.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	rels, err := p.relationships(partpath.Join(partpath.Dir(workbook), "_rels", partpath.Base(workbook)+".rels"))
	if err != nil {
		return nil, err
	}
	targets := map[string]string{}
	for _, r := range rels {
		targets[r.ID] = resolvePart(partpath.Dir(workbook), r.Target)
	}
	for _, s := range wb.Sheets {
		p.sheets = append(p.sheets, s.Name)
		p.parts[s.Name] = targets[s.ID]
	}
	for _, r := range rels {
		switch {
		case strings.HasSuffix(r.Type, "/styles"):
			if err := p.readStyles(targets[r.ID]); err != nil {
				return nil, err
			}
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			if err := p.readSharedStrings(targets[r.ID]); err != nil {
				return nil, err
			}
		}
	}
	return p, nil
}

type xlsxRelationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

func (p *xlsxPackage) relationships(name string) ([]xlsxRelationship, error) {
	var rels struct {
		List []xlsxRelationship `xml:"Relationship"`
	}
	err := p.decode(name, &rels)
	return rels.List, err
}

// resolvePart is the part a relationship's target names, from the folder of the part the
// relationship belongs to; a target that starts with "/" is from the package's root.
func resolvePart(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(partpath.Clean(target), "/")
	}
	return strings.TrimPrefix(partpath.Join(dir, target), "/")
}

// open opens a part by its name; part names are matched without regard to case, as the
// package format wants.
func (p *xlsxPackage) open(name string) (io.ReadCloser, error) {
	if name == "" {
		return nil, errors.New("the workbook does not say where the sheet's part is")
	}
	for _, f := range p.zr.File {
		if f.Name == name {
			return f.Open()
		}
	}
	for _, f := range p.zr.File {
		if strings.EqualFold(f.Name, name) {
			return f.Open()
		}
	}
	return nil, fmt.Errorf("the part %q is missing", name)
}

// decode reads a small part into v.
func (p *xlsxPackage) decode(name string, v any) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("part %q: %w", name, err)
	}
	return nil
}

// readStyles finds the precision each cell style's number format shows.
func (p *xlsxPackage) readStyles(name string) error {
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := p.decode(name, &st); err != nil {
		return err
	}
	custom := map[int]string{}
	for _, f := range st.NumFmts {
		custom[f.ID] = f.Code
	}
	p.styles = make([]Precision, len(st.Xfs))
	for i, xf := range st.Xfs {
		if code, ok := custom[xf.NumFmtID]; ok {
			p.styles[i] = formatPrecision(code)
		} else {
			p.styles[i] = builtinFormatPrecision(xf.NumFmtID)
		}
	}
	return nil
}

// stylePrecision is the precision of the dates a cell of style s shows, 0 when its number
// format shows no date.
func (p *xlsxPackage) stylePrecision(s int) Precision {
	if s < 0 || s >= len(p.styles) {
		return 0
	}
	return p.styles[s]
}

// builtinFormatPrecision is the precision of a built-in number format: 14–16 and 22 show
// days (m/d/yyyy and its kin), 17 a month (mmm-yy); 27–31, 36 and 50–58 are the East Asian
// date formats. The others are numbers, text or times of day.
func builtinFormatPrecision(id int) Precision {
	switch {
	case id == 17:
		return Month
	case id >= 14 && id <= 16, id == 22, id >= 27 && id <= 31, id == 36, id >= 50 && id <= 58:
		return DayPrecision
	}
	return 0
}

// formatPrecision is the precision a custom number format shows a date at: days when it
// shows a day, months when it shows a year and a month, years when it shows a year alone; 0
// when it shows no date (a number, or a time of day). Quoted text, escaped characters and
// bracketed codes ([$-409], [Red]) are passed over; only the format's first section counts.
func formatPrecision(code string) Precision {
	var hasY, hasM, hasD bool
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			if end := strings.IndexByte(code[i+1:], '"'); end >= 0 {
				i += end + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++
		case '[':
			if end := strings.IndexByte(code[i:], ']'); end >= 0 {
				i += end
			} else {
				i = len(code)
			}
		case ';':
			i = len(code)
		case 'y', 'Y':
			hasY = true
		case 'm', 'M':
			hasM = true
		case 'd', 'D':
			hasD = true
		}
	}
	switch {
	case hasD:
		return DayPrecision
	case hasY && hasM:
		return Month
	case hasY:
		return Year
	}
	return 0
}

// readSharedStrings reads the shared text: each item's text runs joined, phonetic guides left
// out, as a spreadsheet shows the cell. Its size is bounded by checkZip.
func (p *xlsxPackage) readSharedStrings(name string) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	sc := newXMLScanner(rc)
	var text []byte
	for {
		t, err := sc.next()
		if err != nil {
			return fmt.Errorf("part %q: %w", name, err)
		}
		switch {
		case t.kind == xmlEOF:
			return nil
		case t.kind == xmlStart && string(t.name) == "si":
			if text, err = readRichText(sc, t, text[:0], false); err != nil {
				return fmt.Errorf("part %q: %w", name, err)
			}
			p.strings = append(p.strings, string(bstrDecode(text)))
		}
	}
}

// readRichText reads the text of an element up to its end tag, appending it to dst: the text
// of its <t> runs (a shared-text item, an inline string; phonetic guides, <rPh>, left out)
// or, when direct, the text it holds itself (a cell's value, <v>).
func readRichText(sc *xmlScanner, start xmlToken, dst []byte, direct bool) ([]byte, error) {
	if start.closed {
		return dst, nil
	}
	depth, inText, inPhonetic := 1, 0, 0
	if direct {
		inText = 1
	}
	for {
		t, err := sc.next()
		if err != nil {
			return dst, err
		}
		switch t.kind {
		case xmlEOF:
			return dst, &xmlError{offset: start.offset, msg: "an element never ends"}
		case xmlStart:
			if t.closed {
				continue
			}
			depth++
			switch string(t.name) {
			case "t":
				inText++
			case "rPh":
				inPhonetic++
			}
		case xmlEnd:
			depth--
			if depth == 0 {
				return dst, nil
			}
			switch string(t.name) {
			case "t":
				inText--
			case "rPh":
				inPhonetic--
			}
		case xmlText, xmlCDATA:
			if inText == 0 || inPhonetic > 0 {
				continue
			}
			if t.kind == xmlCDATA {
				dst = appendCDATA(dst, t.text)
			} else if dst, err = appendText(dst, t.text); err != nil {
				return dst, &xmlError{offset: t.offset, msg: err.Error()}
			}
		}
	}
}

// bstrDecode replaces the escapes by which the workbook format writes characters XML cannot
// hold ("_x000D_" for a carriage return; "_x005F_" for an underscore that would start one).
func bstrDecode(b []byte) []byte {
	if bytes.IndexByte(b, '_') < 0 {
		return b
	}
	out := b[:0:0]
	for i := 0; i < len(b); i++ {
		if b[i] == '_' && i+6 < len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16); err == nil {
				out = append(out, string(rune(n))...)
				i += 6
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}
