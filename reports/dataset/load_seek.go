package dataset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// A document is decoded straight from its reader, record by record, without first reading
// it whole into memory: a 250 MB document of a million records would otherwise be held
// beside the dataset it decodes to for the whole decode. Only if something is wrong is it
// read again, whole, to find every problem and where it is: from the start when the reader
// can seek (a file), else from a copy kept as it was read (a pipe). A JSON syntax error ends
// the diagnosis there, so the document is read only as far as the error: /dev/stdin fed
// with zeros stops at the first byte, not at the size limit.

// streamFirst decodes and checks the document as it is read from r. It returns the dataset
// when the document is valid; otherwise the bytes the diagnosis needs: the whole document,
// or, after a JSON syntax error, the document as far as the error. The error is errTooLarge
// past limit bytes, or r's own.
func streamFirst(r io.Reader, limit int64) (*Dataset, []byte, error) {
	rs, seekable := r.(io.ReadSeeker)
	var start int64
	if seekable {
		var err error
		if start, err = rs.Seek(0, io.SeekCurrent); err != nil {
			seekable = false // a pipe or a terminal: nothing read yet
		}
	}
	var kept chunks
	src := r
	if !seekable {
		src = io.TeeReader(r, &kept)
	}
	in := &checkedReader{r: bufio.NewReaderSize(io.LimitReader(src, limit+1), 1<<16), limit: limit, blankAt: -1}
	d, syntaxErr := streamValid(in)
	switch {
	case d != nil:
		return d, nil, nil
	case in.read > limit:
		return nil, nil, errTooLarge
	case in.blankAt >= 0:
		return nil, nil, &blankRunError{offset: in.blankAt}
	case in.readErr != nil:
		return nil, nil, in.readErr
	}
	if !seekable {
		if !syntaxErr { // the diagnosis needs all of it
			if _, err := io.Copy(&kept, io.LimitReader(r, limit+1-kept.size)); err != nil {
				return nil, nil, err
			}
			if kept.size > limit {
				return nil, nil, errTooLarge
			}
		}
		return nil, kept.join(), nil
	}
	if _, err := rs.Seek(start, io.SeekStart); err != nil {
		return nil, nil, fmt.Errorf("reading the dataset again to report its problems: %w", err)
	}
	if syntaxErr {
		data := make([]byte, in.read)
		n, err := io.ReadFull(rs, data)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil, err
		}
		return nil, data[:n], nil
	}
	data, err := readLimited(rs, limit)
	return nil, data, err
}

// streamValid decodes and checks the document from in, or returns nil when it is not a
// valid document (or in fails). syntaxErr says that it stopped at a JSON syntax error.
func streamValid(in *checkedReader) (d *Dataset, syntaxErr bool) {
	if err := in.skipByteOrderMark(); err != nil {
		return nil, false
	}
	dec := json.NewDecoder(in)
	dec.DisallowUnknownFields()
	d = new(Dataset)
	var syntax *json.SyntaxError
	h, err := decodeDocument(dec, d, true)
	if err != nil {
		return nil, errors.As(err, &syntax)
	}
	if _, err := dec.Token(); err != io.EOF || !in.valid() {
		h.stop()
		return nil, errors.As(err, &syntax)
	}
	if in.keys.flagged {
		h.stop()
		return nil, false
	}
	hashed := h.finish(d) // before the check, which writes to the records
	c := newChecker("", len(d.Records))
	if c.checkDataset(d); len(c.problems) > 0 {
		return nil, false
	}
	if !hashed && d.setIdentity() != nil {
		return nil, false
	}
	return d, false
}

// chunks keeps what a reader that cannot seek gave, in pieces, so that a large document
// is copied once when it is joined rather than each time a buffer doubles.
type chunks struct {
	pieces [][]byte
	size   int64
}

const chunkSize = 1 << 20

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.pieces) == 0 || len(c.pieces[len(c.pieces)-1]) == chunkSize {
			c.pieces = append(c.pieces, make([]byte, 0, chunkSize))
		}
		last := &c.pieces[len(c.pieces)-1]
		k := min(len(p), chunkSize-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	c.size += int64(n)
	return n, nil
}

// join returns the pieces as one slice and lets them go.
func (c *chunks) join() []byte {
	data := make([]byte, 0, c.size)
	for i, p := range c.pieces {
		data = append(data, p...)
		c.pieces[i] = nil
	}
	return data
}

