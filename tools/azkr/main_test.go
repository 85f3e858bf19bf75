package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/reports/dataset"
)

// materialDir is the research material as seen from this folder; it is not part of the
// repository, so the test that needs it skips where it is absent.
var materialDir = filepath.Join("..", "..", "..", "shared", "data", "az-kr")

func TestBundledDatasetIsUpToDate(t *testing.T) {
	if _, err := os.Stat(filepath.Join(materialDir, recordsFile)); err != nil {
		t.Skipf("research material not found at %s: %v", materialDir, err)
	}
	doc, _, err := generate(materialDir, "translations")
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile(filepath.Join("..", "..", "assets", "az-kr.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, doc) {
		t.Errorf("assets/az-kr.json differs from what the tool makes: run go run ./tools/azkr from the repository root")
	}
}

func TestCheckWording(t *testing.T) {
	cases := []struct {
		name, title, summary, quote string
		copied                      bool
	}{
		{"own words", "Korea opens its embassy in Baku", "The embassy opened on 4 March 2006.", "The embassy of Korea in Azerbaijan was opened on March 4, 2006.", false},
		{"five words of the quote", "Embassy news", "The embassy of Korea in Azerbaijan opened in 2006.", "The embassy of Korea in Azerbaijan was opened on March 4, 2006.", true},
		{"punctuation and case do not hide a copy", "THE EMBASSY, of Korea - in Azerbaijan", "", "the embassy of korea in azerbaijan", true},
		{"four shared words are allowed", "Of Korea in Azerbaijan, an embassy", "", "The embassy of Korea in Azerbaijan was opened", false},
		{"title and summary are not joined", "Trade in 2013", "USD 312 million in total.", "trade in 2013 USD 312 million", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &dataset.Dataset{Records: []dataset.Record{{ID: "R001", Title: c.title, Summary: c.summary}}}
			problems := checkWording(d, []csvRecord{{id: "R001", quote: c.quote}})
			if got := len(problems) > 0; got != c.copied {
				t.Errorf("copied = %v, want %v (%v)", got, c.copied, problems)
			}
		})
	}
}

func TestParseSourceTable(t *testing.T) {
	cases := []struct {
		name, text string
		keys       []string
		fails      bool
	}{
		{"rows after the header", "| key | title | publisher | date | address | records |\n|---|---|---|---|---|---|\n| mfa | Political cooperation | Embassy | undated | https://example.org/a | 4 |\n", []string{"mfa"}, false},
		{"prose is skipped", "# Sources\n- not a row\n| a | t | p | 2020 | https://example.org/b | 1 |\n", []string{"a"}, false},
		{"a short row fails", "| a | t | p | 2020 | 1 |\n", nil, true},
		{"a bad count fails", "| a | t | p | 2020 | https://example.org/b | one |\n", nil, true},
		{"no table fails", "# nothing here\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := parseSourceTable(strings.NewReader(c.text), "sources.md")
			if (err != nil) != c.fails {
				t.Fatalf("error %v, want failure %v", err, c.fails)
			}
			var keys []string
			for _, r := range rows {
				keys = append(keys, r.key)
			}
			if strings.Join(keys, ",") != strings.Join(c.keys, ",") {
				t.Errorf("keys %v, want %v", keys, c.keys)
			}
		})
	}
}
