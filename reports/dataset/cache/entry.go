package cache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"os"

	"attache/reports/dataset"
)

// An entry is its payload, then its trailer, then the trailer's length (4 bytes, big-endian).
// The payload is gob: a head (the dataset without its records, and how many records follow),
// then the records in chunks of chunkRecords, so that neither writing nor reading an entry
// holds a second copy of a large dataset in memory. The trailer comes last because the
// payload's checksum is known only once it is written; it is read first.

// chunkRecords is how many records a chunk of the payload holds.
const chunkRecords = 4096

// maxTrailer bounds the trailer's length, so that a damaged length is refused unread.
const maxTrailer = 1 << 16

// trailer says what an entry holds and how to check it.
type trailer struct {
	Version  string           // entryVersion
	File     string           // hex SHA-256 of the dataset file's bytes: the entry's key
	Identity dataset.Identity // the dataset's identity, from when it was loaded and validated
	Size     int64            // the payload's length in bytes
	Sum      uint32           // the payload's CRC-32C
}

// head starts the payload.
type head struct {
	Dataset *dataset.Dataset // without its records
	Records int
}

// chunk is a run of records. Gob leaves out a pointer to a zero value, so a record whose
// Value is 0 would come back without one: Zeros lists them, by index in the chunk.
type chunk struct {
	Records []dataset.Record
	Zeros   []zero
}

// zero is a record of a chunk whose Value is zero, with the zero's sign.
type zero struct {
	Index    int
	Negative bool
}

// castagnoli is CRC-32C's table; the hardware computes it where it can.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func newSum() hash.Hash32 { return crc32.New(castagnoli) }

// errEntry is the error of an entry that cannot be trusted.
var errEntry = errors.New("the cache entry is damaged, of another version or of another file")

// writeEntry writes the entry of d, loaded from the file whose SHA-256 is key, to w.
func writeEntry(w io.Writer, key string, d *dataset.Dataset) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	sum := newSum()
	payload := &countingWriter{w: io.MultiWriter(bw, sum)}
	enc := gob.NewEncoder(payload)
	rest := *d
	rest.Records = nil
	if err := enc.Encode(head{Dataset: &rest, Records: len(d.Records)}); err != nil {
		return err
	}
	for at := 0; at < len(d.Records); at += chunkRecords {
		c := chunk{Records: d.Records[at:min(at+chunkRecords, len(d.Records))]}
		for i := range c.Records {
			if v := c.Records[i].Value; v != nil && *v == 0 {
				c.Zeros = append(c.Zeros, zero{Index: i, Negative: math.Signbit(*v)})
			}
		}
		if err := enc.Encode(c); err != nil {
			return err
		}
	}
	var t bytes.Buffer
	err := gob.NewEncoder(&t).Encode(trailer{
		Version: entryVersion, File: key, Identity: d.Identity(), Size: payload.n, Sum: sum.Sum32(),
	})
	if err != nil {
		return err
	}
	bw.Write(t.Bytes())
	bw.Write(binary.BigEndian.AppendUint32(nil, uint32(t.Len())))
	return bw.Flush()
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// readEntry reads the entry at path, which is to be the one of the file whose SHA-256 is
// key. It returns errEntry when the entry's version, key or checksum does not match, or it
// does not decode; a dataset it returns has its identity and references (dataset.Restore).
func readEntry(path, key string) (*dataset.Dataset, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) < 4 {
		return nil, errEntry
	}
	n := int64(binary.BigEndian.Uint32(data[len(data)-4:]))
	end := int64(len(data)) - 4
	if n > maxTrailer || n > end {
		return nil, errEntry
	}
	var t trailer
	if err := gob.NewDecoder(bytes.NewReader(data[end-n : end])).Decode(&t); err != nil {
		return nil, errEntry
	}
	if t.Version != entryVersion || t.File != key || t.Size != end-n {
		return nil, errEntry
	}
	payload := data[:t.Size]
	if crc32.Checksum(payload, castagnoli) != t.Sum {
		return nil, errEntry
	}
	d, err := decodePayload(bytes.NewReader(payload), len(payload))
	if err != nil {
		return nil, errEntry
	}
	if err := dataset.Restore(d, t.Identity); err != nil {
		return nil, fmt.Errorf("%w: %w", errEntry, err)
	}
	return d, nil
}

// decodePayload decodes the dataset of a payload of size bytes whose checksum matched.
func decodePayload(r io.Reader, size int) (*dataset.Dataset, error) {
	dec := gob.NewDecoder(r)
	var h head
	if err := dec.Decode(&h); err != nil {
		return nil, err
	}
	if h.Dataset == nil || h.Records < 0 || h.Records > size { // a record takes bytes
		return nil, errEntry
	}
	d := h.Dataset
	d.Records = make([]dataset.Record, 0, h.Records)
	for len(d.Records) < h.Records {
		at := len(d.Records)
		// The chunk's records are decoded straight into d.Records' free capacity.
		c := chunk{Records: d.Records[at:at]}
		if err := dec.Decode(&c); err != nil {
			return nil, err
		}
		n := len(c.Records)
		if n == 0 || n > h.Records-at || &c.Records[:1][0] != &d.Records[at : at+1][0] {
			return nil, errEntry
		}
		for _, z := range c.Zeros {
			if z.Index < 0 || z.Index >= len(c.Records) {
				return nil, errEntry
			}
			v := 0.0
			if z.Negative {
				v = math.Copysign(0, -1)
			}
			c.Records[z.Index].Value = &v
		}
		d.Records = d.Records[:at+n]
	}
	return d, nil
}
