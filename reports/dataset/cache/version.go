package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"

	"attache/internal/buildinfo"
	"attache/reports/dataset"
)

// entryVersion names the layout of an entry (entry.go), the dataset format it holds, the Go
// types it decodes into and the build that wrote it: an entry of any other version is refused
// and removed. The types' fingerprint changes by itself when a field the payload carries is
// added, removed, renamed or retyped, so that an entry never decodes into types that would
// leave part of it behind. The build (its version and commit, see buildinfo.Describe) is there
// because an entry is trusted for having passed the rules of validation, which are the
// build's: another build loads the file from its JSON, validates it, and writes its own entry.
// A change of the layout alone needs the number raised.
var entryVersion = "attache-dataset-cache/2 " + dataset.FormatID + " " +
	typesFingerprint(reflect.TypeFor[dataset.Dataset]()) + " " + buildinfo.Describe()

// typesFingerprint returns a short hash of the exported fields of t and of the types they
// hold, which is what gob encodes.
func typesFingerprint(t reflect.Type) string {
	var b strings.Builder
	describeType(&b, t, map[reflect.Type]bool{})
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

func describeType(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	fmt.Fprintf(b, "%s:%s", t.String(), t.Kind())
	if seen[t] {
		return
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		b.WriteString("(")
		describeType(b, t.Elem(), seen)
		b.WriteString(")")
	case reflect.Map:
		b.WriteString("(")
		describeType(b, t.Key(), seen)
		b.WriteString(",")
		describeType(b, t.Elem(), seen)
		b.WriteString(")")
	case reflect.Struct:
		b.WriteString("{")
		for f := range t.Fields() {
			if f.IsExported() {
				fmt.Fprintf(b, "%s ", f.Name)
				describeType(b, f.Type, seen)
				b.WriteString(";")
			}
		}
		b.WriteString("}")
	}
}
