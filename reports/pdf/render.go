// Package pdf renders a briefing as a PDF document an embassy officer can hand over as it
// is: a cover block, key figures, the trade chart, one section per sector, a timeline,
// notes and numbered sources, with a header, a "Page X of Y" footer and bookmarks.
//
// Text is real text in embedded subset TrueType fonts, drawn run by run in the first
// bundled font that has each character (Liberation Sans for Latin and Cyrillic, NanumGothic
// for Hangul). Every character of the briefing is checked before anything is drawn: one
// that no font has stops the export with an *UncoveredRuneError. With a fixed generation
// date two renders of the same briefing are byte-identical.
package pdf

import (
	"context"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"attache/reports"
	"attache/reports/atomicfile"
	"attache/reports/i18n"
)

// Paper is the page size of the document.
type Paper int

// The paper sizes a briefing can be printed on.
const (
	A4     Paper = iota // 210 × 297 mm, the default
	Letter              // US Letter, 8.5 × 11 in
)

// String names the paper as the command line spells it.
func (p Paper) String() string {
	if p == Letter {
		return "letter"
	}
	return "a4"
}

// Defaults of Options.
const (
	DefaultMaxItemsPerSection = 40
	DefaultMaxTimelineRows    = 150
)

// Options shape the document; the zero value is an A4 briefing without appendix.
type Options struct {
	Paper Paper
	// All adds an appendix that lists every record of the briefing.
	All bool
	// Brief makes the document at most two pages: the cover block, In brief, the key
	// figures and recent developments that fit, the dates ahead and the sources they cite
	// (All is then ignored).
	Brief bool
	// MaxItemsPerSection bounds a sector section: beyond it the section shows the most
	// recent items and says how many more the workbook (or the appendix) holds.
	// Zero means DefaultMaxItemsPerSection.
	MaxItemsPerSection int
	// MaxTimelineRows bounds the timeline the same way. Zero means DefaultMaxTimelineRows.
	MaxTimelineRows int
	// MaxNotesPerKind bounds the notes of each kind: beyond it the document shows the first
	// ones and says how many more the workbook's Notes sheet holds. Zero means
	// DefaultMaxNotesPerKind.
	MaxNotesPerKind int
	// Progress, when set, is called as pages are laid out; done reaches total at the end.
	Progress func(done, total int)
}

func (o Options) withDefaults() Options {
	if o.MaxItemsPerSection <= 0 {
		o.MaxItemsPerSection = DefaultMaxItemsPerSection
	}
	if o.MaxTimelineRows <= 0 {
		o.MaxTimelineRows = DefaultMaxTimelineRows
	}
	if o.MaxNotesPerKind <= 0 {
		o.MaxNotesPerKind = DefaultMaxNotesPerKind
	}
	return o
}

// WriteFile renders the briefing to path through a temporary file in the same folder that
// is renamed into place only when the document is complete: an error or a cancelled ctx
// leaves no partial file and an existing file untouched.
func WriteFile(ctx context.Context, path string, b *reports.Briefing, o Options) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		if err := Render(ctx, w, b, o); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}

// Render writes the briefing to w as a PDF. Nothing is written when it fails: a character
// no bundled font has (*UncoveredRuneError), a cancelled ctx (ctx.Err()), or a PDF error.
func Render(ctx context.Context, w io.Writer, b *reports.Briefing, o Options) error {
	if b == nil {
		return fmt.Errorf("render PDF: no briefing was given")
	}
	o = o.withDefaults()
	fits := briefFits[:1]
	if o.Brief {
		o.All = false
		fits = briefFits
	}
	var r *renderer
	// A brief is laid out with fewer key figures and recent developments until it fits on
	// its pages: laying out two pages again costs a few milliseconds.
	for i, fit := range fits {
		var err error
		if r, err = newRenderer(ctx, b, o, fit.keyFigures, fit.recent); err != nil {
			return fmt.Errorf("render PDF: %w", err)
		}
		if err := checkRunes(r); err != nil { // what the plan shows, before drawing
			return fmt.Errorf("render PDF: %w", err)
		}
		if err := r.document(); err != nil {
			return err
		}
		if !o.Brief || r.f.PageNo() <= briefPages || i == len(fits)-1 {
			break
		}
	}
	if err := r.f.Output(w); err != nil {
		return fmt.Errorf("render PDF: write the document: %w", err)
	}
	return nil
}

