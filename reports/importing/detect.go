package importing

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"attache/reports/dataset"
)

// Format is a layout of file that Import reads.
type Format string

// The formats Import reads, detected from a file's content.
const (
	RecordTableCSV  Format = "Attaché record table (CSV)"
	RecordTableXLSX Format = "Attaché record table (workbook)"
	Comtrade        Format = "UN Comtrade CSV"
	IMFPanel        Format = "IMF CSV, one column per indicator"
	IMFYears        Format = "IMF CSV, one column per period"
	SDMX            Format = "SDMX-CSV"
)

// Signatures of the binary files a user may hand over instead of text.
var (
	zipMagic = []byte("PK\x03\x04")
	// cfbMagic opens an OLE compound file: an Excel 97–2003 workbook, or an XLSX workbook
	// that Excel encrypted with a password.
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptionInfo is the name of the stream that an encrypted workbook holds, in UTF-16LE.
	encryptionInfo = utf16le("EncryptionInfo")
)

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// IsWorkbook reports whether data is a workbook (an XLSX zip or an OLE compound file) rather
// than text: a dataset document handed over as a workbook is refused with this.
func IsWorkbook(data []byte) bool {
	return bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, cfbMagic)
}

// sniffed is a file's text ready to read as CSV, or a workbook's bytes.
type sniffed struct {
	format Format
	text   []byte // UTF-8, without a byte-order mark
	header []string
	comma  rune
}

// fileProblem is a problem with the whole file, or with one line of it (line > 0).
func fileProblem(name string, line int, format string, args ...any) error {
	return &dataset.ValidationError{Problems: []Problem{{File: name, Line: line, Message: fmt.Sprintf(format, args...)}}}
}

// Problem is dataset.Problem: importing reports its problems as the dataset package does,
// so that both front ends show them the same way.
type Problem = dataset.Problem

// sniff finds out what a file is from its content: a workbook, or text whose header names
// the layout. It refuses, naming the file and the line, what cannot be read as it is: UTF-16
// without a byte-order mark, lone CR line ends, another separator than comma unless comma
// says so, an encrypted or an Excel 97–2003 workbook.
func sniff(name string, data []byte, comma rune) (*sniffed, error) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return nil, fileProblem(name, 0, "the file is empty")
	case bytes.HasPrefix(data, zipMagic):
		return &sniffed{format: RecordTableXLSX}, nil
	case bytes.HasPrefix(data, cfbMagic) && bytes.Contains(data, encryptionInfo):
		return nil, fileProblem(name, 0, "the workbook is encrypted (protected with a password): open it in Excel, remove the password and save it, or save the sheet as CSV, then import it again")
	case bytes.HasPrefix(data, cfbMagic):
		return nil, fileProblem(name, 0, "this is an Excel 97–2003 workbook (.xls), which Attaché does not read: save it as .xlsx or as CSV UTF-8, then import it again")
	}
	text, err := utf8Text(name, data)
	if err != nil {
		return nil, err
	}
	if i := bytes.IndexByte(text, '\r'); i >= 0 && bytes.IndexByte(text, '\n') < 0 {
		return nil, fileProblem(name, 1, "the lines end with a lone carriage return (CR, as old Mac OS wrote them): save the file with Windows (CRLF) or Unix (LF) line ends, then import it again")
	}
	first := text
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if comma == 0 {
		comma = ','
		if msg := otherSeparator(string(first)); msg != "" {
			return nil, fileProblem(name, 1, "%s", msg)
		}
	}
	cr := csv.NewReader(bytes.NewReader(first))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true // only to name the columns; the rows are read strictly
	header, err := cr.Read()
	if err != nil {
		return nil, fileProblem(name, 1, "the first line cannot be read as a header: %v", err)
	}
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	return &sniffed{format: layoutOf(header), text: text, header: header, comma: comma}, nil
}

// otherSeparator says, for a header line with no comma, which separator the file seems to
// use and what to do, or "" when the line has commas.
func otherSeparator(line string) string {
	if strings.Contains(line, ",") {
		return ""
	}
	switch {
	case strings.Contains(line, ";"):
		return "this looks like a semicolon-separated file: save as comma-separated, or pass --separator ';'"
	case strings.Contains(line, "\t"):
		return "this looks like a tab-separated file: save as comma-separated, or pass --separator tab"
	}
	return ""
}

// utf8Text returns data as UTF-8 without a byte-order mark, converting UTF-16 that has one.
func utf8Text(name string, data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\uFEFF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], false), nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], true), nil
	case len(data) >= 4 && (data[1] == 0 && data[3] == 0 || data[0] == 0 && data[2] == 0):
		return nil, fileProblem(name, 1, "the file is UTF-16 text without a byte-order mark: save it as UTF-8 (in Excel, \"CSV UTF-8\"), then import it again")
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, fileProblem(name, line, "the text is not valid UTF-8: save the file as UTF-8 (in Excel, \"CSV UTF-8\"), then import it again")
	}
	return data, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func fromUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// layoutOf names the layout a header row belongs to; a header of no agency's layout is read
// as Attaché's record table, whose reader says what is wrong with it.
func layoutOf(header []string) Format {
	has := func(names ...string) bool {
		for _, n := range names {
			if columnIndex(header, n) < 0 {
				return false
			}
		}
		return true
	}
	switch {
	case has("reporterCode", "partnerCode", "flowCode", "primaryValue"):
		return Comtrade
	case len(header) > 0 && (strings.EqualFold(header[0], "DATAFLOW") || strings.EqualFold(header[0], "STRUCTURE")),
		has("TIME_PERIOD", "OBS_VALUE"):
		return SDMX
	case has("Country Code", "Counterpart Country Code", "Time Period"):
		return IMFPanel
	case has("Country Code", "Counterpart Country Code"):
		return IMFYears
	}
	return RecordTableCSV
}

// columnIndex finds a column by its name, in any case; -1 when it is absent.
func columnIndex(header []string, name string) int {
	for i, h := range header {
		if strings.EqualFold(h, name) {
			return i
		}
	}
	return -1
}
