package pdf_test

import (
	"slices"
	"strings"
	"testing"

	"attache/reports/i18n"
	"attache/reports/pdf"
	"attache/reports/reportstest"
)

// TestLanguages renders the bundled dataset's whole-range briefing in Azerbaijani and Korean
// and checks that the renderer's own words are in that language: headings, table headers,
// the footer, the bookmarks, and the document's /Lang.
func TestLanguages(t *testing.T) {
	d := reportstest.Bundled(t)
	for _, tc := range []struct {
		lang      i18n.Lang
		want      []string // in the text
		bookmarks []string // among the bookmarks
		english   []string // words of the English document that must not appear
	}{
		{
			lang: i18n.Az,
			want: []string{
				"İKİTƏRƏFLİ MÜNASİBƏTLƏR ÜZRƏ BRİFİNQ", "Əsas göstəricilər", "İllər üzrə ticarət", "Sahələr üzrə hadisələr",
				"Xronologiya", "Qeydlər", "Mənbələr", "Əlavə: bütün yazılar", "Səhifə 1 /", "Bildirən tərəf", "Nə baş verib",
				"2 dekabr 2026",
			},
			bookmarks: []string{"Titul", "Əsas göstəricilər", "Xronologiya", "Mənbələr"},
			english:   []string{"Key figures", "Page 1 of", "Developments by sector", "What happened"},
		},
		{
			lang: i18n.Ko,
			want: []string{
				"양자 관계 브리핑", "주요 수치", "연도별 교역", "분야별 동향", "연표", "주석", "출처", "부록: 전체 기록",
				"쪽 중 1쪽", "발표 주체", "2026년 12월 2일",
			},
			bookmarks: []string{"표지", "주요 수치", "연표", "출처"},
			english:   []string{"Key figures", "Page 1 of", "Developments by sector", "What happened"},
		},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			b := build(t, d, reportstest.Named{Name: "whole-range"})
			b.Cover.Lang = tc.lang
			data := render(t, b, pdf.Options{All: true}) // a rune no font has would fail here
			if want := "/Lang (" + tc.lang.Tag() + ")"; !strings.Contains(string(data), want) {
				t.Errorf("the catalog lacks %s", want)
			}
			text := strings.Join(strings.Fields(pdfText(t, data)), " ")
			for _, w := range tc.want {
				if !strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("the text lacks %q", w)
				}
			}
			for _, w := range tc.english {
				if strings.Contains(text, w) {
					t.Errorf("the text still has the English %q", w)
				}
			}
			var got []string
			var walk func(os []outline)
			walk = func(os []outline) {
				for _, o := range os {
					got = append(got, o.Title)
					walk(o.Kids)
				}
			}
			walk(readOutlines(t, data))
			for _, w := range tc.bookmarks {
				if !slices.Contains(got, w) {
					t.Errorf("bookmarks %q lack %q", got, w)
				}
			}
		})
	}
}

// TestEmptyBriefingLanguages checks the texts of an empty selection in each language.
func TestEmptyBriefingLanguages(t *testing.T) {
	d := reportstest.Bundled(t)
	for lang, want := range map[i18n.Lang]string{
		i18n.Az: "Bu seçimə uyğun heç nə tapılmadı",
		i18n.Ko: "이 선택에 맞는 항목이 없습니다",
	} {
		t.Run(string(lang), func(t *testing.T) {
			b := build(t, d, reportstest.Named{Name: "none", Sectors: []string{"defence"}, From: "1993", To: "1994"})
			b.Cover.Lang = lang
			text := strings.Join(strings.Fields(pdfText(t, render(t, b, pdf.Options{}))), " ")
			if !strings.Contains(text, want) {
				t.Errorf("text lacks %q:\n%s", want, text)
			}
		})
	}
}
