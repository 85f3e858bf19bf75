package pdf

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"attache/reports/dataset"
)

// UncoveredRuneError is the failure of a briefing holding a character that no bundled font
// can draw. The export stops before anything is drawn rather than print a box or a "?".
type UncoveredRuneError struct {
	Where string // what holds the text: `record "R067"`, `source "S12"`, "cover"
	Field string // which of its fields: "title", "summary", "publisher"
	Rune  rune
}

// Error says where the character is, which it is, and what to do.
func (e *UncoveredRuneError) Error() string {
	return fmt.Sprintf("%s: field %q: character U+%04X (%q) cannot be drawn: none of the bundled fonts "+
		"(Liberation Sans, NanumGothic) has it; replace or remove it in the dataset and export again",
		e.Where, e.Field, e.Rune, e.Rune)
}

// maxRuneErrors bounds how many uncovered characters one failed export lists.
const maxRuneErrors = 20

// runeChecker finds the characters of a briefing that no face covers.
type runeChecker struct {
	faces   [faceCount]*faceMetrics
	errs    []error
	seen    map[string]bool // where+field already reported
	records map[string]bool // records already checked
}

// checkRunes verifies every text the PDF may draw: the briefing's, as far as the renderer's
// plan shows it (a record the document leaves out is not drawn, so it cannot fail the
// export). It returns an error wrapping one *UncoveredRuneError or *RightToLeftError per
// offending field (at most maxRuneErrors), or nil.
func checkRunes(r *renderer) error {
	c := &runeChecker{faces: r.ts.faces, seen: make(map[string]bool), records: make(map[string]bool)}
	c.briefing(r)
	return errors.Join(c.errs...)
}

// covered reports whether some face has a glyph for r. Line breaks and tabs are layout,
// not glyphs.
func (c *runeChecker) covered(r rune) bool {
	if r == '\n' || r == '\t' || r == '\r' {
		return true
	}
	for _, m := range c.faces {
		if m.covers(r) {
			return true
		}
	}
	return false
}

func (c *runeChecker) check(where, field, text string) {
	if len(c.errs) >= maxRuneErrors {
		return
	}
	for _, r := range text {
		if r < 0x80 && r >= 0x20 {
			continue // printable ASCII: every face has it
		}
		var err error
		switch {
		case rightToLeft(r): // see runecheck_rtl.go
			err = &RightToLeftError{Where: where, Field: field, Rune: r}
		case !c.covered(r):
			err = &UncoveredRuneError{Where: where, Field: field, Rune: r}
		default:
			continue
		}
		key := where + "\x00" + field
		if !c.seen[key] {
			c.seen[key] = true
			c.errs = append(c.errs, err)
		}
		return
	}
}

