package dataset

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"
)

// jsonText walks a JSON document that encoding/json has already found well-formed, giving
// the byte offset of every value: the diagnosis needs them for line numbers. It never
// checks syntax itself, but stays within bounds whatever the input.
type jsonText struct {
	data       []byte
	lineStarts []int // offsets where lines begin, built on first use
}

// jsonKind is the kind of value starting at an offset.
type jsonKind uint8

const (
	jsonNone jsonKind = iota
	jsonObject
	jsonArray
	jsonString
	jsonNumber
	jsonBool
	jsonNull
)

func (t *jsonText) skipSpace(pos int) int {
	for pos < len(t.data) {
		switch t.data[pos] {
		case ' ', '\t', '\n', '\r':
			pos++
		default:
			return pos
		}
	}
	return pos
}

func (t *jsonText) kind(pos int) jsonKind {
	if pos >= len(t.data) {
		return jsonNone
	}
	switch c := t.data[pos]; {
	case c == '{':
		return jsonObject
	case c == '[':
		return jsonArray
	case c == '"':
		return jsonString
	case c == 't' || c == 'f':
		return jsonBool
	case c == 'n':
		return jsonNull
	case c == '-' || (c >= '0' && c <= '9'):
		return jsonNumber
	}
	return jsonNone
}

// end returns the offset just after the value starting at pos.
func (t *jsonText) end(pos int) int {
	switch t.kind(pos) {
	case jsonObject:
		return t.members(pos, func(_, _, value int) int { return t.end(value) })
	case jsonArray:
		return t.elements(pos, func(_, value int) int { return t.end(value) })
	case jsonString:
		for i := pos + 1; i < len(t.data); i++ {
			switch t.data[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return len(t.data)
	case jsonNumber, jsonBool, jsonNull:
		i := pos
		for i < len(t.data) && strings.IndexByte(" \t\r\n,:]}", t.data[i]) < 0 {
			i++
		}
		return i
	}
	return min(pos+1, len(t.data))
}

// members calls visit for each member of the object at pos with the offsets of its key and
// value; visit returns the offset after the value. members returns the offset after the
// object.
func (t *jsonText) members(pos int, visit func(key, keyEnd, value int) int) int {
	pos = t.skipSpace(pos + 1)
	for pos < len(t.data) && t.data[pos] != '}' {
		key := pos
		keyEnd := t.end(key)
		pos = t.skipSpace(keyEnd)
		if pos < len(t.data) && t.data[pos] == ':' {
			pos = t.skipSpace(pos + 1)
		}
		next := visit(key, keyEnd, pos)
		if next <= pos {
			next = pos + 1 // always move on, whatever the input
		}
		pos = t.skipSpace(next)
		if pos < len(t.data) && t.data[pos] == ',' {
			pos = t.skipSpace(pos + 1)
		}
	}
	return min(pos+1, len(t.data))
}

// elements calls visit for each element of the array at pos, like members.
func (t *jsonText) elements(pos int, visit func(index, value int) int) int {
	pos = t.skipSpace(pos + 1)
	for i := 0; pos < len(t.data) && t.data[pos] != ']'; i++ {
		next := visit(i, pos)
		if next <= pos {
			next = pos + 1
		}
		pos = t.skipSpace(next)
		if pos < len(t.data) && t.data[pos] == ',' {
			pos = t.skipSpace(pos + 1)
		}
	}
	return min(pos+1, len(t.data))
}

// str decodes the string value between pos and end, replacing invalid UTF-8 as
// encoding/json does. It also returns the offset of the first invalid byte, or -1.
func (t *jsonText) str(pos, end int) (string, int) {
	raw := t.data[pos:end]
	bad := -1
	if !utf8.Valid(raw) {
		for i := 0; i < len(raw); {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				bad = pos + i
				break
			}
			i += size
		}
	}
	if len(raw) >= 2 && bad < 0 && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), -1
	}
	var s string
	_ = json.Unmarshal(raw, &s) // well-formed already
	return s, bad
}

// line returns the 1-based line and byte column of an offset.
func (t *jsonText) line(offset int) (line, column int) {
	if t.lineStarts == nil {
		t.lineStarts = []int{0}
		for i, c := range t.data {
			if c == '\n' {
				t.lineStarts = append(t.lineStarts, i+1)
			}
		}
	}
	n := sort.Search(len(t.lineStarts), func(i int) bool { return t.lineStarts[i] > offset })
	return n, offset - t.lineStarts[n-1] + 1
}
