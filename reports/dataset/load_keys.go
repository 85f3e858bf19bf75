package dataset

import "bytes"

// encoding/json matches a member name to a field regardless of case ("TITLE" fills title)
// and keeps the last of two members of the same name, so a document can say two things and
// be read as one of them. keyScan watches the member names as the document streams past
// the strict decoder and flags any object that names a member twice, and any name with a
// capital letter or an escape, which the format's names never have: such a document goes
// to the diagnosis, which says exactly what is wrong (diagnose_decode.go), or, when the
// capital letter was in a name the format leaves free, loads it after all.

// keyScan is a tolerant scanner of JSON member names fed in pieces. It never judges syntax;
// the decoder does.
type keyScan struct {
	flagged  bool
	inString bool
	escape   bool
	isKey    bool
	// expectKey is true where the next string is a member name.
	expectKey bool
	cur       []byte
	stack     []keyFrame
	depth     int
}

// keyFrame is one open object or array; an object's names so far are in names, ends[i]
// marking where the i-th ends. Frames are reused, so the scan allocates once per depth.
type keyFrame struct {
	object bool
	names  []byte
	ends   []int
}

func (k *keyScan) feed(b []byte) {
	for i := 0; i < len(b) && !k.flagged; i++ {
		c := b[i]
		if k.inString {
			switch {
			case k.escape:
				k.escape = false
			case c == '\\':
				k.escape = true
				k.flagged = k.isKey
			case c == '"':
				k.inString = false
				if k.isKey {
					k.endKey()
				}
			case k.isKey:
				k.cur = append(k.cur, c)
				k.flagged = 'A' <= c && c <= 'Z'
			default:
				// Skip the rest of a value string at once, up to its closing quote, when no
				// escape comes first (IndexByte is many times faster than a loop).
				j := bytes.IndexByte(b[i:], '"')
				if j < 0 {
					j = len(b) - i
				}
				if bytes.IndexByte(b[i:i+j], '\\') < 0 {
					i += j - 1
				}
			}
			continue
		}
		switch c {
		case '"':
			k.inString = true
			k.isKey = k.expectKey
			k.cur = k.cur[:0]
		case '{', '[':
			if k.depth == len(k.stack) {
				k.stack = append(k.stack, keyFrame{})
			}
			f := &k.stack[k.depth]
			f.object, f.names, f.ends = c == '{', f.names[:0], f.ends[:0]
			k.depth++
			k.expectKey = f.object
		case '}', ']':
			if k.depth > 0 {
				k.depth--
			}
			k.expectKey = false
		case ',':
			k.expectKey = k.depth > 0 && k.stack[k.depth-1].object
		case ':':
			k.expectKey = false
		}
	}
}

func (k *keyScan) endKey() {
	if k.depth == 0 {
		return
	}
	f := &k.stack[k.depth-1]
	start := 0
	for _, end := range f.ends {
		if bytes.Equal(f.names[start:end], k.cur) {
			k.flagged = true
			return
		}
		start = end
	}
	f.names = append(f.names, k.cur...)
	f.ends = append(f.ends, len(f.names))
}