func (c *runeChecker) briefing(r *renderer) {
	b := r.b
	cv := b.Cover
	c.check("cover", "title", cv.Title)
	c.check("cover", "dataset title", cv.DatasetTitle)
	c.check("cover", "dataset id", cv.Dataset.ID)
	c.check("cover", "dataset version", cv.Dataset.Version)
	c.check("cover", "app version", cv.AppVersion)
	c.check("cover", "prepared by", cv.PreparedBy)
	c.check("cover", "classification", cv.Classification)
	c.check("cover", "search text", cv.Text)
	for _, k := range cv.Kinds {
		c.check("cover", "kinds", string(k))
	}
	for _, ctry := range cv.Countries {
		c.country(ctry)
	}
	for _, code := range slices.Sorted(maps.Keys(b.Countries)) {
		c.country(b.Countries[code])
	}
	for _, s := range cv.Sectors {
		c.sector(s)
	}
	for _, id := range slices.Sorted(maps.Keys(b.Sectors)) {
		c.sector(*b.Sectors[id])
	}
	for _, id := range slices.Sorted(maps.Keys(b.Indicators)) {
		ind := b.Indicators[id]
		where := fmt.Sprintf("indicator %q", ind.ID)
		c.check(where, "name", ind.Name)
		c.check(where, "unit", ind.Unit)
		for _, lang := range slices.Sorted(maps.Keys(ind.Translations)) {
			c.check(where, "name ("+lang+")", ind.Translations[lang].Name)
			c.check(where, "unit ("+lang+")", ind.Translations[lang].Unit)
		}
	}
	if r.o.All { // the appendix lists every record
		for _, rec := range b.Records {
			c.record(rec)
		}
	}
	for _, l := range append([]shortList{r.plan.timeline}, r.plan.sections...) {
		for _, it := range l.shown {
			c.record(it.Record)
		}
	}
	for _, s := range r.tab.series {
		for _, p := range s.Points {
			c.record(p.Figure.Record)
			for _, o := range p.Others[:min(len(p.Others), maxOthersShown)] {
				c.record(o.Record)
			}
		}
	}
	for _, m := range b.InBrief {
		c.check("In brief", "message", m.Text)
	}
	for _, it := range r.plan.recent {
		c.record(it.Record)
	}
	for _, a := range shownAhead(b) {
		c.check("dates ahead", "text", a.Text)
	}
	for _, kf := range b.KeyFigures {
		c.record(kf.Latest.Record)
		for _, f := range shownConflicts(kf) {
			c.record(f.Record)
		}
		if kf.Mirror != nil {
			c.record(kf.Mirror.Record)
		}
		if kf.Change != nil {
			c.record(kf.Change.From.Record)
		}
	}
	for _, kind := range slices.Sorted(maps.Keys(r.plan.notes)) {
		for _, n := range r.plan.notes[kind].shown {
			where := "a note"
			if len(n.Records) > 0 {
				where = fmt.Sprintf("note on record %q", n.Records[0])
			}
			c.check(where, "text", n.Text)
		}
	}
	for _, s := range b.Sources {
		if r.plan.cited[s.Number] {
			c.source(s.Source)
		}
	}
}

func (c *runeChecker) country(ctry dataset.Country) {
	where := fmt.Sprintf("country %q", ctry.Code)
	c.check(where, "code", ctry.Code)
	c.check(where, "name", ctry.Name)
	for _, lang := range slices.Sorted(maps.Keys(ctry.Translations)) {
		c.check(where, "name ("+lang+")", ctry.Translations[lang].Name)
	}
}

func (c *runeChecker) sector(s dataset.Sector) {
	where := fmt.Sprintf("sector %q", s.ID)
	c.check(where, "name", s.Name)
	c.check(where, "description", s.Description)
	for _, lang := range slices.Sorted(maps.Keys(s.Translations)) {
		c.check(where, "name ("+lang+")", s.Translations[lang].Name)
	}
}

func (c *runeChecker) record(r *dataset.Record) {
	if r == nil || c.records[r.ID] {
		return
	}
	c.records[r.ID] = true
	where := fmt.Sprintf("record %q", r.ID)
	c.check(where, "id", r.ID)
	c.check(where, "title", r.Title)
	c.check(where, "summary", r.Summary)
	c.check(where, "caveat", r.Caveat)
	for _, lang := range slices.Sorted(maps.Keys(r.Translations)) {
		c.check(where, "title ("+lang+")", r.Translations[lang].Title)
		c.check(where, "summary ("+lang+")", r.Translations[lang].Summary)
	}
	c.check(where, "reporter", r.Reporter)
	c.check(where, "partner", r.Partner)
	c.check(where, "sectors", strings.Join(r.Sectors, " "))
	if r.Derived != nil {
		c.check(where, "derived method", r.Derived.Method)
	}
}

func (c *runeChecker) source(s dataset.Source) {
	where := fmt.Sprintf("source %q", s.ID)
	c.check(where, "id", s.ID)
	c.check(where, "title", s.Title)
	c.check(where, "publisher", s.Publisher)
	c.check(where, "author", s.Author)
	c.check(where, "date", s.Date)
	c.check(where, "date note", s.DateNote)
	c.check(where, "address", s.Address)
	c.check(where, "language", s.Language)
	c.check(where, "note", s.Note)
	c.check(where, "vintage", s.Vintage)
}