// checkedReader passes a document through while it checks that the bytes are UTF-8 and no
// more than limit.
type checkedReader struct {
	r       *bufio.Reader
	limit   int64
	read    int64
	utf8    utf8Check
	keys    keyScan // see load_keys.go
	readErr error   // the underlying reader's own error, other than io.EOF
	// blank counts the blank bytes (spaces, tabs, line breaks) in a row so far; blankAt is
	// where a run longer than MaxBlankRun begins, or -1.
	blank, blankAt int64
}

// MaxBlankRun is the most blank space (spaces, tabs, line breaks) a document may hold in a
// row. encoding/json's decoder reads blank space before a value again each time it reads
// more of the input, so its time grows with the square of a run's length: 300 MB of spaces
// took many minutes. No document needs a megabyte of blank space in a row.
const MaxBlankRun = 1 << 20

var errBlankRun = errors.New("too much blank space in a row")

var errCheckedReader = errors.New("not valid UTF-8, or too large")

func (c *checkedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		c.readErr = err
	}
	c.read += int64(n)
	c.utf8.feed(p[:n])
	c.keys.feed(p[:n])
	if c.countBlank(p[:n]) {
		return n, errBlankRun
	}
	if c.read > c.limit || c.utf8.bad {
		return n, errCheckedReader
	}
	return n, err
}

// countBlank follows the runs of blank space through b, which starts at c.read-len(b), and
// reports a run past MaxBlankRun. It looks only at the ends of b, where a run may continue
// from or into the next piece, unless b is long enough to hold a run past the limit itself.
func (c *checkedReader) countBlank(b []byte) bool {
	if c.blankAt >= 0 {
		return true
	}
	start := c.read - int64(len(b))
	lead := 0
	for lead < len(b) && isBlank(b[lead]) {
		lead++
	}
	if c.blank+int64(lead) > MaxBlankRun {
		c.blankAt = start - c.blank
		return true
	}
	if lead == len(b) {
		c.blank += int64(lead)
		return false
	}
	if len(b) > MaxBlankRun {
		run := 0
		for i := lead; i < len(b); i++ {
			if !isBlank(b[i]) {
				run = 0
				continue
			}
			if run++; run > MaxBlankRun {
				c.blankAt = start + int64(i+1-run)
				return true
			}
		}
	}
	trail := 0
	for trail < len(b) && isBlank(b[len(b)-1-trail]) {
		trail++
	}
	c.blank = int64(trail)
	return false
}

func isBlank(x byte) bool { return x == ' ' || x == '\n' || x == '\t' || x == '\r' }

// skipByteOrderMark drops the byte-order mark some editors start UTF-8 files with (Load
// blanks it the same way).
func (c *checkedReader) skipByteOrderMark() error {
	head, err := c.r.Peek(3)
	if err != nil && err != io.EOF {
		return err
	}
	if bytes.Equal(head, []byte("\uFEFF")) {
		_, err = c.r.Discard(3)
		c.read += 3
	}
	return err
}

// valid reports, at the end, whether every byte was valid UTF-8 within the limit.
func (c *checkedReader) valid() bool { return c.read <= c.limit && c.utf8.complete() }

// utf8Check validates a stream of bytes fed in pieces that may split a character.
type utf8Check struct {
	held [utf8.UTFMax]byte // the start of a character split by the end of a piece
	n    int
	bad  bool
}

func (c *utf8Check) feed(b []byte) {
	if c.bad || len(b) == 0 {
		return
	}
	if c.n > 0 { // finish the character the last piece split
		k := copy(c.held[c.n:], b)
		rest := c.held[:c.n+k]
		if !utf8.FullRune(rest) {
			c.n += k
			return
		}
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size <= 1 {
			c.bad = true
			return
		}
		b = b[size-c.n:]
		c.n = 0
	}
	end := len(b)
	for i := len(b) - 1; i >= 0 && i > len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				end = i
			}
			break
		}
	}
	if !utf8.Valid(b[:end]) {
		c.bad = true
		return
	}
	c.n = copy(c.held[:], b[end:])
}

// complete reports whether everything fed was valid UTF-8, with no character left unfinished.
func (c *utf8Check) complete() bool { return !c.bad && c.n == 0 }

// blankRunError says where a run of blank space longer than MaxBlankRun begins.
type blankRunError struct{ offset int64 }

func (e *blankRunError) Error() string {
	return fmt.Sprintf("from byte offset %d on, more than %s of blank space in a row: this is not a dataset document, or it was padded (remove the padding)",
		e.offset, byteSize(MaxBlankRun))
}
