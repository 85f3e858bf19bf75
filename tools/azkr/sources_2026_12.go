package main

// additionSourceID names source n (1–58) of sources-additions-2026-12.md.
func additionSourceID(n int) string { return "add-" + twoDigits(n) }

func twoDigits(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

// Notes on dates shared by several sources of the 2026-12 material.
const (
	undatedPage  = "Undated page."
	dateFromID   = "Date taken from the article number in the address."
	yearInferred = "The page shows no year; it was worked out from the text."
	postedOnPage = "Date the page was posted, shown on it."
	dateFromPath = "Date taken from the page's address."
)

// additionMetas holds, per row number of sources-additions-2026-12.md, what the tool adds by
// hand: publisher and author split apart, the date in the format's form with how it was
// established, the language, and for statistics their vintage. Rows whose address is already
// a source of sources.md (35 and 49) are that source and need no entry.
var additionMetas = map[int]sourceMeta{
	1:  {publisher: "Azerbaijan International Development Agency (AIDA), Ministry of Foreign Affairs of Azerbaijan", dateNote: "Undated agency page; it names a KOICA head in office since 1 December 2020, so it was written after that.", language: "az"},
	2:  {publisher: "한국경제 (Hankyung)", author: "박종서", date: "2014-04-13", dateNote: dateFromID, language: "ko"},
	3:  {publisher: "아주경제 (Aju Business Daily)", date: "2014-10-20", dateNote: dateFromID, language: "ko"},
	4:  {publisher: "AzPress", date: "2018-06", dateNote: "The text gives the signing as 12 June 2018; the page's own date is not shown.", language: "en"},
	5:  {publisher: "Baku State University", dateNote: undatedPage, language: "en"},
	6:  {publisher: "AzTV", date: "2020-01-24", dateNote: "The page gives 24 January; the year 2020 is inferred from its mention of the 2019–2020 academic year.", language: "en"},
	7:  {publisher: "Azernews (citing Trend and the State Tourism Agency)", date: "2020-01-08", dateNote: shownOnPage, language: "en", vintage: "State Tourism Agency figures for the full year 2019, reported on 8 January 2020"},
	8:  {publisher: "Caspian Energy", date: "2019-05-24", dateNote: shownOnPage, language: "en"},
	9:  {publisher: "ABC.az (Fineko)", date: "2019-06-13", dateNote: "The page gives 13 June; the year 2019 comes from the text, which speaks of the first five months of 2019.", language: "en"},
	10: {publisher: "스포츠닷컴 (newssports25)", author: "이영희", date: "2019-06-27", dateNote: "The text gives Thursday 27 June; the year 2019 is inferred from the weekday and from its mention of the previous year's PyeongChang Olympics.", language: "ko"},
	11: {publisher: "Azernews", author: "Mirsaid Ibrahimzade", date: "2019-08-09", dateNote: shownOnPage, language: "en"},
	12: {publisher: "Today.az (reprinting Azernews)", author: "Leman Mammadova", date: "2019-09-27", dateNote: shownOnPage, language: "en"},
	13: {publisher: "AZERTAC", date: "2020-04-28", dateNote: "The page gives 28 April; the year 2020 is inferred from the COVID-19 quarantine it describes.", language: "en"},
	14: {publisher: "AzVision, German edition", date: "2020-07-23", dateNote: shownOnPage, language: "de"},
	15: {publisher: "Baku Engineering University", date: "2020-08-28", dateNote: shownOnPage, language: "en"},
	16: {publisher: "Baku Engineering University", date: "2020-09-21", dateNote: shownOnPage, language: "en"},
	17: {publisher: "News.az", date: "2020-12-03", dateNote: shownOnPage, language: "en"},
	18: {publisher: "Azernews (citing Trend)", date: "2020-12-04", dateNote: shownOnPage, language: "en"},
	19: {publisher: "AZERTAC", date: "2020-12-09", dateNote: shownOnPage, language: "en"},
	20: {publisher: "워크투데이 (Work Today)", author: "문현지", date: "2021-11-25", dateNote: postedOnPage, language: "ko", vintage: "Korea International Trade Association (KITA) figures for January–October 2021, reported on 25 November 2021"},
	21: {publisher: "MTM.az", date: "2021-11-22", dateNote: "The text gives 22 November; the year 2021 is inferred from Trend's report of the same meeting.", language: "az"},
	22: {publisher: "중앙일보 (JoongAng Ilbo)", date: "2021-12", dateNote: "Undated page; December 2021 is inferred from the dates in the text (a ceremony on 10 December, the full institute from 1 July of 'this year').", language: "ko"},
	23: {publisher: "Today.az (reprinting Azernews)", date: "2022", dateNote: "Undated page; 2022 is inferred: it cites 2021 trade as the latest and its address number is close to that of a page of 5 August 2022.", language: "en"},
	24: {publisher: "더구루 (The Guru)", author: "홍성환", date: "2022", dateNote: "Undated page; 2022 is inferred from the text, which says the 30th anniversary of relations falls this year.", language: "ko"},
	25: {publisher: "Milli Majlis of the Republic of Azerbaijan", date: "2022-04-13", dateNote: shownOnPage, language: "en"},
	26: {publisher: "Azernews", date: "2022-04-26", dateNote: shownOnPage, language: "en"},
	27: {publisher: "코리아포스트 (The Korea Post)", date: "2022-05-13", dateNote: postedOnPage, language: "ko"},
	28: {publisher: "AZERTAC", date: "2022-09-28", dateNote: shownOnPage, language: "en"},
	29: {publisher: "News.az", date: "2023", dateNote: "Undated page; 2023 is inferred from its mention of the ADB annual meeting in Incheon (1–5 May) as this year's.", language: "en"},
	30: {publisher: "Xalq qəzeti", date: "2023", dateNote: "Undated page; 2023 is inferred: the ambassador, in office since January 2022, speaks of his second year.", language: "en"},
	31: {publisher: "Report.az (citing the State Statistical Committee)", date: "2024-03-07", dateNote: shownOnPage, language: "en", vintage: "State Statistical Committee of Azerbaijan figures for 2023, reported on 7 March 2024"},
	32: {publisher: "Mədəniyyət", date: "2023-04", dateNote: "Undated page; April 2023 is inferred: it reports a conference of 14–15 March as last month's and refers to February's earthquakes in Türkiye.", language: "az"},
	33: {publisher: "외교저널 (Diplomacy Journal)", author: "김지은", date: "2023-06-03", dateNote: postedOnPage, language: "ko"},
	34: {publisher: "Korean diplomatic magazine (publisher Lee Jon-young)", date: "2023", dateNote: "Undated page; 2023 is inferred by matching the reception of 30 May it reports to the Diplomacy Journal's report of 2023.", language: "en"},
	36: {publisher: "National Assembly of the Republic of Korea (나온, the Speaker's activities)", author: "나온", date: "2023-11-01", dateNote: postedOnPage, language: "ko"},
	37: {publisher: "News.az", date: "2023-11-01", dateNote: shownOnPage, language: "en"},
	38: {publisher: "News.az", date: "2023-11-02", dateNote: shownOnPage, language: "en"},
	39: {publisher: "MENAFN (reprinting AzerNews)", date: "2024", dateNote: "Undated page; it covers the first two months of 2024, so it dates from early 2024.", language: "en", vintage: "official statistics for January–February 2024, as an MP cites them"},
	40: {publisher: "이데일리 (Edaily)", author: "박진환", date: "2024-04-09", dateNote: shownOnPage, language: "ko"},
	41: {publisher: "The Korea Herald", date: "2024-05-27", dateNote: shownOnPage, language: "en"},
	42: {publisher: "Embassy of the Republic of Korea in Azerbaijan", date: "2024-07-02", dateNote: postedOnPage, language: "ko"},
	43: {publisher: "Aze.Media (reprinting a Korean press interview)", date: "2024-08", dateNote: "Undated page; August 2024 is inferred from the envoy's visit to Seoul on 26–27 August 2024.", language: "en"},
	44: {publisher: "CNB뉴스", author: "황수오", date: "2024-08-27", dateNote: shownOnPage, language: "ko"},
	45: {publisher: "MENAFN (reprinting AzerNews)", author: "Akbar Novruz", date: "2024-10-15", dateNote: shownOnPage, language: "en"},
	46: {publisher: "2050 Carbon Neutrality and Green Growth Commission (reposting a Ministry of Environment release)", date: "2024-11-10", dateNote: postedOnPage, language: "ko"},
	47: {publisher: "뉴시스 (Newsis)", author: "변해정", date: "2024-11-08", dateNote: postedOnPage, language: "ko"},
	48: {publisher: "All-in-One News (aggregating 헤럴드경제, Herald Economy)", date: "2024-11-21", dateNote: dateFromPath, language: "ko"},
	50: {publisher: "Baku Engineering University", date: "2025", dateNote: "Undated page; it announces admission for 2025/2026.", language: "en"},
	51: {publisher: "Report.az (English edition)", date: "2025-10-07", dateNote: shownOnPage, language: "en"},
	52: {publisher: "Azernews (citing the Ministry of Emergency Situations)", date: "2025-07-04", dateNote: shownOnPage, language: "en"},
	53: {publisher: "Report.az (English edition)", date: "2025-09-12", dateNote: shownOnPage, language: "en"},
	54: {publisher: "Azernews", date: "2025-10-26", dateNote: shownOnPage, language: "en"},
	55: {publisher: "Report.az (English edition)", date: "2025-11-13", dateNote: shownOnPage, language: "en"},
	56: {publisher: "Report.az (English edition)", date: "2025-12-08", dateNote: shownOnPage, language: "en"},
	57: {publisher: "Report.az (English edition; also reported by Trend, Azernews and Caliber.az)", date: "2026-02-25", dateNote: shownOnPage, language: "en"},
	58: {publisher: "Report.az (Russian edition, citing the UN in Azerbaijan on X)", date: "2026-02-26", dateNote: shownOnPage, language: "ru"},
}
