package pdf_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"attache/internal/golden"
	"attache/internal/synthetic"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/pdf"
	"attache/reports/reportstest"
	"attache/reports/selection"
)

// TestGoldenText compares the text of the PDFs of several selections of the bundled dataset
// with testdata/<selection>.golden (pdftotext -layout).
func TestGoldenText(t *testing.T) {
	needTool(t, "pdftotext")
	d := reportstest.Bundled(t)
	for _, s := range reportstest.Golden {
		t.Run(s.Name, func(t *testing.T) {
			got := pdfText(t, render(t, build(t, d, s), pdf.Options{}), "-layout")
			golden.Check(t, filepath.Join("testdata", s.Name+".golden"), []byte(got))
		})
	}
}

// TestGoldenBrief keeps the text of the brief length of every golden selection, and holds
// it to its two pages.
func TestGoldenBrief(t *testing.T) {
	needTool(t, "pdftotext")
	d := reportstest.Bundled(t)
	for _, s := range reportstest.Golden {
		t.Run(s.Name, func(t *testing.T) {
			for _, paper := range []pdf.Paper{pdf.A4, pdf.Letter} {
				data := render(t, build(t, d, s), pdf.Options{Brief: true, Paper: paper})
				if n := pageCount(t, data); n > 2 {
					t.Errorf("%s brief: %d pages, want at most 2", paper, n)
				}
				if paper == pdf.A4 {
					golden.Check(t, filepath.Join("testdata", s.Name+"-brief.golden"), []byte(pdfText(t, data, "-layout")))
				}
			}
		})
	}
}

// TestBriefOfALargeSelection holds the brief of a large synthetic selection to two pages:
// tens of thousands of recent items, anniversaries and sources must not push it over (a
// million records were checked the same way by hand: two pages, 0.6 s).
func TestBriefOfALargeSelection(t *testing.T) {
	d := synthetic.Generate(50_000, 3)
	if err := dataset.Validate(d, "synthetic"); err != nil {
		t.Fatal(err)
	}
	b, err := reports.Build(context.Background(), d, selection.Selection{}, reports.Options{Generated: generated})
	if err != nil {
		t.Fatal(err)
	}
	if n := pageCount(t, render(t, b, pdf.Options{Brief: true})); n > 2 {
		t.Errorf("the brief of 50,000 records has %d pages, want at most 2", n)
	}
}

func TestByteIdentical(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	for _, o := range []pdf.Options{{}, {Paper: pdf.Letter, All: true}} {
		t.Run(fmt.Sprintf("%s all=%v", o.Paper, o.All), func(t *testing.T) {
			first, second := render(t, b, o), render(t, b, o)
			if !bytes.Equal(first, second) {
				t.Fatalf("two renders differ (%d and %d bytes)", len(first), len(second))
			}
		})
	}
}

func TestScriptsRender(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	text := pdfText(t, render(t, b, pdf.Options{All: true}))
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []struct{ name, text string }{
		{"Azerbaijani", azerbaijaniTitle},
		{"Korean", koreanTitle},
		{"Korean publisher", koreanPublisher},
		{"Korean summary", "정상회담에서 에너지 협력을 논의했다."},
		{"Russian", russianTitle},
		{"German", germanTitle},
		{"Azerbaijani country name", "Azərbaycan"},
		{"description marker", "(description) Press release on a state visit"},
	} {
		t.Run(want.name, func(t *testing.T) {
			if !strings.Contains(flat, want.text) {
				t.Errorf("the PDF's text lacks %q", want.text)
			}
		})
	}
}

