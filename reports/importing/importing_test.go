package importing

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache/assets"
	"attache/reports"
	"attache/reports/dataset"
	"attache/reports/selection"
	"attache/reports/xlsx"
)

var importDate = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

func bundled(t testing.TB) *dataset.Dataset {
	t.Helper()
	d, err := assets.LoadBundled()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// importFiles imports testdata files into base with opts.
func importFiles(t *testing.T, base *dataset.Dataset, opts Options, files ...string) (*Outcome, error) {
	t.Helper()
	var inputs []Input
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, Input{Name: f, R: bytes.NewReader(data)})
	}
	if opts.Date.IsZero() {
		opts.Date = importDate
	}
	return Import(context.Background(), base, inputs, opts)
}

// record finds the record of a value by indicator, reporter and period.
func record(t *testing.T, d *dataset.Dataset, indicator, reporter, period string) *dataset.Record {
	t.Helper()
	for i := range d.Records {
		r := &d.Records[i]
		p := r.Date.String()
		if r.End != nil {
			p += "/" + r.End.String()
		}
		if r.Indicator == indicator && r.Reporter == reporter && p == period {
			return r
		}
	}
	t.Fatalf("no record of %s reported by %s for %s", indicator, reporter, period)
	return nil
}

func TestFormats(t *testing.T) {
	type want struct {
		indicator, reporter, partner, period string
		value                                float64
		qualifier                            dataset.Qualifier
		caveat                               string // a part of the caveat; "" for none
	}
	tests := []struct {
		file      string
		newPair   string
		format    Format
		publisher string
		values    int
		missing   int
		want      []want
	}{
		{"comtrade-aze-kaz.csv", "AZE,KAZ", Comtrade, comtradePublisher, 39, 1, []want{
			{"comtrade-exports", "AZE", "KAZ", "2015", 410, dataset.Exact, ""},
			{"comtrade-imports", "KAZ", "AZE", "2023", 619.2, dataset.Approx, "isReported false"},
			{"comtrade-exports-hs27", "AZE", "KAZ", "2023", 164, dataset.Exact, ""},
			{"comtrade-trade-total", "AZE", "KAZ", "2015", 1230, dataset.Exact, ""},
			{"comtrade-trade-total", "KAZ", "AZE", "2023", 1854.6, dataset.Approx, "isReported false"},
		}},
		{"comtrade-monthly.csv", "", Comtrade, comtradePublisher, 6, 0, []want{
			{"comtrade-exports", "AZE", "KOR", "2024-01", 1.234567, dataset.Exact, ""},
			{"comtrade-imports", "AZE", "KOR", "2024-03", 24.56789, dataset.Exact, ""},
			{"comtrade-trade-total", "AZE", "KOR", "2024-02", 25.802467, dataset.Exact, ""},
		}},
		{"imf-dots-panel.csv", "", IMFPanel, imfPublisher, 8, 2, []want{
			{"dots-exports", "AZE", "KOR", "2021", 0.25, dataset.Exact, ""},
			{"dots-imports", "AZE", "KOR", "2021", 200.1, dataset.Exact, "provisional"},
			{"dots-exports", "KOR", "AZE", "2021", 95.2, dataset.Exact, ""},
			{"dots-trade-total", "KOR", "AZE", "2021", 98.3, dataset.Exact, ""},
		}},
		{"imf-dots-years.csv", "", IMFYears, imfPublisher, 5, 1, []want{
			{"dots-exports", "KOR", "AZE", "2022", 110.4, dataset.Approx, "estimate"},
			{"dots-imports", "KOR", "AZE", "2023", 5, dataset.Exact, "provisional"},
		}},
		{"sdmx.csv", "", SDMX, "International Monetary Fund", 3, 1, []want{
			{"dots-exports", "AZE", "KOR", "2021", 0.25, dataset.Approx, "estimate"},
			{"dots-exports", "AZE", "KOR", "2022-01/2022-03", 0.06, dataset.Exact, ""},
			{"dots-imports", "KOR", "AZE", "2022-03", 1.5, dataset.Exact, "provisional"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			base := bundled(t)
			out, err := importFiles(t, base, Options{NewPair: tt.newPair}, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Files) != 1 || out.Files[0].Format != tt.format || out.Files[0].Values != tt.values || out.Files[0].Missing != tt.missing {
				t.Fatalf("files = %+v, want one %s with %d values and %d missing", out.Files, tt.format, tt.values, tt.missing)
			}
			d := out.Dataset
			var src *dataset.Source
			for i := range d.Sources {
				if d.Sources[i].ID == out.Files[0].Source {
					src = &d.Sources[i]
				}
			}
			if src == nil || src.Publisher != tt.publisher || src.Date != "2026-12-07" ||
				!strings.Contains(src.Title, tt.file) || !strings.Contains(src.Vintage, "imported on 2026-12-07") {
				t.Errorf("source = %+v, want one of %s naming %s, dated 2026-12-07", src, tt.publisher, tt.file)
			}
			if tt.missing > 0 && (src == nil || !strings.Contains(src.Note, "not zeros")) {
				t.Errorf("source note = %q, want it to say missing values are not zeros", src.Note)
			}
			for _, w := range tt.want {
				r := record(t, d, w.indicator, w.reporter, w.period)
				if r.Partner != w.partner || r.Value == nil || *r.Value != w.value || r.Qualifier != w.qualifier {
					t.Errorf("%s %s %s: partner %s value %v qualifier %s, want %s %v %s",
						w.indicator, w.reporter, w.period, r.Partner, *r.Value, r.Qualifier, w.partner, w.value, w.qualifier)
				}
				if (w.caveat == "") != (r.Caveat == "") || !strings.Contains(r.Caveat, w.caveat) {
					t.Errorf("%s %s %s: caveat %q, want one with %q", w.indicator, w.reporter, w.period, r.Caveat, w.caveat)
				}
				if r.Derived == nil && (len(r.Sources) != 1 || r.Sources[0] != out.Files[0].Source) {
					t.Errorf("%s %s %s: sources %v, want the file's %s", w.indicator, w.reporter, w.period, r.Sources, out.Files[0].Source)
				}
			}
			// Missing values are never zeros: no record has the period of a missing value.
			for _, e := range out.Missing {
				if e.Note == "" || e.Line == 0 {
					t.Errorf("missing entry %+v lacks its line or note", e)
				}
			}
		})
	}
}

func TestUnitsConverted(t *testing.T) {
	out, err := importFiles(t, nil, Options{NewPair: "AZE,KAZ"}, "comtrade-aze-kaz.csv")
	if err != nil {
		t.Fatal(err)
	}
	ind := out.Dataset.IndicatorsByID()["comtrade-exports"]
	if ind == nil || ind.Unit != "USD million" || ind.Mirror != "comtrade-imports" {
		t.Fatalf("indicator = %+v, want USD million mirrored by comtrade-imports", ind)
	}
	r := record(t, out.Dataset, "comtrade-exports", "AZE", "2015")
	if !strings.Contains(r.Summary, "410000000 USD") || !strings.Contains(r.Summary, "converted from USD to USD million") {
		t.Errorf("summary %q does not state the file's value and the conversion", r.Summary)
	}
	if r.Title != "Exports of Azerbaijan to Kazakhstan, 2015 (UN Comtrade)" {
		t.Errorf("title = %q", r.Title)
	}
	sdmx, err := importFiles(t, bundled(t), Options{}, "sdmx.csv")
	if err != nil {
		t.Fatal(err)
	}
	r = record(t, sdmx.Dataset, "dots-exports", "AZE", "2021")
	if !strings.Contains(r.Summary, "250 USD thousand") || !strings.Contains(r.Summary, "converted from USD thousand to USD million") {
		t.Errorf("summary %q does not state the conversion from USD thousand", r.Summary)
	}
}

func TestDuplicates(t *testing.T) {
	base := bundled(t)
	before := len(base.Records)
	old := *record(t, base, "dots-exports", "AZE", "2020").Value
	tests := []struct {
		name                                 string
		update                               bool
		added, updated, unchanged, different int
		value2020                            float64
	}{
		{"without --update", false, 6, 0, 2, 2, old},
		{"with --update", true, 6, 3, 2, 0, 0.09},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := importFiles(t, base, Options{Update: tt.update}, "imf-dots-panel.csv")
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Added) != tt.added || len(out.Updated) != tt.updated || len(out.Unchanged) != tt.unchanged || len(out.Differences) != tt.different {
				t.Fatalf("%s, want %d added, %d updated, %d unchanged, %d different", out.Summary(), tt.added, tt.updated, tt.unchanged, tt.different)
			}
			r := record(t, out.Dataset, "dots-exports", "AZE", "2020")
			if *r.Value != tt.value2020 || r.ID != "D023" {
				t.Errorf("2020 = %s %v, want D023 %v", r.ID, *r.Value, tt.value2020)
			}
			if len(out.Dataset.Records) != before+tt.added {
				t.Errorf("%d records, want %d", len(out.Dataset.Records), before+tt.added)
			}
		})
	}
	if len(base.Records) != before || *record(t, base, "dots-exports", "AZE", "2020").Value != old {
		t.Error("the base dataset was changed")
	}
	// The same file twice: the second finds every value unchanged.
	first, err := importFiles(t, base, Options{}, "imf-dots-panel.csv")
	if err != nil {
		t.Fatal(err)
	}
	again, err := importFiles(t, first.Dataset, Options{}, "imf-dots-panel.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Added) != 0 || len(again.Unchanged) != 6 || len(again.Dataset.Records) != len(first.Dataset.Records) {
		t.Errorf("importing again: %s, %d records, want nothing added", again.Summary(), len(again.Dataset.Records))
	}
}

