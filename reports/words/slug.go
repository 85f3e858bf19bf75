package words

import "strings"

// Slug keeps the letters a-z, digits and single hyphens of s, lower-cased: "load + validate
// 1m" is "load-validate-1m". It names what must be plain ASCII: file names made from a
// selection, the ids of imported records and sources, profile files.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	return b.String()
}
