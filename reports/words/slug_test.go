package words

import "testing"

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"load + validate 1m", "load-validate-1m"},
		{"Trade & Energy, 2015–2024", "trade-energy-2015-2024"},
		{"  --IMF.DOTS--  ", "imf-dots"},
		{"Azərbaycan 무역", "az-rbaycan"},
		{"", ""},
	} {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
