package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner reads an XML part of a workbook as a stream of tags and text, for the two parts
// that can be large: a worksheet and the shared text. encoding/xml, through excelize's row
// iterator, read a full sheet of 1,048,576 rows (a 700 MB part) in about 140 s of CPU, half
// of it tokenising and half formatting every cell; the import that reads it with this scanner
// takes about 18 s, zip checks and records included (docs/performance.md). It knows what
// these parts use — elements, attributes, text, character references, CDATA, comments — and
// refuses a document type declaration, whose entities could expand without bound.
//
// A token's bytes are valid until the next call of next.
type xmlScanner struct {
	r      io.Reader
	buf    []byte
	pos    int   // the next unread byte of buf
	base   int64 // the offset in the part of buf[0]
	eof    bool  // r has no more bytes
	readEr error // what r failed with, if not io.EOF
}

// maxXMLToken is the largest tag or run of text the scanner holds: a workbook cell holds at
// most 32,767 characters, each at most 10 bytes when written as a character reference.
const maxXMLToken = 1 << 20

type xmlKind int

const (
	xmlStart xmlKind = iota // <name attributes> or <name attributes/>
	xmlEnd                  // </name>
	xmlText                 // text between tags, undecoded
	xmlCDATA                // the text of <![CDATA[...]]>
	xmlEOF
)

type xmlToken struct {
	kind   xmlKind
	name   []byte // the local name, without a namespace prefix
	attrs  []byte // a start tag's attributes, undecoded
	closed bool   // a start tag that ends with "/>"
	text   []byte
	offset int64 // where the token starts in the part
}

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: r, buf: make([]byte, 0, 256<<10)}
}

// xmlError is malformed XML at a byte offset of the part.
type xmlError struct {
	offset int64
	msg    string
}

func (e *xmlError) Error() string {
	return fmt.Sprintf("malformed XML at byte %d: %s", e.offset, e.msg)
}

func (s *xmlScanner) fail(at int, format string, args ...any) error {
	return &xmlError{offset: s.base + int64(at), msg: fmt.Sprintf(format, args...)}
}

// fill reads more of the part, keeping buf[s.pos:], and reports whether it got any.
func (s *xmlScanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:])
		s.base += int64(s.pos)
		s.buf, s.pos = s.buf[:n], 0
	}
	if len(s.buf) == cap(s.buf) {
		if cap(s.buf) >= maxXMLToken {
			return false
		}
		s.buf = append(make([]byte, 0, 2*cap(s.buf)), s.buf...)
	}
	n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
	s.buf = s.buf[:len(s.buf)+n]
	if err != nil {
		s.eof = true
		if !errors.Is(err, io.EOF) {
			s.readEr = err
		}
	}
	return n > 0 || !s.eof
}

// find returns the index in buf, at or after from, of the first byte of sep, reading more
// of the part as needed; -1 when the part ends (or the token would pass maxXMLToken) first.
func (s *xmlScanner) find(from int, sep []byte) int {
	searched := from
	for {
		if i := bytes.Index(s.buf[searched:], sep); i >= 0 {
			return searched + i
		}
		searched = max(from, len(s.buf)-len(sep)+1)
		start := s.pos
		if !s.fill() {
			return -1
		}
		from -= start - s.pos
		searched -= start - s.pos
	}
}

