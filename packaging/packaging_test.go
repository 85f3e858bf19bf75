package packaging

import (
	"encoding/xml"
	"os"
	"regexp"
	"strings"
	"testing"
)

// upgradeCode is the MSI's UpgradeCode since the first MSI. Windows finds the installed
// Attaché by it when a newer MSI replaces it: with another code, the newer one would install
// beside the old one. Never change it.
const upgradeCode = "ED956929-7161-4AFC-ADD3-72BB2889E7E6"

// wix is the part of the WiX source these tests read.
type wix struct {
	Product struct {
		UpgradeCode string `xml:"UpgradeCode,attr"`
		Version     string `xml:"Version,attr"`
	} `xml:"Product"`
}

// component is one <Component> wherever it sits in the directory tree.
type component struct {
	ID   string `xml:"Id,attr"`
	GUID string `xml:"Guid,attr"`
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return string(b)
}

func TestWiXIdentifiers(t *testing.T) {
	src := readFile(t, "windows/attache.wxs")
	var w wix
	if err := xml.Unmarshal([]byte(src), &w); err != nil {
		t.Fatalf("windows/attache.wxs is not well-formed XML: %v", err)
	}
	if w.Product.UpgradeCode != upgradeCode {
		t.Errorf("windows/attache.wxs: UpgradeCode %q, want %q: a new code would install a newer Attaché beside the old one instead of replacing it",
			w.Product.UpgradeCode, upgradeCode)
	}
	if w.Product.Version != "$(var.Version)" {
		t.Errorf("windows/attache.wxs: Product Version %q: it must come from the build ($(var.Version), FyneApp.toml's), not be written here", w.Product.Version)
	}

	// Every component keeps its own GUID for ever; two components with one GUID, or an
	// empty or generated one, break upgrades and uninstalls.
	d := xml.NewDecoder(strings.NewReader(src))
	seen := map[string]string{}
	guid := regexp.MustCompile(`^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$`)
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Component" {
			continue
		}
		var c component
		if err := d.DecodeElement(&c, &se); err != nil {
			t.Fatalf("windows/attache.wxs: component: %v", err)
		}
		if !guid.MatchString(c.GUID) {
			t.Errorf("windows/attache.wxs: component %s: Guid %q, want a fixed GUID in capitals", c.ID, c.GUID)
		}
		if other, dup := seen[c.GUID]; dup {
			t.Errorf("windows/attache.wxs: components %s and %s share the GUID %s", other, c.ID, c.GUID)
		}
		seen[c.GUID] = c.ID
	}
	if len(seen) == 0 {
		t.Error("windows/attache.wxs: no components found")
	}
}

func TestDebianControlFields(t *testing.T) {
	control := readFile(t, "debian/control")
	script := readFile(t, "../scripts/package-deb.sh")
	fields := map[string]bool{}
	for _, line := range strings.Split(control, "\n") {
		if name, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, " ") {
			fields[name] = true
		}
	}
	for _, want := range []string{"Package", "Version", "Architecture", "Maintainer", "Depends", "Description"} {
		if !fields[want] {
			t.Errorf("debian/control has no %s field", want)
		}
	}
	// Every @PLACEHOLDER@ in the template is one the script fills.
	for _, p := range regexp.MustCompile(`@[A-Z_]+@`).FindAllString(control, -1) {
		if !strings.Contains(script, `s|`+p+`|`) {
			t.Errorf("debian/control has %s, which scripts/package-deb.sh does not fill in", p)
		}
	}
}