func TestMirrorPairing(t *testing.T) {
	out, err := importFiles(t, nil, Options{NewPair: "AZE,KAZ"}, "comtrade-aze-kaz.csv")
	if err != nil {
		t.Fatal(err)
	}
	d := out.Dataset
	b, err := reports.Build(context.Background(), d, selection.Selection{Sectors: selection.AllSectors(d)},
		reports.Options{AppVersion: "test", Generated: importDate})
	if err != nil {
		t.Fatal(err)
	}
	mirrors := map[string]string{}
	for _, kf := range b.KeyFigures {
		if kf.Indicator.ID == "comtrade-exports" && kf.Mirror != nil {
			mirrors[kf.Reporter] = kf.Mirror.Reporter + " " + kf.Mirror.Indicator.ID
		}
	}
	if mirrors["AZE"] != "KAZ comtrade-imports" || mirrors["KAZ"] != "AZE comtrade-imports" {
		t.Errorf("mirrors of exports = %v, want each side's imports as the other reports them", mirrors)
	}
	reporters := map[string]bool{}
	for _, s := range b.Series {
		if s.Headline {
			reporters[s.Reporter] = true
		}
	}
	if !reporters["AZE"] || !reporters["KAZ"] || len(reporters) != 2 {
		t.Errorf("headline series reporters = %v, want AZE and KAZ", reporters)
	}
}

