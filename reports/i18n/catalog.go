package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// The catalogs are messages/<lang>/*.json, each a flat JSON object of key → text. Every
// file of a language is merged into one catalog, so that each part of the project keeps its
// own file (pdf.json, xlsx.json, model.json, …) and adds keys without touching the others'.
//
//go:embed messages
var messageFiles embed.FS

// catalogs are the merged catalogs of every language, loaded once at start.
var catalogs = mustLoad(messageFiles)

// catalog is one language's messages: key → text.
type catalog map[string]string

func mustLoad(fsys fs.FS) map[Lang]catalog {
	c, err := load(fsys)
	if err != nil {
		panic("i18n: " + err.Error())
	}
	return c
}

// load reads messages/<lang>/*.json for every language of Langs. A key that two files of a
// language both define is an error naming both files: one of them would silently win.
func load(fsys fs.FS) (map[Lang]catalog, error) {
	cats := make(map[Lang]catalog, len(Langs))
	for _, l := range Langs {
		files, err := fs.Glob(fsys, path.Join("messages", string(l), "*.json"))
		if err != nil {
			return nil, err
		}
		cat := catalog{}
		from := map[string]string{} // key → the file that defined it
		for _, name := range files {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			var msgs map[string]string
			if err := json.Unmarshal(data, &msgs); err != nil {
				return nil, fmt.Errorf("%s: must be a flat JSON object of key to text: %w", name, err)
			}
			for _, key := range slices.Sorted(maps.Keys(msgs)) {
				if first, ok := from[key]; ok {
					return nil, fmt.Errorf("key %q is defined in both %s and %s: keep it in one file", key, first, name)
				}
				from[key] = name
				cat[key] = msgs[key]
			}
		}
		cats[l] = cat
	}
	return cats, nil
}

// text is the raw text of key in l, falling back to English, then to the key itself.
func (l Lang) text(key string) string {
	if s, ok := catalogs[l.lang()][key]; ok {
		return s
	}
	if s, ok := catalogs[En][key]; ok {
		return s
	}
	return key
}

// T is the text of key in l with its placeholders {0}, {1}, … replaced by the arguments in
// that position; the placeholders are numbered so that each language can order them as its
// grammar needs. A key l lacks falls back to English; a key no language has gives the key
// itself (a test makes sure none is missing). The arguments are strings, written already in
// l (l.Int, l.Number, words.Date): a million-record briefing writes a quarter of a million
// note texts, and boxing arguments for fmt took a third of their time.
func (l Lang) T(key string, args ...string) string {
	s := l.text(key)
	if len(args) == 0 || strings.IndexByte(s, '{') < 0 {
		return s
	}
	size := len(s)
	for _, a := range args {
		size += len(a)
	}
	var out strings.Builder
	out.Grow(size)
	fill(&out, s, args)
	return out.String()
}

// N is T for a counted phrase: the text of key+".one" when n is 1 and of key+".other"
// otherwise, with {0} being n as l writes it and {1}, {2}, … the further arguments.
// Languages without a grammatical plural define the same text for both.
func (l Lang) N(key string, n int, args ...string) string {
	suffix := ".other"
	if n == 1 {
		suffix = ".one"
	}
	return l.T(key+suffix, append([]string{l.Int(n)}, args...)...)
}

// fill writes s to out with each placeholder {i} that has an argument replaced by it; a
// brace that starts no such placeholder is kept as written.
func fill(out *strings.Builder, s string, args []string) {
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			out.WriteString(s)
			return
		}
		out.WriteString(s[:open])
		s = s[open:]
		if i, n, ok := placeholder(s); ok && i < len(args) {
			out.WriteString(args[i])
			s = s[n:]
			continue
		}
		out.WriteByte('{')
		s = s[1:]
	}
}

// placeholder reads the placeholder "{i}" at the start of s: its number and length.
func placeholder(s string) (i, n int, ok bool) {
	for n = 1; n < len(s) && n < 6 && '0' <= s[n] && s[n] <= '9'; n++ {
		i = i*10 + int(s[n]-'0')
	}
	if n == 1 || n >= len(s) || s[n] != '}' {
		return 0, 0, false
	}
	return i, n + 1, true
}

// placeholders lists the placeholder numbers s uses, sorted, each once.
func placeholders(s string) []int {
	var ps []int
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		s = s[open:]
		if i, n, ok := placeholder(s); ok {
			ps = append(ps, i)
			s = s[n:]
			continue
		}
		s = s[1:]
	}
	slices.Sort(ps)
	return slices.Compact(ps)
}

// Translations lists the texts of key in every language, English first, each distinct text
// once, placeholders unfilled: what a reader of documents in any language must recognise,
// such as a sheet name or a column header read back on import.
func Translations(key string) []string {
	var texts []string
	for _, l := range Langs {
		if s, ok := catalogs[l][key]; ok && !slices.Contains(texts, s) {
			texts = append(texts, s)
		}
	}
	return texts
}

// Keys lists every key of the English catalog, sorted.
func Keys() []string { return slices.Sorted(maps.Keys(catalogs[En])) }

// Has reports whether l's own catalog defines key, without falling back to English.
func (l Lang) Has(key string) bool {
	_, ok := catalogs[l.lang()][key]
	return ok
}
