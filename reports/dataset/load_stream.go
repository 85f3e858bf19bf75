package dataset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A large document must load in bounded extra memory (issue 6: a full export of a million
// records under 2 GiB). Decoding the whole document with one Decode call makes the decoder
// buffer all of it (a second copy of the bytes, grown by doubling), and hashing json.Marshal's
// output holds a third copy. So the strict decode walks the top-level object and decodes the
// records one at a time, and the identity is hashed as the canonical bytes are written,
// record by record. Both give exactly what the whole-document calls gave.

// decodeDocument decodes the top-level object from dec into d: every member but the records
// is gathered and decoded at the end, as a small object, with dec's strictness; the records
// are decoded one by one into d.Records. With hashing, the records' canonical bytes are
// hashed as they are read (see load_hash.go) and the *recordHash returned gives the identity;
// the caller calls its finish or stop (both accept nil).
func decodeDocument(dec *json.Decoder, d *Dataset, hashing bool) (*recordHash, error) {
	var h *recordHash
	err := decodeMembers(dec, d, hashing, &h)
	if err != nil {
		h.stop()
		return nil, err
	}
	return h, nil
}

func decodeMembers(dec *json.Decoder, d *Dataset, hashing bool, hp **recordHash) error {
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	var head bytes.Buffer
	head.WriteByte('{')
	recordsSeen := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("unexpected %v where a member name belongs", tok)
		}
		// encoding/json matches member names to fields regardless of case.
		if strings.EqualFold(key, "records") {
			var h *recordHash
			switch {
			case recordsSeen && *hp != nil:
				(*hp).spoiled = true // this member replaces the records hashed
			case !recordsSeen && hashing:
				h = newRecordHash(head.Bytes())
				*hp = h
			}
			recordsSeen = true
			err := decodeRecords(dec, d, h)
			h.close()
			if err != nil {
				return err
			}
			continue
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return err
		}
		if head.Len() > 1 {
			head.WriteByte(',')
		}
		name, err := json.Marshal(key)
		if err != nil {
			return err
		}
		head.Write(name)
		head.WriteByte(':')
		head.Write(value)
	}
	if err := expectDelim(dec, '}'); err != nil {
		return err
	}
	head.WriteByte('}')
	headDec := json.NewDecoder(&head)
	headDec.DisallowUnknownFields()
	return headDec.Decode(d)
}

// decodeRecords decodes the records array, or null, as encoding/json would: a second
// "records" member replaces the first, and an empty array gives an empty, non-nil list.
// Each record decoded goes to h (which may be nil) to be hashed.
func decodeRecords(dec *json.Decoder, d *Dataset, h *recordHash) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		d.Records = nil
		return nil
	}
	if tok != json.Delim('[') {
		return fmt.Errorf("records: want an array, got %v", tok)
	}
	// The records are decoded into chunks that never grow, then joined once: appending to
	// one slice copied it each time it grew, 6.8 s of the 11.5 s that decoding 1,146,763
	// records took (measured on a 300 MB document).
	var chunks [][]Record
	chunk, n := make([]Record, 0, 1024), 0
	words := make(vocabulary)
	for dec.More() {
		if len(chunk) == cap(chunk) {
			chunks = append(chunks, chunk)
			chunk = make([]Record, 0, min(2*cap(chunk), 1<<16))
		}
		chunk = append(chunk, Record{})
		r := &chunk[len(chunk)-1]
		if err := dec.Decode(r); err != nil {
			return fmt.Errorf("records[%d]: %w", n, err)
		}
		n++
		words.share(r)
		h.add(r)
	}
	records := make([]Record, 0, n)
	for i, c := range append(chunks, chunk) {
		records = append(records, c...)
		if i < len(chunks) {
			chunks[i] = nil // garbage as soon as copied
		}
	}
	d.Records = records
	return expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return fmt.Errorf("want %q, got %v", want, tok)
	}
	return nil
}

// canonicalRecordsTail is how json.Marshal ends a Dataset whose Records is nil: Records is
// the last encoded field.
const canonicalRecordsTail = `"records":null}`

var errRecordsNotLast = errors.New("records are not the last field")

// writeCanonical writes the bytes Canonical returns, a record at a time.
func (d *Dataset) writeCanonical(w io.Writer) error {
	if len(d.Records) == 0 {
		b, err := d.Canonical()
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	prefix, err := canonicalPrefix(d)
	if err != nil {
		return fmt.Errorf("encoding dataset %q: %w", d.ID, err)
	}
	if _, err := w.Write(prefix); err != nil {
		return err
	}
	if _, err := io.WriteString(w, `"records":[`); err != nil {
		return err
	}
	for i := range d.Records {
		rb, err := json.Marshal(&d.Records[i])
		if err != nil {
			return fmt.Errorf("encoding dataset %q: record %q: %w", d.ID, d.Records[i].ID, err)
		}
		if i > 0 {
			if _, err := io.WriteString(w, ","); err != nil {
				return err
			}
		}
		if _, err := w.Write(rb); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "]}")
	return err
}

// setIdentity records the dataset's identity: the SHA-256 of its canonical bytes, hashed as
// they are written rather than held.
func (d *Dataset) setIdentity() error {
	h := sha256.New()
	if err := d.writeCanonical(h); err != nil {
		return err
	}
	d.identity = Identity{ID: d.ID, Version: d.Version, SHA256: hex.EncodeToString(h.Sum(nil))}
	return nil
}

// vocabulary holds one copy of each id and code that records repeat (kinds, sectors,
// sources, indicators, qualifiers, countries), so that a million records share a few
// thousand strings rather than hold millions: less memory, less for the garbage collector to
// trace, and ids that stay in the processor's cache when a briefing looks them up.
type vocabulary map[string]string

func (v vocabulary) word(s string) string {
	if w, ok := v[s]; ok {
		return w
	}
	v[s] = s
	return s
}

func (v vocabulary) share(r *Record) {
	r.Kind = Kind(v.word(string(r.Kind)))
	for i, id := range r.Sectors {
		r.Sectors[i] = v.word(id)
	}
	for i, id := range r.Sources {
		r.Sources[i] = v.word(id)
	}
	if r.Indicator != "" {
		r.Indicator = v.word(r.Indicator)
		r.Qualifier = Qualifier(v.word(string(r.Qualifier)))
		r.Reporter = v.word(r.Reporter)
		r.Partner = v.word(r.Partner)
	}
}
