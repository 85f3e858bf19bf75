package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// rgb is a colour as fpdf takes it.
type rgb struct{ r, g, b int }

// textStyle is how a piece of text is set: size in points, weight, slant, colour, and how
// far above the baseline it sits (footnote numbers).
type textStyle struct {
	size         float64
	bold, italic bool
	color        rgb
	rise         float64
}

func (st *textStyle) chain() *[faceCount]face {
	i := 0
	if st.bold {
		i |= 1
	}
	if st.italic {
		i |= 2
	}
	return &fallbackChains[i]
}

// span is a piece of text in one style; a paragraph is a list of spans.
type span struct {
	text string
	st   *textStyle
}

// run is a stretch of a line drawn in one face and style.
type run struct {
	face  face
	st    *textStyle
	text  string
	width float64 // points
}

// textLine is one laid-out line: its runs, left to right.
type textLine struct {
	runs  []run
	width float64
}

// typesetter measures text and breaks it into lines and runs with the bundled faces.
type typesetter struct {
	faces [faceCount]*faceMetrics
	err   error // the first rune that no face has; checkRunes should have caught it
}

func newTypesetter() (*typesetter, error) {
	faces, err := loadAllMetrics()
	if err != nil {
		return nil, err
	}
	return &typesetter{faces: faces}, nil
}

// pick returns the first face of the chain that has r and its advance in points. A rune
// no face has is recorded as an error and measures nothing: it is never drawn.
func (t *typesetter) pick(st *textStyle, r rune) (face, float64) {
	chain := st.chain()
	if r >= 0 && r < 0x10000 {
		for _, fc := range chain {
			if w := t.faces[fc].widths[r]; w != notCovered {
				return fc, float64(w) * st.size / 1000
			}
		}
	}
	if t.err == nil {
		t.err = fmt.Errorf("internal error: character U+%04X reached layout without a font that has it", r)
	}
	return chain[0], 0
}

// clean turns the whitespace that layout does not draw into plain spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r") {
		return s
	}
	return strings.NewReplacer("\r\n", "\n", "\t", " ", "\r", "\n").Replace(s)
}

// width returns the width of s in points.
func (t *typesetter) width(s string, st *textStyle) float64 {
	w := 0.0
	for _, r := range s {
		_, rw := t.pick(st, r)
		w += rw
	}
	return w
}

// fit lays out s on one line no wider than maxW, cutting it with an ellipsis if needed.
func (t *typesetter) fit(s string, st *textStyle, maxW float64) textLine {
	s = strings.Join(strings.Fields(s), " ")
	if t.width(s, st) <= maxW {
		return t.line(s, st)
	}
	const ellipsis = "…"
	limit := maxW - t.width(ellipsis, st)
	w := 0.0
	for i, r := range s {
		_, rw := t.pick(st, r)
		if w+rw > limit {
			return t.line(strings.TrimRight(s[:i], " ")+ellipsis, st)
		}
		w += rw
	}
	return t.line(s, st)
}

// line lays out s as one line, however long.
func (t *typesetter) line(s string, st *textStyle) textLine {
	return t.lineOf(flatten([]span{{s, st}}), 0, len(s))
}

// wrap breaks s into lines no wider than maxW points.
func (t *typesetter) wrap(s string, st *textStyle, maxW float64) []textLine {
	return t.wrapSpans([]span{{s, st}}, maxW)
}

// breakAfter reports whether a line may break after r inside a long word (addresses).
func breakAfter(r rune) bool {
	switch r {
	case '/', '-', '?', '&', '=', '_', '–', '—':
		return true
	}
	return false
}

// flat is a paragraph's spans joined into one string, with where each span starts.
type flat struct {
	text   string
	starts []int
	styles []*textStyle
}

func flatten(spans []span) flat {
	var f flat
	if len(spans) == 1 {
		f.text = clean(spans[0].text)
		f.starts = []int{0}
		f.styles = []*textStyle{spans[0].st}
		return f
	}
	var sb strings.Builder
	for _, sp := range spans {
		f.starts = append(f.starts, sb.Len())
		f.styles = append(f.styles, sp.st)
		sb.WriteString(clean(sp.text))
	}
	f.text = sb.String()
	return f
}

// styleAt returns the style of the byte at i, moving the span cursor k forward.
func (f *flat) styleAt(i int, k *int) *textStyle {
	for *k+1 < len(f.starts) && f.starts[*k+1] <= i {
		*k++
	}
	return f.styles[*k]
}

// wrapSpans breaks a paragraph of styled spans into lines no wider than maxW points: at
// spaces, then after the characters of breakAfter, and inside a word only when the word
// alone is too wide. Newlines start new lines.
func (t *typesetter) wrapSpans(spans []span, maxW float64) []textLine {
	f := flatten(spans)
	var lines []textLine
	k := 0
	paraStart := 0
	for paraStart <= len(f.text) {
		paraEnd := strings.IndexByte(f.text[paraStart:], '\n')
		if paraEnd < 0 {
			paraEnd = len(f.text)
		} else {
			paraEnd += paraStart
		}
		start, lineW := paraStart, 0.0
		// The last place the line may break: where the line would end, how much of the
		// line's width lies before the next line's start, and where that start is.
		cut, consumed, rest := -1, 0.0, 0
		for i := paraStart; i < paraEnd; {
			r, size := utf8.DecodeRuneInString(f.text[i:])
			st := f.styleAt(i, &k)
			if i == start && r == ' ' {
				start, i = start+1, i+1
				continue
			}
			_, w := t.pick(st, r)
			for lineW+w > maxW && i > start {
				if cut > start {
					lines = append(lines, t.lineOf(f, start, cut))
					start, lineW = rest, lineW-consumed
				} else {
					lines = append(lines, t.lineOf(f, start, i))
					start, lineW = i, 0
				}
				cut = -1
				for start < i && f.text[start] == ' ' {
					_, sw := t.pick(f.styleAt(start, new(int)), ' ')
					start, lineW = start+1, lineW-sw
				}
			}
			if i == start && r == ' ' {
				start, i = start+1, i+1
				continue
			}
			lineW += w
			switch {
			case r == ' ':
				cut, consumed, rest = i, lineW, i+1
			case breakAfter(r):
				cut, consumed, rest = i+size, lineW, i+size
			}
			i += size
		}
		if strings.TrimSpace(f.text[start:paraEnd]) != "" || start == paraStart {
			lines = append(lines, t.lineOf(f, start, paraEnd))
		}
		paraStart = paraEnd + 1
	}
	return lines
}

// lineOf lays out f.text[from:to] as one line, split into runs of one face and style.
func (t *typesetter) lineOf(f flat, from, to int) textLine {
	for to > from && f.text[to-1] == ' ' {
		to--
	}
	var l textLine
	k := 0
	start, w := from, 0.0
	var cur face
	var curSt *textStyle
	for i, r := range f.text[from:to] {
		i += from
		st := f.styleAt(i, &k)
		fc, rw := t.pick(st, r)
		if (fc != cur || st != curSt) && i > start {
			l.runs = append(l.runs, run{face: cur, st: curSt, text: f.text[start:i], width: w})
			l.width += w
			start, w = i, 0
		}
		cur, curSt = fc, st
		w += rw
	}
	if start < to {
		l.runs = append(l.runs, run{face: cur, st: curSt, text: f.text[start:to], width: w})
		l.width += w
	}
	return l
}
