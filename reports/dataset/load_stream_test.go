package dataset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// TestDecodeDocumentMatchesDecode checks that the record-by-record decode gives what one
// strict Decode of the whole document gives, and fails where it fails.
func TestDecodeDocumentMatchesDecode(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		doc     string
		wantErr bool
	}{
		{"the valid fixture", string(valid), false},
		{"records null", `{"format":"attache-dataset/1","records":null}`, false},
		{"records empty", `{"records":[],"id":"x"}`, false},
		{"records first, head after", `{"records":[{"id":"R1","kind":"event"}],"title":"t"}`, false},
		{"records given twice", `{"records":[{"id":"R1"}],"records":[{"id":"R2"},{"id":"R3"}]}`, false},
		{"member names in another case", `{"Records":[{"ID":"R1"}],"TITLE":"t"}`, false},
		{"no records member", `{"id":"x","sources":[]}`, false},
		{"unknown member", `{"id":"x","colour":"red"}`, true},
		{"unknown record field", `{"records":[{"id":"R1","colour":"red"}]}`, true},
		{"records not a list", `{"records":{"id":"R1"}}`, true},
		{"wrong type in a record", `{"records":[{"id":7}]}`, true},
		{"not an object", `[1,2]`, true},
		{"cut short", `{"records":[{"id":"R1"}`, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			whole := json.NewDecoder(bytes.NewReader([]byte(c.doc)))
			whole.DisallowUnknownFields()
			var want Dataset
			wantErr := whole.Decode(&want)
			streamed := json.NewDecoder(bytes.NewReader([]byte(c.doc)))
			streamed.DisallowUnknownFields()
			var got Dataset
			h, gotErr := decodeDocument(streamed, &got, true)
			h.stop()
			if (gotErr != nil) != c.wantErr || (wantErr != nil) != c.wantErr {
				t.Fatalf("record by record: %v; whole document: %v; want an error: %v", gotErr, wantErr, c.wantErr)
			}
			if c.wantErr {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("record by record gave\n%+v\nthe whole document gave\n%+v", got, want)
			}
		})
	}
}

// TestIdentityHashesCanonical checks that the identity hashed record by record is the
// SHA-256 of Canonical's bytes.
func TestIdentityHashesCanonical(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(bytes.NewReader(valid), "valid.json")
	if err != nil {
		t.Fatal(err)
	}
	noRecords := *loaded
	noRecords.Records = nil
	emptyRecords := *loaded
	emptyRecords.Records = []Record{}
	for name, d := range map[string]*Dataset{"loaded": loaded, "no records": &noRecords, "empty records": &emptyRecords} {
		t.Run(name, func(t *testing.T) {
			canonical, err := d.Canonical()
			if err != nil {
				t.Fatal(err)
			}
			var written bytes.Buffer
			if err := d.writeCanonical(&written); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(written.Bytes(), canonical) {
				t.Fatalf("written record by record:\n%s\ncanonical:\n%s", written.Bytes(), canonical)
			}
			if err := d.setIdentity(); err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(canonical)
			if got, want := d.Identity().SHA256, hex.EncodeToString(sum[:]); got != want {
				t.Errorf("identity %s, want %s", got, want)
			}
		})
	}
}
