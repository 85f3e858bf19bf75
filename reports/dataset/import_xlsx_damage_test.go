package dataset_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// tenRecords is a valid workbook of ten records, its text in the shared-strings part.
func tenRecords(t testing.TB) []byte {
	rows := [][]any{headerCells()}
	for i := range 10 {
		rows = append(rows, typedRow(with(eventRow, "id", fmt.Sprintf("R%d", 100+i)), nil))
	}
	return workbook(t, sheetRows{"Records", rows})
}

// rezip copies a workbook, letting change alter each part's header and its compressed bytes.
func rezip(t testing.TB, file []byte, change func(h *zip.FileHeader, raw []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		h := f.FileHeader
		raw = change(&h, raw)
		h.CompressedSize64 = uint64(len(raw))
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

const sheetPart = "xl/worksheets/sheet1.xml"

func TestImportXLSXRefusesDamagedParts(t *testing.T) {
	file := tenRecords(t)
	if recs, err := dataset.ImportXLSX(bytes.NewReader(file), "r.xlsx", ""); err != nil || len(recs) != 10 {
		t.Fatalf("the undamaged workbook: %d records, %v", len(recs), err)
	}
	cases := []struct {
		name   string
		change func(h *zip.FileHeader, raw []byte) []byte
		want   string
	}{
		{"wrong checksum", func(h *zip.FileHeader, raw []byte) []byte {
			if h.Name == sheetPart {
				h.CRC32 ^= 0xdeadbeef
			}
			return raw
		}, `r.xlsx: the workbook is damaged: part "xl/worksheets/sheet1.xml" cannot be read (zip: checksum error); nothing was imported`},
		{"entry cut short", func(h *zip.FileHeader, raw []byte) []byte {
			if h.Name == sheetPart {
				return raw[:len(raw)/3]
			}
			return raw
		}, `r.xlsx: the workbook is damaged: part "xl/worksheets/sheet1.xml" cannot be read (unexpected EOF); nothing was imported`},
		{"stored entry cut short", func(h *zip.FileHeader, raw []byte) []byte {
			if h.Name == sheetPart {
				var plain bytes.Buffer
				fr, _ := zip.NewReader(bytes.NewReader(file), int64(len(file)))
				for _, f := range fr.File {
					if f.Name == sheetPart {
						rc, _ := f.Open()
						io.Copy(&plain, rc)
					}
				}
				h.Method = zip.Store
				return plain.Bytes()[:plain.Len()/3]
			}
			return raw
		}, `r.xlsx: the workbook is damaged: part "xl/worksheets/sheet1.xml" cannot be read (`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := dataset.ImportXLSX(bytes.NewReader(rezip(t, file, c.change)), "r.xlsx", "")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("got %d records and error\n%v\nwant an error starting\n%s", len(recs), err, c.want)
			}
			if recs != nil {
				t.Error("records returned from a damaged workbook")
			}
		})
	}
}

func TestImportXLSXRefusesSharedStringsBomb(t *testing.T) {
	file := tenRecords(t)
	huge := int(dataset.XLSXMaxSharedStringsBytes) + 1<<20
	bomb := rezip(t, file, func(h *zip.FileHeader, raw []byte) []byte {
		if h.Name != "xl/sharedStrings.xml" {
			return raw
		}
		var plain bytes.Buffer
		plain.WriteString(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>`)
		plain.WriteString(strings.Repeat("A", huge))
		plain.WriteString(`</t></si></sst>`)
		h.Method = zip.Deflate
		h.UncompressedSize64 = uint64(plain.Len())
		h.CRC32 = crc32.ChecksumIEEE(plain.Bytes())
		return deflate(t, plain.Bytes())
	})
	if len(bomb) > 1<<20 {
		t.Fatalf("the generated bomb is %d bytes; it should be small", len(bomb))
	}
	recs, err := dataset.ImportXLSX(bytes.NewReader(bomb), "r.xlsx", "")
	want := `r.xlsx: the workbook's shared text (part "xl/sharedStrings.xml") unzips to more than 64 MiB, the limit`
	if err == nil || !strings.HasPrefix(err.Error(), want) || recs != nil {
		t.Fatalf("got %d records and error %v, want an error starting %s", len(recs), err, want)
	}
}

func deflate(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	fw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(b)
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
