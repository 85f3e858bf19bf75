package synthetic

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"attache/reports/dataset"
)

// Write writes d as a dataset document: compact JSON with one record per line, so that a
// large document stays readable line by line and its problems have useful line numbers.
func Write(w io.Writer, d *dataset.Dataset) error {
	head := *d
	head.Records = nil
	b, err := json.Marshal(&head)
	if err != nil {
		return fmt.Errorf("encoding synthetic dataset %q: %w", d.ID, err)
	}
	// Records is the last field of the document: open its list where the encoder closed it.
	const tail = `"records":null}`
	if !bytes.HasSuffix(b, []byte(tail)) {
		return fmt.Errorf("encoding synthetic dataset %q: unexpected end %q", d.ID, b[max(0, len(b)-len(tail)):])
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.Write(b[:len(b)-len(tail)])
	bw.WriteString("\"records\":[\n")
	for i := range d.Records {
		rb, err := json.Marshal(&d.Records[i])
		if err != nil {
			return fmt.Errorf("encoding synthetic record %q: %w", d.Records[i].ID, err)
		}
		bw.Write(rb)
		if i < len(d.Records)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

// FileName is the name of the synthetic dataset of a size label, "synthetic-100k.json": the
// name tools/benchdata writes and internal/perf reads.
func FileName(label string) string { return "synthetic-" + label + ".json" }
