package dataset

import (
	"strings"
	"sync"

	"attache/reports/i18n"
)

// A workbook written in any of the documents' languages names its Records sheet and the
// sheet's columns in that language ("기록", "날짜_추정"); the import reads them back as
// the canonical names below. The names come from the message catalogs of reports/i18n,
// under the keys the workbook writes them with.

// RecordsSheetKey is the message key of the Records sheet's name.
const RecordsSheetKey = "sheet.records"

// ColumnHeaderKey is the message key of a table column's header: "xlsx.records.column.date".
func ColumnHeaderKey(column string) string { return "xlsx.records.column." + column }

// recordsSheetIn returns the sheet of sheets that is a Records sheet in some language,
// English first, or "".
func recordsSheetIn(sheets []string) string {
	for _, name := range append([]string{RecordsSheet}, i18n.Translations(RecordsSheetKey)...) {
		for _, s := range sheets {
			if s == name {
				return s
			}
		}
	}
	return ""
}

// headerNames maps every language's header of each column of SheetColumns, folded,
// to the column's canonical name.
var headerNames = sync.OnceValue(func() map[string]string {
	names := make(map[string]string)
	for _, col := range SheetColumns {
		for _, h := range i18n.Translations(ColumnHeaderKey(col)) {
			names[foldHeader(h)] = col
		}
	}
	return names
})

// canonicalColumn returns the canonical name of a header written in any language ("유형"
// → "kind"); a header it does not know is returned as it is.
func canonicalColumn(header string) string {
	if col, ok := headerNames()[foldHeader(header)]; ok {
		return col
	}
	return header
}

// dotlessI makes the Azerbaijani i's one letter: "BAŞLIQ" is "başlıq" in capitals, and
// strings.ToLower, which knows no language, would make it "başliq".
var dotlessI = strings.NewReplacer("ı", "i", "i\u0307", "i")

// foldHeader is a header as headerNames compares it: in lower case, any i the same letter.
func foldHeader(h string) string { return dotlessI.Replace(strings.ToLower(h)) }
