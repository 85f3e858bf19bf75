package xlsx_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"attache/internal/golden"
)

// TestGolden compares what the fixture workbook says, cell by cell (type, raw value, what
// a reader sees, number format), with testdata/*.golden. Values, not zip bytes: the bytes
// are checked for reproducibility separately.
func TestGolden(t *testing.T) {
	cases := []struct {
		name   string
		golden string
		data   func(t *testing.T) []byte
	}{
		{"fixture", "fixture.golden", func(t *testing.T) []byte { return render(t, fixtureBriefing(t)) }},
		{"empty", "empty.golden", func(t *testing.T) []byte {
			return render(t, build(t, load(t, fixtureDataset()), nothingSelected))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data(t)
			got := dump(t, open(t, data), zipParts(t, data))
			golden.Check(t, filepath.Join("testdata", tc.golden), []byte(got))
		})
	}
}

// dump writes every non-empty cell of every sheet, then the links and the charts.
func dump(t *testing.T, f *excelize.File, parts map[string]string) string {
	t.Helper()
	var sb strings.Builder
	for _, sheet := range f.GetSheetList() {
		dim, _ := f.GetSheetDimension(sheet)
		fmt.Fprintf(&sb, "== %s (%s)\n", sheet, dim)
		raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range raw {
			for c, v := range row {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, _ := f.GetCellType(sheet, ref)
				shown, _ := f.GetCellValue(sheet, ref)
				fmt.Fprintf(&sb, "%s %s %s", ref, typeLetter(typ), short(v))
				if shown != v {
					fmt.Fprintf(&sb, " shows %s", short(shown))
				}
				if format := numberFormat(t, f, sheet, ref); format != "#0" {
					fmt.Fprintf(&sb, " [%s]", format)
				}
				if ok, target, _ := f.GetCellHyperLink(sheet, ref); ok {
					fmt.Fprintf(&sb, " -> %s", target)
				}
				sb.WriteByte('\n')
			}
		}
	}
	var charts []string
	for name := range parts {
		if strings.HasPrefix(name, "xl/charts/") {
			charts = append(charts, name)
		}
	}
	slices.Sort(charts)
	title := regexp.MustCompile(`<a:t>([^<]*)</a:t>`)
	ref := regexp.MustCompile(`<(?:c:)?f>([^<]*)</(?:c:)?f>`)
	for _, name := range charts {
		fmt.Fprintf(&sb, "== %s\n", name)
		for _, m := range title.FindAllStringSubmatch(parts[name], -1) {
			fmt.Fprintf(&sb, "text %s\n", m[1])
		}
		for _, m := range ref.FindAllStringSubmatch(parts[name], -1) {
			fmt.Fprintf(&sb, "ref %s\n", m[1])
		}
	}
	return sb.String()
}

func typeLetter(t excelize.CellType) string {
	switch t {
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return "s"
	case excelize.CellTypeBool:
		return "b"
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		return "n"
	}
	return fmt.Sprintf("type%d", t)
}

// short quotes a value, eliding the middle of a long one.
func short(s string) string {
	if r := []rune(s); len(r) > 90 {
		return strconv.Quote(string(r[:40])) + fmt.Sprintf("…(%d characters)…", len(r)) + strconv.Quote(string(r[len(r)-40:]))
	}
	return strconv.Quote(s)
}
