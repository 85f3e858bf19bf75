package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest document Load reads unless LoadOptions says otherwise.
const DefaultMaxBytes int64 = 1 << 30

// LoadOptions tunes LoadWith.
type LoadOptions struct {
	// MaxBytes is the largest document accepted; 0 or less means DefaultMaxBytes.
	MaxBytes int64
}

// Load reads, decodes and validates one dataset document with the default options.
// See LoadWith.
func Load(r io.Reader, name string) (*Dataset, error) {
	return LoadWith(r, name, LoadOptions{})
}

// LoadWith reads, decodes and validates one dataset document. name is the file name that
// problems cite.
//
// Every problem in the document is reported at once in a *ValidationError: invalid UTF-8,
// JSON syntax, unknown fields, wrong types, missing or malformed values, broken references.
// A dataset with any problem is never returned. An error reading r is returned wrapped.
//
// The document is decoded once, strictly, record by record as it is read, and checked in
// one pass (see load_seek.go); only a document that fails is read again, more slowly, to
// find every problem and its line. A JSON syntax error ends the document there: what
// follows it is not read.
func LoadWith(r io.Reader, name string, opts LoadOptions) (*Dataset, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	tooLarge := func() error {
		return &ValidationError{Problems: []Problem{{File: name, Message: fmt.Sprintf(
			"the document is larger than the limit of %s: split it, or raise the limit", byteSize(limit))}}}
	}
	if f, ok := r.(*os.File); ok {
		// A device (/dev/zero, /dev/urandom, a terminal) never ends, or is not a document.
		if st, err := f.Stat(); err == nil && st.Mode()&fs.ModeDevice != 0 {
			return nil, &ValidationError{Problems: []Problem{{File: name, Message: "is a device, not a dataset file: name a file, or pipe the document in"}}}
		}
	}
	d, data, err := streamFirst(r, limit) // see load_seek.go
	var blankRun *blankRunError
	switch {
	case errors.Is(err, errTooLarge):
		return nil, tooLarge()
	case errors.As(err, &blankRun):
		return nil, &ValidationError{Problems: []Problem{{File: name, Message: blankRun.Error()}}}
	case err != nil:
		return nil, fmt.Errorf("%s: reading the dataset: %w", name, err)
	case d != nil:
		return d, nil
	}
	// Editors on some systems start UTF-8 files with a byte-order mark, which JSON does not
	// allow; blank it out (the copy is ours), so that lines and offsets stay the file's.
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		copy(data, "   ")
	}
	// Something is wrong: read the document again to find every problem and where it is.
	problems := diagnose(data, name)
	if len(problems) == 0 {
		// The member names the streaming pass flagged (load_keys.go) were names the format
		// leaves free; anything else the strict decoder refused is never accepted silently.
		d, decodeErr := decodeStrict(data)
		if decodeErr == nil {
			c := newChecker(name, len(d.Records))
			if c.checkDataset(d); len(c.problems) == 0 {
				if err := d.setIdentity(); err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				return d, nil
			}
		}
		msg := "the document could not be decoded"
		if decodeErr != nil {
			msg += ": " + decodeErr.Error()
		}
		problems = []Problem{{File: name, Message: msg}}
	}
	return nil, &ValidationError{Problems: problems}
}

// decodeStrict decodes a whole document in memory, as the streaming pass does, to say why
// the strict decoder refused it.
func decodeStrict(data []byte) (*Dataset, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("invalid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	d := new(Dataset)
	if _, err := decodeDocument(dec, d, false); err != nil { // record by record: see load_stream.go
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("content after the document")
	}
	return d, nil
}

var errTooLarge = errors.New("document too large")

// readLimited reads all of r, up to limit bytes. When r knows its size, the buffer is
// allocated once.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	size := int64(-1)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len())
	case *os.File:
		if st, err := v.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
	}
	if size > limit {
		return nil, errTooLarge
	}
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, errTooLarge
	}
	return buf.Bytes(), nil
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Canonical returns the dataset's canonical bytes: its compact JSON encoding, with fields in
// the format's order, so that neither whitespace nor the order of keys in the file changes
// them. The SHA-256 of these bytes is the dataset's identity.
func (d *Dataset) Canonical() ([]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("encoding dataset %q: %w", d.ID, err)
	}
	return b, nil
}