// tagEnd returns the index of the '>' that ends the tag starting at from, past quoted
// attribute values, or -1.
func (s *xmlScanner) tagEnd(from int) int {
	var quote byte
	for i := from; ; {
		if i == len(s.buf) {
			start := s.pos
			if !s.fill() {
				return -1
			}
			i -= start - s.pos
			continue
		}
		switch c := s.buf[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
		i++
	}
}

var (
	tagOpen      = []byte("<")
	cdataOpen    = []byte("<![CDATA[")
	cdataClose   = []byte("]]>")
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
	piClose      = []byte("?>")
)

// next returns the next token of the part.
func (s *xmlScanner) next() (xmlToken, error) {
	for {
		if s.pos == len(s.buf) && !s.fill() {
			if s.readEr != nil {
				return xmlToken{}, s.readEr
			}
			if s.pos < len(s.buf) { // a token longer than maxXMLToken
				return xmlToken{}, s.fail(s.pos, "a tag or text longer than %d bytes", maxXMLToken)
			}
			return xmlToken{kind: xmlEOF, offset: s.base + int64(s.pos)}, nil
		}
		at := s.pos
		if s.buf[at] != '<' {
			end := s.find(at, tagOpen)
			if end < 0 {
				if s.readEr != nil {
					return xmlToken{}, s.readEr
				}
				if len(s.buf)-s.pos >= maxXMLToken {
					return xmlToken{}, s.fail(s.pos, "a tag or text longer than %d bytes", maxXMLToken)
				}
				end = len(s.buf)
			}
			t := xmlToken{kind: xmlText, text: s.buf[s.pos:end], offset: s.base + int64(s.pos)}
			s.pos = end
			return t, nil
		}
		for len(s.buf)-s.pos < len(cdataOpen) && s.fill() { // room to tell the kinds apart
		}
		at = s.pos // fill moves what is left to the buffer's start
		rest := s.buf[at:]
		switch {
		case bytes.HasPrefix(rest, cdataOpen):
			end := s.find(at+len(cdataOpen), cdataClose)
			if end < 0 {
				return xmlToken{}, s.fail(s.pos, "CDATA section never ends")
			}
			t := xmlToken{kind: xmlCDATA, text: s.buf[s.pos+len(cdataOpen) : end], offset: s.base + int64(s.pos)}
			s.pos = end + len(cdataClose)
			return t, nil
		case bytes.HasPrefix(rest, commentOpen):
			end := s.find(at+len(commentOpen), commentClose)
			if end < 0 {
				return xmlToken{}, s.fail(s.pos, "comment never ends")
			}
			s.pos = end + len(commentClose)
			continue
		case bytes.HasPrefix(rest, []byte("<?")):
			end := s.find(at+2, piClose)
			if end < 0 {
				return xmlToken{}, s.fail(s.pos, "processing instruction never ends")
			}
			s.pos = end + len(piClose)
			continue
		case bytes.HasPrefix(rest, []byte("<!")):
			return xmlToken{}, s.fail(at, "a document type declaration, which a workbook part never has")
		}
		end := s.tagEnd(at + 1)
		if end < 0 {
			if s.readEr != nil {
				return xmlToken{}, s.readEr
			}
			return xmlToken{}, s.fail(s.pos, "tag never ends")
		}
		tag := s.buf[s.pos+1 : end]
		t := xmlToken{kind: xmlStart, offset: s.base + int64(s.pos)}
		s.pos = end + 1
		if len(tag) > 0 && tag[0] == '/' {
			t.kind, tag = xmlEnd, bytes.TrimRight(tag[1:], " \t\r\n")
		} else if len(tag) > 0 && tag[len(tag)-1] == '/' {
			t.closed, tag = true, tag[:len(tag)-1]
		}
		nameEnd := bytes.IndexAny(tag, " \t\r\n")
		if nameEnd < 0 {
			nameEnd = len(tag)
		}
		t.name, t.attrs = localName(tag[:nameEnd]), tag[nameEnd:]
		if len(t.name) == 0 {
			return xmlToken{}, &xmlError{offset: t.offset, msg: "a tag without a name"}
		}
		return t, nil
	}
}

// localName is name without its namespace prefix ("x:row" is "row").
func localName(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// attr returns the value of the attribute whose local name is name, undecoded, and whether
// the tag has it.
func attr(attrs []byte, name string) ([]byte, bool) {
	for len(attrs) > 0 {
		attrs = bytes.TrimLeft(attrs, " \t\r\n")
		eq := bytes.IndexByte(attrs, '=')
		if eq < 0 {
			return nil, false
		}
		key := localName(bytes.TrimRight(attrs[:eq], " \t\r\n"))
		attrs = bytes.TrimLeft(attrs[eq+1:], " \t\r\n")
		if len(attrs) == 0 || (attrs[0] != '"' && attrs[0] != '\'') {
			return nil, false
		}
		end := bytes.IndexByte(attrs[1:], attrs[0])
		if end < 0 {
			return nil, false
		}
		value := attrs[1 : 1+end]
		attrs = attrs[2+end:]
		if string(key) == name {
			return value, true
		}
	}
	return nil, false
}

// appendText appends raw XML text to dst decoded: line ends normalised to "\n" as XML
// requires, and the five named entities and character references replaced.
func appendText(dst, raw []byte) ([]byte, error) {
	for len(raw) > 0 {
		i := bytes.IndexAny(raw, "&\r")
		if i < 0 {
			return append(dst, raw...), nil
		}
		dst, raw = append(dst, raw[:i]...), raw[i:]
		if raw[0] == '\r' {
			dst, raw = append(dst, '\n'), raw[1:]
			if len(raw) > 0 && raw[0] == '\n' {
				raw = raw[1:]
			}
			continue
		}
		end := bytes.IndexByte(raw, ';')
		if end < 0 || end > 12 {
			return dst, errors.New("an '&' that starts no entity")
		}
		name := string(raw[1:end])
		raw = raw[end+1:]
		switch name {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			r, err := charRef(name)
			if err != nil {
				return dst, err
			}
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst, nil
}

// appendCDATA appends the text of a CDATA section with its line ends normalised.
func appendCDATA(dst, raw []byte) []byte {
	for {
		i := bytes.IndexByte(raw, '\r')
		if i < 0 {
			return append(dst, raw...)
		}
		dst, raw = append(append(dst, raw[:i]...), '\n'), raw[i+1:]
		if len(raw) > 0 && raw[0] == '\n' {
			raw = raw[1:]
		}
	}
}

// charRef decodes the name of a character reference: "#65" or "#x41".
func charRef(name string) (rune, error) {
	var n uint64
	var err error
	switch {
	case len(name) > 2 && (name[:2] == "#x" || name[:2] == "#X"):
		n, err = strconv.ParseUint(name[2:], 16, 32)
	case len(name) > 1 && name[0] == '#':
		n, err = strconv.ParseUint(name[1:], 10, 32)
	default:
		return 0, fmt.Errorf("unknown entity &%s;", name)
	}
	if err != nil || n > utf8.MaxRune || !utf8.ValidRune(rune(n)) {
		return 0, fmt.Errorf("bad character reference &%s;", name)
	}
	return rune(n), nil
}