func TestRecordTable(t *testing.T) {
	base := bundled(t)
	var csv strings.Builder
	csv.WriteString(strings.Join(dataset.TableColumns, ",") + "\n")
	row := map[string]string{dataset.ColID: "T1", dataset.ColKind: "event", dataset.ColDate: "2025-05-01",
		dataset.ColSectors: "trade", dataset.ColTitle: "A trade fair", dataset.ColSources: base.Sources[0].ID}
	var cells []string
	for _, c := range dataset.TableColumns {
		cells = append(cells, row[c])
	}
	csv.WriteString(strings.Join(cells, ",") + "\n")
	for _, sep := range []rune{0, ';'} {
		text := csv.String()
		if sep == ';' {
			text = strings.ReplaceAll(text, ",", ";")
		}
		out, err := Import(context.Background(), base, []Input{{Name: "records.csv", R: strings.NewReader(text)}}, Options{Separator: sep, Date: importDate})
		if err != nil {
			t.Fatalf("separator %q: %v", sep, err)
		}
		if out.Files[0].Format != RecordTableCSV || len(out.Added) != 1 || len(out.Dataset.Records) != len(base.Records)+1 {
			t.Errorf("separator %q: %+v, %s", sep, out.Files, out.Summary())
		}
	}
}

func TestSeparator(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "imf-dots-panel.csv"))
	if err != nil {
		t.Fatal(err)
	}
	semi := strings.NewReplacer(`","`, `";"`, "200.1", "200,1", "95.2", "1.095,2").Replace(string(data))
	_, err = Import(context.Background(), bundled(t), []Input{{Name: "semi.csv", R: strings.NewReader(semi)}}, Options{Date: importDate})
	if err == nil || !strings.Contains(err.Error(), "semi.csv: line 1: this looks like a semicolon-separated file: save as comma-separated, or pass --separator ';'") {
		t.Fatalf("err = %v, want the semicolon hint", err)
	}
	out, err := Import(context.Background(), bundled(t), []Input{{Name: "semi.csv", R: strings.NewReader(semi)}}, Options{Separator: ';', Date: importDate})
	if err != nil {
		t.Fatal(err)
	}
	if v := *record(t, out.Dataset, "dots-imports", "AZE", "2021").Value; v != 200.1 {
		t.Errorf("decimal comma read as %v, want 200.1", v)
	}
	if v := *record(t, out.Dataset, "dots-exports", "KOR", "2021").Value; v != 1095.2 {
		t.Errorf("1.095,2 read as %v, want 1095.2", v)
	}
}

