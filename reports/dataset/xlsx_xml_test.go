package dataset

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// tokens lists what the scanner reads from doc, one line per token.
func tokens(t *testing.T, r io.Reader) ([]string, error) {
	t.Helper()
	sc := newXMLScanner(r)
	var out []string
	for {
		tok, err := sc.next()
		if err != nil {
			return out, err
		}
		switch tok.kind {
		case xmlEOF:
			return out, nil
		case xmlStart:
			out = append(out, fmt.Sprintf("start %s [%s] closed=%v", tok.name, strings.TrimSpace(string(tok.attrs)), tok.closed))
		case xmlEnd:
			out = append(out, fmt.Sprintf("end %s", tok.name))
		case xmlText:
			text, err := appendText(nil, tok.text)
			if err != nil {
				return out, err
			}
			out = append(out, fmt.Sprintf("text %q", text))
		case xmlCDATA:
			out = append(out, fmt.Sprintf("cdata %q", appendCDATA(nil, tok.text)))
		}
	}
}

func TestXMLScannerTokens(t *testing.T) {
	doc := "<?xml version=\"1.0\"?>\r\n<!-- a > comment --><x:row r=\"2\" spans='1:3'><c r=\"A2\" t=\"s\"><v>0</v></c>" +
		"<c r=\"B2\" x='a>b'/><t>Tom &amp; Jerry &lt;&#x41;&#66;&gt; line\r\nnext\rlast</t><t><![CDATA[<raw> & \r\n]]></t></x:row>"
	want := []string{
		`text "\n"`,
		`start row [r="2" spans='1:3'] closed=false`,
		`start c [r="A2" t="s"] closed=false`,
		`start v [] closed=false`, `text "0"`, `end v`, `end c`,
		`start c [r="B2" x='a>b'] closed=true`,
		`start t [] closed=false`, `text "Tom & Jerry <AB> line\nnext\nlast"`, `end t`,
		`start t [] closed=false`, `cdata "<raw> & \n"`, `end t`,
		`end row`,
	}
	readers := map[string]func() io.Reader{
		"whole":      func() io.Reader { return strings.NewReader(doc) },
		"byte/byte":  func() io.Reader { return iotest.OneByteReader(strings.NewReader(doc)) },
		"half reads": func() io.Reader { return iotest.HalfReader(strings.NewReader(doc)) },
	}
	for name, r := range readers {
		t.Run(name, func(t *testing.T) {
			got, err := tokens(t, r())
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("tokens:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
			}
		})
	}
}

func TestXMLScannerRefuses(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"document type", `<!DOCTYPE x [<!ENTITY a "aaaa">]><x/>`, "malformed XML at byte 0: a document type declaration"},
		{"unknown entity", `<t>&nbsp;</t>`, "unknown entity &nbsp;"},
		{"bare ampersand", `<t>a & b</t>`, "an '&' that starts no entity"},
		{"bad reference", `<t>&#xD800;</t>`, "bad character reference &#xD800;"},
		{"tag never ends", `<row r="1"`, "malformed XML at byte 0: tag never ends"},
		{"comment never ends", `<x/><!-- `, "malformed XML at byte 4: comment never ends"},
		{"CDATA never ends", `<t><![CDATA[abc`, "malformed XML at byte 3: CDATA section never ends"},
		{"empty tag", `<>`, "malformed XML at byte 0: a tag without a name"},
		{"text too long", "<t>" + strings.Repeat("a", maxXMLToken+1) + "</t>", "longer than 1048576 bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := tokens(t, strings.NewReader(c.doc))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestXMLAttr(t *testing.T) {
	attrs := []byte(` r="B7" s = '12' x:t="inlineStr" empty=""`)
	for name, want := range map[string]string{"r": "B7", "s": "12", "t": "inlineStr", "empty": ""} {
		if got, ok := attr(attrs, name); !ok || string(got) != want {
			t.Errorf("attr %s = %q, %v; want %q", name, got, ok, want)
		}
	}
	if _, ok := attr(attrs, "missing"); ok {
		t.Error("found an attribute the tag lacks")
	}
}

func TestFormatPrecision(t *testing.T) {
	cases := map[string]Precision{
		"yyyy": Year, "yyyy-mm": Month, "yyyy-mm-dd": DayPrecision, "d/m/yy": DayPrecision,
		`[$-409]mmm\ yyyy;@`: Month, "mmmm yyyy": Month, "dd.mm.yyyy hh:mm": DayPrecision,
		"General": 0, "#,##0.00": 0, "0.00E+00": 0, "h:mm AM/PM": 0, "[h]:mm:ss": 0, "mm:ss": 0,
		`"year" 0`: 0, `0" days"`: 0, `[Red]#,##0;[Blue]-#,##0`: 0, `0;"d"yyyy`: 0,
	}
	for code, want := range cases {
		if got := formatPrecision(code); got != want {
			t.Errorf("formatPrecision(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestSerialDate(t *testing.T) {
	cases := []struct {
		v        string
		p        Precision
		date1904 bool
		want     string
		ok       bool
	}{
		{"1", DayPrecision, false, "1900-01-01", true},
		{"59", DayPrecision, false, "1900-02-28", true},
		{"60", DayPrecision, false, "", false}, // 29 February 1900, which never was
		{"61", DayPrecision, false, "1900-03-01", true},
		{"33604", DayPrecision, false, "1992-01-01", true},
		{"43748.75", DayPrecision, false, "2019-10-10", true},
		{"43748", Month, false, "2019-10", true},
		{"43748", Year, false, "2019", true},
		{"0", DayPrecision, true, "", false},
		{"1", DayPrecision, true, "1904-01-02", true},
		{"0.5", DayPrecision, false, "", false},
		{"2958466", DayPrecision, false, "", false},
		{"text", DayPrecision, false, "", false},
	}
	for _, c := range cases {
		got, ok := serialDate(c.v, c.p, c.date1904)
		if got != c.want || ok != c.ok {
			t.Errorf("serialDate(%q, %v, 1904=%v) = %q, %v; want %q, %v", c.v, c.p, c.date1904, got, ok, c.want, c.ok)
		}
	}
}

func TestRefColumn(t *testing.T) {
	for ref, want := range map[string]int{"A1": 0, "Z9": 25, "AA10": 26, "ab3": 27, "XFD1048576": 16383} {
		if got, ok := refColumn([]byte(ref)); !ok || got != want {
			t.Errorf("refColumn(%q) = %d, %v; want %d", ref, got, ok, want)
		}
	}
	for _, bad := range []string{"", "1", "A", "$A$1", "ABCDE1"} {
		if _, ok := refColumn([]byte(bad)); ok {
			t.Errorf("refColumn(%q) accepted", bad)
		}
	}
}
