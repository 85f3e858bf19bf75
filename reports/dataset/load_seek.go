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

// A document that can be read again (a file, a bytes.Reader) is decoded straight from the
// reader, record by record, without first reading it whole into memory: a 250 MB document of
// a million records would otherwise be held beside the dataset it decodes to for the whole
// decode. Only if something is wrong is it read again, whole, to find every problem and
// where it is, exactly as a document that can be read only once is.

// loadSeekable loads a valid document from r when r can seek. handled is false when r
// cannot seek, or the document is not valid or too large: r is then back where it was, for
// the path that reads it whole and reports every problem. An error is returned only when r
// could not be put back.
func loadSeekable(r io.Reader, name string, limit int64) (d *Dataset, handled bool, err error) {
	rs, ok := r.(io.ReadSeeker)
	if !ok {
		return nil, false, nil
	}
	start, err := rs.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil, false, nil // a pipe or a terminal: nothing read yet
	}
	d = streamValid(rs, limit)
	if _, err := rs.Seek(start, io.SeekStart); d == nil && err != nil {
		return nil, false, fmt.Errorf("%s: reading the dataset again to report its problems: %w", name, err)
	}
	if d == nil {
		return nil, false, nil
	}
	return d, true, nil
}

// streamValid decodes and checks the document from r, or returns nil when it is not a
// valid document of at most limit bytes (or r fails).
func streamValid(r io.Reader, limit int64) *Dataset {
	in := &checkedReader{r: bufio.NewReaderSize(io.LimitReader(r, limit+1), 1<<16), limit: limit}
	if err := in.skipByteOrderMark(); err != nil {
		return nil
	}
	dec := json.NewDecoder(in)
	dec.DisallowUnknownFields()
	d := new(Dataset)
	if err := decodeDocument(dec, d); err != nil {
		return nil
	}
	if _, err := dec.Token(); err != io.EOF || !in.valid() {
		return nil
	}
	c := newChecker("", len(d.Records))
	c.checkDataset(d)
	if len(c.problems) > 0 || d.setIdentity() != nil {
		return nil
	}
	return d
}

// checkedReader passes a document through while it checks that the bytes are UTF-8 and no
// more than limit.
type checkedReader struct {
	r     *bufio.Reader
	limit int64
	read  int64
	utf8  utf8Check
}

var errCheckedReader = errors.New("not valid UTF-8, or too large")

func (c *checkedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	c.utf8.feed(p[:n])
	if c.read > c.limit || c.utf8.bad {
		return n, errCheckedReader
	}
	return n, err
}

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