// refusals are files that are refused whole, with the message each gives. They seed
// FuzzImport.
var refusals = []struct {
	name, file, want string
}{
	{"semicolons", "a;b;c\n1;2;3\n", "x.csv: line 1: this looks like a semicolon-separated file"},
	{"UTF-16 without a byte-order mark", "D\x00A\x00T\x00A\x00F\x00L\x00O\x00W\x00\n\x00", "x.csv: line 1: the file is UTF-16 text without a byte-order mark"},
	{"lone CR", "DATAFLOW,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\rIMF:DOT,AZ,KR,2021,1\r", "x.csv: line 1: the lines end with a lone carriage return"},
	{"encrypted workbook", string(cfbMagic) + strings.Repeat("\x00", 100) + string(encryptionInfo), "x.csv: the workbook is encrypted"},
	{"Excel 97-2003", string(cfbMagic) + strings.Repeat("\x00", 100), "x.csv: this is an Excel 97–2003 workbook"},
	{"empty", "  \n", "x.csv: the file is empty"},
	{"another pair", "DATAFLOW,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\nIMF:DOT,AZ,US,2021,1\n",
		"x.csv: line 2: the file holds values of AZE–USA (from this line on), which is not this dataset's pair AZE–KOR: import it into a dataset for that pair (attache-cli import --new-pair AZE,USA)"},
	{"not a number", "DATAFLOW,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\nIMF:DOT,AZ,KR,2021,12abc\n", `x.csv: line 2: column "OBS_VALUE": "12abc" is not a number`},
	{"bad period", "DATAFLOW,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\nIMF:DOT,AZ,KR,2021-13,1\n", `x.csv: line 2: column "TIME_PERIOD": "2021-13" is not a period`},
	{"a value twice", "DATAFLOW,REF_AREA,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\nIMF:DOT,AZ,TXG_FOB_USD,KR,2021,1\nIMF:DOT,AZ,TXG_FOB_USD,KR,2021,2\n", "x.csv: line 3: gives the value of line 2 again"},
	{"world partner", "typeCode,freqCode,refYear,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue\nC,A,2021,2021,31,AZE,X,0,W00,TOTAL,5\n",
		`x.csv: line 2: column "partnerCode": the partner is the World`},
	{"row too short", "DATAFLOW,REF_AREA,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\nIMF:DOT,AZ,KR\n", "x.csv: line 2: the row has 3 cells, the header has 5"},
	{"unknown country", "Country Name,Country Code,Counterpart Country Name,Counterpart Country Code,Time Period,TXG_FOB_USD\nAtlantis,999,\"Korea, Rep. of\",542,2021,1\n", `x.csv: line 2: column "Country Code": "999" (Atlantis) is not a country`},
	{"a bad record table", "id,kind\nR1,event\n", "x.csv"},
	{"a damaged workbook", "PK\x03\x04 cut short", "x.csv: cannot be read as an XLSX workbook"},
}

func TestRefusals(t *testing.T) {
	base := bundled(t)
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Import(context.Background(), base, []Input{{Name: "x.csv", R: strings.NewReader(tt.file)}}, Options{Date: importDate})
			if err == nil {
				t.Fatalf("imported %s, want it refused", out.Summary())
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
			var v *dataset.ValidationError
			if !errors.As(err, &v) {
				t.Errorf("err is %T, want a *dataset.ValidationError listing the problems", err)
			}
		})
	}
}