func TestUncoveredRune(t *testing.T) {
	tests := []struct {
		name      string
		change    func(title string) (record, source string)
		wantWhere string
	}{
		{"record title", func(s string) (string, string) { return s, "" }, `record "E4"`},
		{"source title", func(s string) (string, string) { return "", s }, `source "s-de"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := scriptsDataset()
			rec, src := tc.change("Smile \U0001F600 please")
			if rec != "" {
				d.Records[3].Title = rec
			}
			if src != "" {
				d.Sources[3].Title = src
			}
			b := buildAll(t, d)
			dir := t.TempDir()
			path := filepath.Join(dir, "briefing.pdf")
			existing := filepath.Join(dir, "kept.pdf")
			if err := os.WriteFile(existing, []byte("old export"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, target := range []string{path, existing} {
				err := pdf.WriteFile(context.Background(), target, b, pdf.Options{})
				var ur *pdf.UncoveredRuneError
				if !errors.As(err, &ur) {
					t.Fatalf("WriteFile error = %v, want an *UncoveredRuneError", err)
				}
				if msg := err.Error(); !strings.Contains(msg, tc.wantWhere) || !strings.Contains(msg, "U+1F600") {
					t.Errorf("error %q does not name %s and U+1F600", msg, tc.wantWhere)
				}
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a failed export left %s behind", path)
			}
			if got, _ := os.ReadFile(existing); string(got) != "old export" {
				t.Errorf("a failed export changed an existing file to %q", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d files, want only the existing one", len(entries))
			}
		})
	}
}

func TestRightToLeftRefused(t *testing.T) {
	tests := []struct {
		name, title string
		want        rune
	}{
		{"Hebrew", "Visit to ירושלים", 0x05D9},
		{"Arabic", "باكو talks", 0x0628},
		{"right-to-left override", "abc‮def", 0x202E},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := scriptsDataset()
			d.Records[3].Title = tc.title
			b := buildAll(t, d)
			dir := t.TempDir()
			existing := filepath.Join(dir, "kept.pdf")
			if err := os.WriteFile(existing, []byte("old export"), 0o644); err != nil {
				t.Fatal(err)
			}
			err := pdf.WriteFile(context.Background(), existing, b, pdf.Options{})
			var rtl *pdf.RightToLeftError
			if !errors.As(err, &rtl) {
				t.Fatalf("WriteFile error = %v, want a *RightToLeftError", err)
			}
			if rtl.Where != `record "E4"` || rtl.Field != "title" || rtl.Rune != tc.want {
				t.Errorf("error at %s field %q rune U+%04X, want record \"E4\" title U+%04X", rtl.Where, rtl.Field, rtl.Rune, tc.want)
			}
			if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("U+%04X", tc.want)) || !strings.Contains(msg, "right to left") {
				t.Errorf("error %q does not name the character and the direction", msg)
			}
			if got, _ := os.ReadFile(existing); string(got) != "old export" {
				t.Errorf("a failed export changed an existing file to %q", got)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	qpdf, pdffonts := needTool(t, "qpdf"), needTool(t, "pdffonts")
	b := buildAll(t, scriptsDataset())
	path := writeTemp(t, "scripts.pdf", render(t, b, pdf.Options{All: true}))
	t.Run("qpdf check", func(t *testing.T) {
		if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --check: %v\n%s", err, out)
		}
	})
	t.Run("fonts embedded", func(t *testing.T) {
		out, err := exec.Command(pdffonts, path).Output()
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
		if len(lines) < 3 {
			t.Fatalf("pdffonts lists %d fonts, want the Latin faces and the Hangul one:\n%s", len(lines), out)
		}
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) < 7 || f[len(f)-5] != "yes" {
				t.Errorf("font not embedded: %s", l)
			}
			if !strings.Contains(l, "TrueType") {
				t.Errorf("font is not TrueType (a core font?): %s", l)
			}
		}
	})
}

func TestPageNumbers(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	text := pdfText(t, render(t, b, pdf.Options{All: true, MaxItemsPerSection: 1}))
	pages := strings.Count(text, "\f")
	if pages < 2 {
		t.Fatalf("want a document of several pages, got %d", pages)
	}
	for p := 1; p <= pages; p++ {
		if want := fmt.Sprintf("Page %d of %d", p, pages); !strings.Contains(text, want) {
			t.Errorf("no %q in the text", want)
		}
	}
}

func TestPaper(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	for _, tc := range []struct {
		paper pdf.Paper
		box   string
	}{
		{pdf.A4, "/MediaBox [0 0 595.28 841.89]"},
		{pdf.Letter, "/MediaBox [0 0 612.00 792.00]"},
	} {
		t.Run(tc.paper.String(), func(t *testing.T) {
			if doc := render(t, b, pdf.Options{Paper: tc.paper}); !bytes.Contains(doc, []byte(tc.box)) {
				t.Errorf("no %s in the document", tc.box)
			}
		})
	}
}

func TestLongSections(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	tests := []struct {
		name    string
		o       pdf.Options
		want    []string
		notWant []string
	}{
		{"cut", pdf.Options{MaxItemsPerSection: 1, MaxTimelineRows: 2},
			[]string{"Showing the 1 most recent of", "workbook's Records sheet lists every record", "export the PDF with its appendix"},
			[]string{"Appendix: every record"}},
		{"cut with appendix", pdf.Options{MaxItemsPerSection: 1, All: true},
			[]string{"Showing the 1 most recent of", "and so does the appendix", "Appendix: every record", "MP2020", "I2"},
			nil},
		{"no cut", pdf.Options{}, nil, []string{"Showing the"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(strings.Fields(pdfText(t, render(t, b, tc.o))), " ")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text has %q", w)
				}
			}
		})
	}
}

func TestEmptyBriefing(t *testing.T) {
	d := reportstest.Bundled(t)
	b := build(t, d, reportstest.Named{Name: "none", Sectors: []string{"defence"}, From: "1993", To: "1994"})
	if !b.Empty() {
		t.Fatalf("the selection matched %d records, want none", len(b.Records))
	}
	text := strings.Join(strings.Fields(pdfText(t, render(t, b, pdf.Options{All: true}))), " ")
	for _, want := range []string{"Nothing matched this selection", "No record of the dataset falls in the period", "Page 1 of 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

func TestCancel(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(t.TempDir(), "cancelled.pdf")
	if err := pdf.WriteFile(ctx, path, b, pdf.Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a cancelled export left a file")
	}
}

func TestProgress(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	var calls [][2]int
	o := pdf.Options{All: true, Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }}
	render(t, b, o)
	if len(calls) == 0 {
		t.Fatal("Progress was never called")
	}
	last := calls[len(calls)-1]
	if last[0] != last[1] || last[1] == 0 {
		t.Errorf("last progress = %d of %d, want done = total", last[0], last[1])
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] || calls[i][1] != last[1] {
			t.Fatalf("progress went %v then %v", calls[i-1], calls[i])
		}
	}
}

func TestProperties(t *testing.T) {
	tool := needTool(t, "pdfinfo")
	b := buildAll(t, scriptsDataset())
	b.Cover.PreparedBy = "Desk officer"
	path := writeTemp(t, "props.pdf", render(t, b, pdf.Options{}))
	out, err := exec.Command(tool, "-enc", "UTF-8", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`(?m)^Title:\s+Azərbaycan – 대한민국: bilateral briefing$`,
		`(?m)^Author:\s+Desk officer$`,
		`(?m)^Subject:\s+Azərbaycan – 대한민국: bilateral relations briefing`,
		`(?m)^Keywords:\s+bilateral relations, briefing, Azərbaycan, 대한민국, Diplomacy & politics`,
		`(?m)^Creator:\s+Attaché test$`,
		`(?m)^CreationDate:\s+Wed Dec  2 00:00:00 2026`,
	} {
		if !regexp.MustCompile(want).Match(out) {
			t.Errorf("pdfinfo lacks %s:\n%s", want, out)
		}
	}
}

func TestBookmarks(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	outlines := readOutlines(t, render(t, b, pdf.Options{All: true}))
	var got []string
	var walk func(level int, items []outline)
	walk = func(level int, items []outline) {
		for _, o := range items {
			got = append(got, strings.Repeat("  ", level)+o.Title)
			walk(level+1, o.Kids)
		}
	}
	walk(0, outlines)
	want := []string{
		"Cover", "In brief", "Recent developments", "Key figures", "Trade by year", "Figures by year",
		"Developments by sector", "  Diplomacy & politics", "  Trade / 무역", "  Energy / Энергетика",
		"Timeline", "Notes", "  Conflicting figures", "  Part-year figures", "  Inferred dates",
		"Sources", "Appendix: every record",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bookmarks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// readOutlines returns the bookmarks of a PDF as qpdf reads them.
func readOutlines(t *testing.T, data []byte) []outline {
	t.Helper()
	qpdf := needTool(t, "qpdf")
	path := writeTemp(t, "outlines.pdf", data)
	out, err := exec.Command(qpdf, "--json", "--json-key=outlines", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Outlines
}

// outline is one bookmark as qpdf's JSON describes it.
type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
	Dest  []any     `json:"dest"` // page, /XYZ, left, top, zoom
	Page  int       `json:"destpageposfrom1"`
}

// TestHeadingsKeptWithNext checks, on the whole bundled briefing, that no bookmarked
// heading sits in the last lines of a page: something of what it introduces follows it.
func TestHeadingsKeptWithNext(t *testing.T) {
	b := build(t, reportstest.Bundled(t), reportstest.Named{Name: "whole-range"})
	outlines := readOutlines(t, render(t, b, pdf.Options{All: true}))
	// The text area ends 64 pt above the bottom edge; the smallest heading (18 pt with its
	// space after) and one line of small text (10 pt) need 28 pt above that.
	const lowest = 64 + 28
	var walk func(items []outline)
	count := 0
	walk = func(items []outline) {
		for _, o := range items {
			count++
			if len(o.Dest) > 3 {
				if y, ok := o.Dest[3].(float64); ok && y < lowest {
					t.Errorf("heading %q on page %d starts %.0f pt from the bottom edge: it is left alone there", o.Title, o.Page, y)
				}
			}
			walk(o.Kids)
		}
	}
	walk(outlines)
	if count < 20 {
		t.Errorf("only %d bookmarks in the whole briefing", count)
	}
}

// TestTableHeaderRepeats checks that a table running over pages repeats its header on
// each of them.
func TestTableHeaderRepeats(t *testing.T) {
	b := build(t, reportstest.Bundled(t), reportstest.Named{Name: "whole-range"})
	text := pdfText(t, render(t, b, pdf.Options{All: true}), "-layout")
	pages := strings.Split(text, "\f")
	continued := 0
	for i, p := range pages {
		for _, tc := range []struct{ caption, header string }{
			{"Appendix (continued)", "Title and figure"},
			{"Timeline (continued)", "What happened"},
			{"Figures by year (continued)", "Year"},
		} {
			if strings.Contains(p, tc.caption) {
				continued++
				if !strings.Contains(p, tc.header) {
					t.Errorf("page %d continues a table without its header %q", i+1, tc.header)
				}
			}
		}
	}
	if continued < 5 {
		t.Errorf("only %d continued tables in the whole briefing with its appendix", continued)
	}
}

// TestTextStaysInItsArea checks with the words' boxes that every word of the content lies
// inside the text area, between the header rule and the footer rule, and within the side
// margins: nothing overflows a page.
func TestTextStaysInItsArea(t *testing.T) {
	b := build(t, reportstest.Bundled(t), reportstest.Named{Name: "whole-range"})
	for _, paper := range []pdf.Paper{pdf.A4, pdf.Letter} {
		t.Run(paper.String(), func(t *testing.T) {
			out := pdfText(t, render(t, b, pdf.Options{All: true, Paper: paper}), "-bbox")
			pageRe := regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
			wordRe := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
			pages := pageRe.FindAllStringSubmatchIndex(out, -1)
			if len(pages) == 0 {
				t.Fatal("no pages in pdftotext -bbox output")
			}
			for i, p := range pages {
				var w, h float64
				fmt.Sscan(out[p[2]:p[3]]+" "+out[p[4]:p[5]], &w, &h)
				end := len(out)
				if i+1 < len(pages) {
					end = pages[i+1][0]
				}
				for _, m := range wordRe.FindAllStringSubmatch(out[p[1]:end], -1) {
					var x0, y0, x1, y1 float64
					fmt.Sscan(m[1]+" "+m[2]+" "+m[3]+" "+m[4], &x0, &y0, &x1, &y1)
					furniture := y1 < 46 || y0 > h-40 // header and footer bands
					switch {
					case x0 < 60-1 || x1 > w-60+1:
						t.Errorf("page %d: %q at x %.1f–%.1f crosses a side margin", i+1, m[5], x0, x1)
					case !furniture && y1 > h-64+2.5:
						t.Errorf("page %d: %q ends at y %.1f, below the text area (%.1f)", i+1, m[5], y1, h-64)
					}
				}
			}
		})
	}
}

// TestConcurrentRenders renders one briefing from several goroutines at once (the GUI and
// a batch may): the fonts parsed once per process are shared, and every result is the same.
func TestConcurrentRenders(t *testing.T) {
	b := buildAll(t, scriptsDataset())
	want := render(t, b, pdf.Options{})
	results := make(chan []byte, 3)
	for range 3 {
		go func() {
			var buf bytes.Buffer
			if err := pdf.Render(context.Background(), &buf, b, pdf.Options{}); err != nil {
				t.Error(err)
			}
			results <- buf.Bytes()
		}()
	}
	for range 3 {
		if got := <-results; !bytes.Equal(got, want) {
			t.Error("a concurrent render differs from a lone one")
		}
	}
}

func TestLinks(t *testing.T) {
	doc := render(t, buildAll(t, scriptsDataset()), pdf.Options{})
	for _, want := range []string{
		"/Subtype /Link",
		"/URI (https://example.az/x%C9%99b%C9%99r/2019/10/10/uzun-%C3%BCnvan",
	} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("the document has no %s", want)
		}
	}
}
