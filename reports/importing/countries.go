package importing

import (
	"fmt"
	"strings"
	"sync"
)

// isoCountry is one entry of ISO 3166-1.
type isoCountry struct {
	alpha2, alpha3, numeric, name string
}

// countryByCode finds a country by its ISO alpha-3, alpha-2 or numeric code (UN Comtrade's
// reporterCode is the numeric one, written with or without leading zeros), in any case.
func countryByCode(code string) (isoCountry, bool) {
	codes := countryCodes()
	if c, ok := codes[code]; ok { // the common case: a code as the table writes it
		return c, true
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	if c, ok := codes[code]; ok {
		return c, true
	}
	if numeric := strings.TrimLeft(code, "0"); numeric != "" {
		c, ok := codes[numeric]
		return c, ok
	}
	return isoCountry{}, false
}

// countryCodes maps every alpha-3, alpha-2 and numeric code (without leading zeros) to
// its country.
var countryCodes = sync.OnceValue(func() map[string]isoCountry {
	m := make(map[string]isoCountry, 3*len(isoCountries))
	for _, c := range isoCountries {
		m[c.alpha3], m[c.alpha2], m[strings.TrimLeft(c.numeric, "0")] = c, c, c
	}
	return m
})

// ParsePair reads a country pair written as two ISO codes, "AZE,KOR" (alpha-2 and numeric
// codes are accepted too), and returns their alpha-3 codes and names.
func ParsePair(s string) (codes, names [2]string, err error) {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return codes, names, fmt.Errorf("a pair is two ISO country codes separated by a comma, such as AZE,KOR; got %q", s)
	}
	for i, p := range parts {
		c, ok := countryByCode(p)
		if !ok {
			return codes, names, fmt.Errorf("%q is not an ISO 3166 country code (use three letters, such as AZE or KOR)", strings.TrimSpace(p))
		}
		codes[i], names[i] = c.alpha3, c.name
	}
	if codes[0] == codes[1] {
		return codes, names, fmt.Errorf("a pair is two different countries; got %s twice", codes[0])
	}
	return codes, names, nil
}

// countryByName finds a country by its name as agencies write it: "Korea, Rep. of" and
// "Azerbaijan, Rep. of" as well as "Republic of Korea" and "Azerbaijan".
func countryByName(name string) (isoCountry, bool) {
	want := nameKey(name)
	if want == "" {
		return isoCountry{}, false
	}
	for _, c := range isoCountries {
		if nameKey(c.name) == want {
			return c, true
		}
	}
	return isoCountry{}, false
}

// nameKey folds a country name: list form turned round, "Rep." spelled out, "Republic of"
// dropped, case and punctuation ignored.
func nameKey(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	if a, b, ok := strings.Cut(name, ", "); ok {
		name = b + " " + a
	}
	name = strings.NewReplacer("rep.", "republic", "the ", "", ".", "", "'", "", ",", "").Replace(name)
	name = strings.ReplaceAll(name, "republic of ", "")
	return strings.Join(strings.Fields(name), " ")
}
