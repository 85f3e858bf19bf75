package dataset

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// onlyReader hides every method but Read, so that Load cannot seek.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// TestLoadSeekableMatchesWhole loads documents from a reader that seeks and from one that
// does not, and requires the same dataset or the same problems, and a seekable reader left
// where it was when the document fails.
func TestLoadSeekableMatchesWhole(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		doc  []byte
	}{
		{"valid", valid},
		{"valid after a byte-order mark", append([]byte("\uFEFF"), valid...)},
		{"invalid UTF-8", bytes.Replace(valid, []byte(`"title"`), []byte("\"title\xff\""), 1)},
		{"unknown field", bytes.Replace(valid, []byte(`"title"`), []byte(`"colour":"red","title"`), 1)},
		{"content after the document", append(append([]byte(nil), valid...), []byte(` {}`)...)},
		{"cut short", valid[:len(valid)/2]},
		{"empty", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			whole, wholeErr := Load(onlyReader{bytes.NewReader(c.doc)}, "doc.json")
			seeker := bytes.NewReader(c.doc)
			streamed, streamedErr := Load(seeker, "doc.json")
			if (wholeErr == nil) != (streamedErr == nil) || (wholeErr != nil && wholeErr.Error() != streamedErr.Error()) {
				t.Fatalf("seeking: %v\nnot seeking: %v", streamedErr, wholeErr)
			}
			if wholeErr != nil {
				var ve *ValidationError
				if !errors.As(streamedErr, &ve) {
					t.Errorf("error %T, want a *ValidationError", streamedErr)
				}
				return
			}
			if !reflect.DeepEqual(whole, streamed) || whole.Identity() != streamed.Identity() {
				t.Errorf("seeking gave another dataset:\n%+v\nnot seeking:\n%+v", streamed.Identity(), whole.Identity())
			}
		})
	}
}

// TestLoadSeekableTooLarge checks that the limit holds when the document is streamed.
func TestLoadSeekableTooLarge(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadWith(bytes.NewReader(valid), "doc.json", LoadOptions{MaxBytes: int64(len(valid) / 2)})
	if err == nil || !strings.Contains(err.Error(), "larger than the limit") {
		t.Fatalf("error %v, want one about the limit", err)
	}
}

// TestUTF8CheckInPieces feeds texts in every split into two and three pieces and compares
// with utf8.Valid.
func TestUTF8CheckInPieces(t *testing.T) {
	texts := []struct {
		name string
		text string
	}{
		{"ASCII", "plain text"},
		{"Azerbaijani, Korean, Cyrillic", "Şuşa 정상회담 Визит ə"},
		{"four-byte character", "a😀b"},
		{"replacement character", "x\uFFFDy"},
		{"invalid byte", "ab\xffcd"},
		{"cut character at the end", "ab\xe1\x84"},
		{"stray continuation", "a\x80b"},
		{"overlong", "\xc0\xaf"},
		{"surrogate", "\xed\xa0\x80"},
	}
	for _, tc := range texts {
		t.Run(tc.name, func(t *testing.T) {
			want := utf8.ValidString(tc.text)
			b := []byte(tc.text)
			for i := 0; i <= len(b); i++ {
				for j := i; j <= len(b); j++ {
					var c utf8Check
					c.feed(b[:i])
					c.feed(b[i:j])
					c.feed(b[j:])
					if got := c.complete(); got != want {
						t.Fatalf("pieces %q %q %q: valid %v, want %v", b[:i], b[i:j], b[j:], got, want)
					}
				}
			}
		})
	}
}
