package app

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"attache/reports/dataset"
	"attache/reports/words"
)

// maxNamedSectors is how many sector ids a proposed file name spells out; beyond it the
// name gives their number.
const maxNamedSectors = 3

// exportFileName proposes a file name from the pair, the sectors and the period:
// "az-kr_trade-energy_2017-2019.pdf".
func exportFileName(d *dataset.Dataset, c choice, ext string) string {
	parts := []string{pairName(d), sectorsName(d, c.Sectors)}
	if p := periodName(c.From, c.To); p != "" {
		parts = append(parts, p)
	}
	return strings.Join(parts, "_") + ext
}

// maxTitleName is how many letters of a title a proposed file name keeps.
const maxTitleName = 60

// proposedName is the file name the save dialog proposes, without an extension: the
// title's words when the briefing has a title of its own, else the pair, the sectors and
// the period. The extension is left for the export to add (one per format), so that the
// save dialog never asks about replacing the first file itself: exporting both files then
// asks about both at once, in one dialog.
func proposedName(d *dataset.Dataset, c choice, title string) string {
	if s := titleName(title); s != "" {
		return s
	}
	return exportFileName(d, c, "")
}

// titleName keeps the letters (of any script) and digits of a title, lower-cased, with
// single hyphens between words: "Trade & energy, 2015–2024" is "trade-energy-2015-2024".
func titleName(title string) string {
	var b strings.Builder
	hyphen, n := false, 0
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if n >= maxTitleName {
				return b.String()
			}
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			n++
		default:
			hyphen = true
		}
	}
	return b.String()
}

// pairName is the dataset's id, or its country codes, as a file name part.
func pairName(d *dataset.Dataset) string {
	if s := words.Slug(d.ID); s != "" {
		return s
	}
	codes := make([]string, len(d.Countries))
	for i, c := range d.Countries {
		codes[i] = c.Code
	}
	if s := words.Slug(strings.Join(codes, "-")); s != "" {
		return s
	}
	return "briefing"
}

func sectorsName(d *dataset.Dataset, sectors []string) string {
	switch {
	case len(sectors) == len(d.Sectors) && len(sectors) > 1:
		return "all-sectors"
	case len(sectors) > maxNamedSectors:
		return strconv.Itoa(len(sectors)) + "-sectors"
	}
	var ids []string
	for _, id := range sectors {
		if s := words.Slug(id); s != "" {
			ids = append(ids, s)
		}
	}
	if len(ids) == 0 {
		return "no-sectors"
	}
	return strings.Join(ids, "-")
}

// periodName writes the range: "2017-2019", "2017", or "2017-03_2019-06" with months.
func periodName(from, to dataset.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero():
		return "to-" + to.String()
	case to.IsZero():
		return "from-" + from.String()
	case from == to:
		return from.String()
	case from.Precision == dataset.Year && to.Precision == dataset.Year:
		return fmt.Sprintf("%04d-%04d", from.Y, to.Y)
	}
	return from.String() + "_" + to.String()
}
