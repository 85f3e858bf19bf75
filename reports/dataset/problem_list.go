package dataset

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// MaxListedProblems is how many problems a ValidationError lists one by one. A million
// records with the same mistake would otherwise print a million lines (tens of megabytes)
// that nobody reads; past the first MaxListedProblems the rest are counted by kind.
const MaxListedProblems = 200

// Lines gives the problems as the CLI prints them and the application lists them: the first
// MaxListedProblems one per line, then, when there are more, a line saying how many more and
// one line per kind of problem with its count, most frequent first:
//
//	and 99,800 more problems of the same kinds:
//	  99,800 × field "date": not a date …
func (e *ValidationError) Lines() []string {
	n := min(len(e.Problems), MaxListedProblems)
	lines := make([]string, 0, n+4)
	for _, p := range e.Problems[:n] {
		lines = append(lines, p.String())
	}
	rest := e.Problems[n:]
	if len(rest) == 0 {
		return lines
	}
	type kindCount struct {
		kind  string
		count int
		first int
	}
	counts := map[string]*kindCount{}
	var kinds []*kindCount
	for i, p := range rest {
		k := p.kind()
		c, ok := counts[k]
		if !ok {
			c = &kindCount{kind: k, first: i}
			counts[k] = c
			kinds = append(kinds, c)
		}
		c.count++
	}
	slices.SortStableFunc(kinds, func(a, b *kindCount) int { return cmp.Compare(b.count, a.count) })
	lines = append(lines, fmt.Sprintf("and %s more problems of these kinds:", groupThousands(len(rest))))
	for _, c := range kinds {
		lines = append(lines, fmt.Sprintf("  %s × %s", groupThousands(c.count), c.kind))
	}
	return lines
}

// Total is how many problems were found, listed or not.
func (e *ValidationError) Total() int { return len(e.Problems) }

// kind is what a problem says without saying where: the field or column without its
// index, and the message with quoted values and numbers blanked, so that one bad date in
// a hundred thousand records counts as one kind.
func (p Problem) kind() string {
	var b strings.Builder
	switch {
	case p.Column != "":
		fmt.Fprintf(&b, "column %q: ", p.Column)
	case p.Field != "":
		fmt.Fprintf(&b, "field %q: ", blankIndexes(fieldInRecord(p.Field)))
	}
	b.WriteString(blankValues(p.Message))
	return b.String()
}

// blankIndexes turns "sectors[3]" into "sectors[…]".
func blankIndexes(field string) string {
	var b strings.Builder
	in := false
	for _, r := range field {
		switch {
		case r == '[':
			in = true
			b.WriteString("[…")
		case r == ']':
			in = false
			b.WriteRune(r)
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// blankValues replaces each quoted value by "…" and each run of digits by "N".
func blankValues(msg string) string {
	var b strings.Builder
	quoted, digits := false, false
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case quoted:
			if c == '\\' {
				i++
			} else if c == '"' {
				quoted = false
				b.WriteString(`…"`)
			}
		case c == '"':
			quoted = true
			b.WriteByte(c)
		case c >= '0' && c <= '9':
			if !digits {
				b.WriteByte('N')
			}
			digits = true
			continue
		default:
			b.WriteByte(c)
		}
		digits = false
	}
	return b.String()
}

// groupThousands writes n with commas between groups of three digits: 99,800.
func groupThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
