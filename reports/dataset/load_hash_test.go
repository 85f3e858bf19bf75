package dataset_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"attache/internal/synthetic"
	"attache/reports/dataset"
)

// TestIdentityHashedWhileReading checks that the identity Load hashes while it reads is the
// SHA-256 of the dataset's canonical bytes, however the document orders its members.
func TestIdentityHashedWhileReading(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(valid, &members); err != nil {
		t.Fatal(err)
	}
	// object writes the members named, in that order.
	object := func(names ...string) string {
		var b strings.Builder
		b.WriteByte('{')
		for i, n := range names {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + n + `":` + string(members[n]))
		}
		b.WriteByte('}')
		return b.String()
	}
	var many bytes.Buffer
	if err := synthetic.Write(&many, synthetic.Generate(3000, 7)); err != nil {
		t.Fatal(err)
	}
	head := []string{"format", "id", "version", "title", "countries", "sectors", "indicators", "sources"}
	cases := []struct{ name, doc string }{
		{"the valid fixture", string(valid)},
		{"records first", object(append([]string{"records"}, head...)...)},
		{"records in the middle", object("format", "id", "records", "version", "title", "countries", "sectors", "indicators", "sources")},
		{"qualifier left to its default", strings.Replace(string(valid), `"qualifier": "approx",`, ``, 1)},
		{"several batches of records", many.String()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := dataset.Load(strings.NewReader(c.doc), "doc.json")
			if err != nil {
				t.Fatal(err)
			}
			canonical, err := d.Canonical()
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(canonical)
			if got, want := d.Identity().SHA256, hex.EncodeToString(sum[:]); got != want {
				t.Errorf("identity %s, want the hash of the canonical bytes %s", got, want)
			}
		})
	}
	if !strings.Contains(string(valid), `"qualifier": "approx",`) {
		t.Fatal("the fixture no longer has the qualifier the default case removes: update the test")
	}
}