func TestNewPair(t *testing.T) {
	tests := []struct{ in, codes, err string }{
		{"AZE,KOR", "AZE KOR", ""},
		{"az, kr", "AZE KOR", ""},
		{"031,410", "AZE KOR", ""},
		{"AZE", "", "two ISO country codes"},
		{"AZE,XXX", "", `"XXX" is not an ISO 3166 country code`},
		{"AZE,AZE", "", "two different countries"},
	}
	for _, tt := range tests {
		codes, names, err := ParsePair(tt.in)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParsePair(%q) err = %v, want %q", tt.in, err, tt.err)
		case tt.err == "" && (err != nil || codes[0]+" "+codes[1] != tt.codes || names[1] != "Republic of Korea"):
			t.Errorf("ParsePair(%q) = %v %v %v, want %s", tt.in, codes, names, err, tt.codes)
		}
	}
	out, err := importFiles(t, nil, Options{NewPair: "AZE,KAZ"}, "comtrade-aze-kaz.csv")
	if err != nil {
		t.Fatal(err)
	}
	d := out.Dataset
	if d.ID != "aze-kaz" || d.Countries[1].Name != "Kazakhstan" || d.Version != "2026.12.07" {
		t.Errorf("new dataset %s %s %+v", d.ID, d.Version, d.Countries)
	}
	// The dataset written and loaded again is the same dataset.
	doc, err := d.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	again, err := dataset.Load(bytes.NewReader(doc), "aze-kaz.json")
	if err != nil {
		t.Fatal(err)
	}
	if again.Identity() != d.Identity() {
		t.Errorf("identity after loading %+v, want %+v", again.Identity(), d.Identity())
	}
}

func TestCommodityWithPercent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "comtrade-monthly.csv"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), ",TOTAL,All Commodities,", ",5101,\"Wool, >= 50% by weight\",", 1)
	out, err := Import(context.Background(), bundled(t), []Input{{Name: "wool.csv", R: strings.NewReader(text)}}, Options{Date: importDate})
	if err != nil {
		t.Fatal(err)
	}
	r := record(t, out.Dataset, "comtrade-exports-hs5101", "AZE", "2024-01")
	if want := "Exports of Azerbaijan to Republic of Korea, HS 5101 (Wool, >= 50% by weight), 2024-01 (UN Comtrade)"; r.Title != want {
		t.Errorf("title = %q, want %q", r.Title, want)
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct{ in, date, end string }{
		{"2021", "2021", ""}, {"2021-03", "2021-03", ""}, {"202103", "2021-03", ""}, {"2021M03", "2021-03", ""},
		{"2021-M3", "2021-03", ""}, {"2021Q2", "2021-04", "2021-06"}, {"2021-Q4", "2021-10", "2021-12"},
		{"2021-13", "", ""}, {"21", "", ""}, {"2021Q5", "", ""}, {"year", "", ""},
	}
	for _, tt := range tests {
		d, end, err := parsePeriod(tt.in)
		got, gotEnd := "", ""
		if err == nil {
			got = d.String()
			if end != nil {
				gotEnd = end.String()
			}
		}
		if got != tt.date || gotEnd != tt.end {
			t.Errorf("parsePeriod(%q) = %q %q (%v), want %q %q", tt.in, got, gotEnd, err, tt.date, tt.end)
		}
	}
}

func FuzzImport(f *testing.F) {
	for _, tt := range refusals {
		f.Add([]byte(tt.file))
	}
	for _, name := range []string{"imf-dots-panel.csv", "sdmx.csv", "imf-dots-years.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	base := bundled(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Import(context.Background(), base, []Input{{Name: "fuzz.csv", R: bytes.NewReader(data)}}, Options{Date: importDate})
		if err == nil && out.Dataset == nil {
			t.Fatal("no error and no dataset")
		}
	})
}

// TestOwnWorkbookBack imports the workbook of the whole bundled dataset back into it: every
// record comes back as an update, the derived trade totals the workbook gives among them,
// once each.
func TestOwnWorkbookBack(t *testing.T) {
	base := bundled(t)
	b, err := reports.Build(context.Background(), base, selection.Selection{}, reports.Options{AppVersion: "test", Generated: importDate})
	if err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if err := xlsx.Render(context.Background(), &book, b, xlsx.Options{}); err != nil {
		t.Fatal(err)
	}
	out, err := Import(context.Background(), base, []Input{{Name: "az-kr.xlsx", R: &book}}, Options{Date: importDate})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Added) != 0 || len(out.Updated) != len(base.Records) || len(out.Dataset.Records) != len(base.Records) {
		t.Errorf("%d added, %d updated, %d records; want 0, %d, %d", len(out.Added), len(out.Updated), len(out.Dataset.Records), len(base.Records), len(base.Records))
	}
}