// renderer lays out one document.
type renderer struct {
	ctx context.Context
	f   *fpdf.Fpdf
	ts  *typesetter
	b   *reports.Briefing
	o   Options
	l   i18n.Lang // the language of the document (Cover.Lang)

	pageW, pageH             float64
	left, right, top, bottom float64 // the text area
	y                        float64 // the current position: top of what is drawn next

	// The face and size fpdf has current, so that runs do not reselect them.
	curFace   face
	curSize   float64
	fontValid bool
	added     [faceCount]bool

	// continuation draws what a page must start with while a table runs over pages.
	continuation func()
	// kept are the blocks waiting to be drawn with what follows them.
	kept []keptBlock
	// sourceLinks are the internal links to the entries of the sources list, by number.
	sourceLinks map[int]int
	// tab is what "Figures by year" shows.
	tab tabulation
	// plan is what the document shows of long lists (see plan.go).
	plan plan

	progress progress
}

// newRenderer prepares the layout of b; a brief shows at most keyFigures key figures and
// recent recent developments.
func newRenderer(ctx context.Context, b *reports.Briefing, o Options, keyFigures, recent int) (*renderer, error) {
	ts, err := newTypesetter()
	if err != nil {
		return nil, err
	}
	w, h := paperSize(o.Paper)
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	r := &renderer{
		ctx: ctx, f: f, ts: ts, b: b, o: o, l: b.Cover.Lang,
		pageW: w, pageH: h,
		left: marginSide, right: w - marginSide, top: marginTop, bottom: h - marginBottom,
	}
	r.tab = r.tabulate()
	r.plan = r.makePlan(keyFigures, recent)
	r.progress = progress{fn: o.Progress, total: r.countSteps()}
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginSide, marginTop, marginSide)
	f.SetCatalogSort(true)
	f.SetCreationDate(b.Cover.Generated)
	f.SetModificationDate(b.Cover.Generated)
	r.properties()
	return r, nil
}

// properties fills the document information dictionary.
func (r *renderer) properties() {
	c := r.b.Cover
	r.f.SetTitle(c.Title, true)
	author := c.PreparedBy
	if author == "" {
		author = "Attaché"
	}
	r.f.SetAuthor(author, true)
	r.f.SetSubject(r.t("pdf.properties.subject", c.PairText(), c.PeriodText()), true)
	keywords := []string{r.t("pdf.properties.keyword.relations"), r.t("pdf.properties.keyword.briefing")}
	for _, ctry := range c.Countries {
		keywords = append(keywords, r.b.CountryName(ctry.Code))
	}
	for _, s := range c.Sectors {
		keywords = append(keywords, r.b.SectorName(s.ID))
	}
	r.f.SetKeywords(strings.Join(keywords, ", "), true)
	creator := "Attaché"
	if c.AppVersion != "" {
		creator += " " + c.AppVersion
	}
	r.f.SetCreator(creator, true)
	r.f.SetLang(r.l.Tag())
}

// document lays out every part, then the header and footer of every page.
func (r *renderer) document() error {
	parts := []func(){
		r.cover,
		r.inBrief,
		r.recentDevelopments,
		r.datesAhead,
		r.keyFigures,
		r.tradeChart,
		r.figuresByYear,
		r.sections,
		r.timeline,
		r.notes,
		r.sources,
		r.appendix,
	}
	if r.o.Brief {
		parts = []func(){r.cover, r.inBrief, r.keyFigures, r.recentDevelopments, r.datesAhead, r.sources, r.briefClosing}
	}
	r.newPage()
	for _, part := range parts {
		part()
		r.flush()
		if err := r.failure(); err != nil {
			return err
		}
	}
	r.pageFurniture()
	if err := r.failure(); err != nil {
		return err
	}
	r.progress.finish()
	return nil
}

// fail stops the layout with err at the next check.
func (r *renderer) fail(err error) {
	if r.ts.err == nil {
		r.ts.err = err
	}
}

// failure returns why the layout must stop: a cancelled context, a layout fault or an
// fpdf error.
func (r *renderer) failure() error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if r.ts.err != nil {
		return fmt.Errorf("render PDF: %w", r.ts.err)
	}
	if err := r.f.Error(); err != nil {
		return fmt.Errorf("render PDF: %w", err)
	}
	return nil
}
