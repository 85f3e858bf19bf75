package dataset

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"strings"
)

// XLSXMaxSharedStringsBytes is the largest shared-strings part (the text of a workbook's
// cells, unzipped) an import reads. excelize holds that part in memory as about six times
// its size: a 0.6 MB workbook whose shared strings unzip to 250 MB took 1.6 GB. Workbooks
// Attaché writes keep their text in the cells and have no such part.
const XLSXMaxSharedStringsBytes int64 = 64 << 20

// checkZip reads every part of the workbook once, to the end, before excelize sees it:
// excelize ignores the error of a part whose checksum is wrong or whose data is cut short,
// and would import what it could read of a damaged sheet. It also measures what the parts
// unzip to, rather than trusting the sizes the archive declares.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("cannot be read as an XLSX workbook: %w", err)
	}
	var total int64
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		limit := XLSXUnzipSizeLimit - total
		isStrings := strings.EqualFold(f.Name[strings.LastIndexByte(f.Name, '/')+1:], "sharedStrings.xml")
		if isStrings {
			limit = min(limit, XLSXMaxSharedStringsBytes)
		}
		n, err := readPart(f, limit)
		total += n
		switch {
		case errors.Is(err, errTooLarge) && isStrings:
			return fmt.Errorf("the workbook's shared text (part %q) unzips to more than %s, the limit: save the records as CSV, or split the workbook", f.Name, byteSize(XLSXMaxSharedStringsBytes))
		case errors.Is(err, errTooLarge):
			return fmt.Errorf("the workbook unzips to more than %s, the limit (at part %q): split it", byteSize(XLSXUnzipSizeLimit), f.Name)
		case err != nil:
			return fmt.Errorf("the workbook is damaged: part %q cannot be read (%v); nothing was imported: save it again from the program that made it", f.Name, err)
		}
	}
	return nil
}

// readPart reads one part to its end, checking its checksum, and returns its size; it
// stops with errTooLarge past limit bytes.
func readPart(f *zip.File, limit int64) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	h := crc32.NewIEEE()
	n, err := io.Copy(h, io.LimitReader(rc, limit+1))
	if err != nil {
		return n, err
	}
	if n > limit {
		return n, errTooLarge
	}
	// archive/zip checks the checksum only when the declared size was reached; a part cut
	// short of it, or one without a checksum, is caught here.
	if n != int64(f.UncompressedSize64) || (f.CRC32 != 0 && h.Sum32() != f.CRC32) {
		return n, fmt.Errorf("%d bytes where the archive declares %d, checksum %08x where it declares %08x", n, f.UncompressedSize64, h.Sum32(), f.CRC32)
	}
	return n, nil
}
