package main

// sourceMeta holds what the tool adds by hand to each row of the sources.md table: the
// publisher and author split apart, the date in the format's form with a note on how it was
// established, and the language of the page.
type sourceMeta struct {
	publisher, author string
	date, dateNote    string
	language          string
	note              string
	// vintage says, for statistics, when the data was taken and what it covers.
	vintage string
}

const (
	shownOnPage   = "Date shown on the page."
	fromAddress   = "Date taken from the page's address, not from its text."
	fromSlugTitle = "The description is based on the page's address."
)

// dotsSourceID is the source of every IMF DOTS record; it is not a row of the sources.md table.
const dotsSourceID = "imf-dots"

// dotsSource describes the IMF Direction of Trade Statistics as the records use them.
var dotsSource = struct {
	title, address string
	meta           sourceMeta
}{
	title:   "IMF, Direction of Trade Statistics",
	address: "https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS",
	meta: sourceMeta{
		publisher: "International Monetary Fund",
		date:      "2022",
		dateNote:  "The year the data were downloaded: the extract was committed in February 2022.",
		vintage:   "downloaded around January–February 2022 (extract committed in February 2022); data to 2020",
		language:  "en",
		note: "Read from an extract of the IMF files kept in a public repository (commit a0b40af): DOTS_13.xlsx with Azerbaijan as reporter and DOTS_106.xlsx with Korea as reporter, " +
			"sheets \"Exports, FOB\" and \"Imports, CIF\", USD million. Each record names its reporter. The figures are the IMF's and its terms of use apply.",
	},
}

// sourceMetas is keyed by the keys of the sources.md table.
var sourceMetas = map[string]sourceMeta{
	"mfa":             {publisher: "Embassy of the Republic of Azerbaijan to the Republic of Korea", dateNote: "Undated page; the latest event it mentions is in 2022.", language: "en"},
	"today223786":     {publisher: "Today.az (reprinting Azernews)", author: "Ayya Lmahamad", date: "2022-08-05", dateNote: shownOnPage, language: "en"},
	"today25787":      {publisher: "Today.az (citing APA)", date: "2006-05-05", dateNote: shownOnPage, language: "en"},
	"ktv":             {publisher: "KTV 국민방송 (Korea government TV)", date: "2006-05", dateNote: "Undated page; dated by the state visit it reports, which began on 10 May 2006.", language: "ko"},
	"sedaily2006":     {publisher: "서울경제 (Seoul Economic Daily)", date: "2006-05", dateNote: "Undated page; it previews the summit of 11 May 2006.", language: "ko"},
	"azcons":          {publisher: "Consulate General of Azerbaijan in Istanbul", date: "2007-04", dateNote: "From the consulate's press-release archive for 2007; the visit began on 23 April.", language: "en"},
	"joongang2007":    {publisher: "중앙일보 (JoongAng Ilbo)", author: "박승희", date: "2007-04", dateNote: "The text refers to the paper's issue of 23 April 2007.", language: "ko"},
	"1news2007":       {publisher: "1news.az", date: "2007-06-25", dateNote: "Date taken from the article number in the address.", language: "ru"},
	"jkn":             {publisher: "JKN", dateNote: "Undated page.", language: "ko"},
	"wowkorea":        {publisher: "WoW!Korea (Yonhap)", date: "2008", dateNote: "From the page's copyright line (2008).", language: "ja"},
	"trend2010":       {publisher: "Trend", author: "K. Konyayeva", date: "2010-10-07", dateNote: shownOnPage, language: "en"},
	"ndsoft":          {publisher: "ndsoftnews.net", date: "2008", dateNote: "Undated page; the Korean ambassador's 2010 interview (Trend) dates the prime minister's visit to 2008.", language: "ko"},
	"etoday2009":      {publisher: "이투데이 (eToday)", date: "2009-07-09", dateNote: shownOnPage, language: "ko"},
	"etnews2009":      {publisher: "전자신문 (etnews)", author: "서동규", date: "2009-07-09", dateNote: fromAddress, language: "ko"},
	"azobs2020":       {publisher: "Azeri Observer", author: "Elena Kosolapova", date: "2020-05-18", dateNote: fromAddress, language: "en"},
	"apa2012":         {publisher: "APA", author: "Viktoria Dementyeva", date: "2012-02-13", dateNote: shownOnPage, language: "en"},
	"1news2010":       {publisher: "1news.az (citing Yonhap)", date: "2010-12-15", dateNote: shownOnPage, language: "ru"},
	"presaz2010":      {publisher: "The Korea Herald, reprinted by president.az", author: "Yoav Cerralbo", date: "2010-12-19", dateNote: "The Korea Herald article is of 19 December 2010; the reprint of 20 December. Both dates are shown on the page.", language: "en"},
	"emerics2012":     {publisher: "KIEP EMERiCs", author: "조영관 (interviewer)", date: "2012-05-10", dateNote: shownOnPage, language: "ko"},
	"azvision2014":    {publisher: "AzVision (interview given to APA)", date: "2014-09-10", dateNote: shownOnPage, language: "en"},
	"report2015carb":  {publisher: "Report.az", date: "2015-10-15", dateNote: shownOnPage, language: "en", note: fromSlugTitle},
	"report2019carb":  {publisher: "Report.az", date: "2019-01-16", dateNote: shownOnPage, language: "en", note: fromSlugTitle},
	"xeber2017carb":   {publisher: "Xebersaati (Trend)", date: "2017-04-28", dateNote: shownOnPage, language: "en"},
	"kmib2014":        {publisher: "국민일보 (Kookmin Ilbo)", author: "신창호", date: "2014-11-26", dateNote: shownOnPage, language: "ko"},
	"mofa2017":        {publisher: "Ministry of Foreign Affairs, Republic of Korea", date: "2017-11-20", dateNote: shownOnPage, language: "en"},
	"koreapost2016":   {publisher: "코리아포스트 (The Korea Post)", author: "피터조", date: "2016-06-17", dateNote: shownOnPage, language: "ko"},
	"kh2016":          {publisher: "The Korea Herald", author: "Joel Lee", date: "2016-06-19", dateNote: fromAddress, language: "en"},
	"aju2016":         {publisher: "아주경제 (Aju Business Daily)", date: "2016-03-16", dateNote: fromAddress, language: "ko"},
	"azvisionde":      {publisher: "AzVision, German edition (citing AZERTAC)", date: "2016-08-19", dateNote: "The page gives 19 August without a year; 2016 comes from other reports of the memorandum (a seminar report and a Korean interior ministry release of August 2016).", language: "de"},
	"kh2017":          {publisher: "The Korea Herald", author: "Joel Lee", date: "2017-05-29", dateNote: fromAddress, language: "en"},
	"xeber2017":       {publisher: "Xebersaati (Trend)", date: "2017-09-06", dateNote: shownOnPage, language: "en"},
	"newsaz25":        {publisher: "News.az (citing AzVision)", date: "2017", dateNote: "Undated page; it reports the 25th anniversary of relations set up in 1992.", language: "en"},
	"urinews2018":     {publisher: "경남우리신문", author: "김은숙", date: "2018-08-21", dateNote: shownOnPage, language: "ko"},
	"reportru2025":    {publisher: "Report.az (Russian edition)", date: "2025-12-08", dateNote: shownOnPage, language: "ru", note: fromSlugTitle},
	"yonhap2019":      {publisher: "연합뉴스 (Yonhap), via 한국경제TV", author: "하채림", date: "2019-01-11", dateNote: "Date taken from the Yonhap article number in the address.", language: "ko"},
	"genews2019":      {publisher: "글로벌이코노믹", author: "김형근", date: "2019-01-16", dateNote: fromAddress, language: "ko"},
	"azadinform":      {publisher: "Azadinform (Azernews interview)", dateNote: "Undated page; it cites trade for the first eleven months of 2018, so it dates from December 2018 or later.", language: "en"},
	"azernews157073":  {publisher: "Azernews", author: "Rasana Gasimova", date: "2019-10-10", dateNote: shownOnPage, language: "en"},
	"azernews157408":  {publisher: "Azernews", author: "Abdul Kerimkhanov", date: "2019-10-17", dateNote: shownOnPage, language: "en"},
	"trend2021aug":    {publisher: "Trend", date: "2021-08-19", dateNote: "The page gives 19 August without a year; 2021 follows from the text, which marks the 30th anniversary of Azerbaijan's independence.", language: "en"},
	"today209072":     {publisher: "Today.az (citing Azertag)", date: "2021-08", dateNote: "Undated page; it reports the meeting of 19 August 2021 that Trend also covered.", language: "en"},
	"trend2021sep":    {publisher: "Trend", date: "2021-09-06", dateNote: shownOnPage, language: "en"},
	"trend2021nov":    {publisher: "Trend", date: "2021-11-22", dateNote: shownOnPage, language: "en"},
	"1905az":          {publisher: "1905.az (citing AZERTAC)", date: "2022-01-10", dateNote: "The page gives Monday 10 January without a year; 10 January fell on a Monday in 2022, the 30th year of relations the text mentions.", language: "de", note: fromSlugTitle},
	"azernews194213":  {publisher: "Azernews", date: "2022-05-23", dateNote: shownOnPage, language: "en"},
	"azernews194419":  {publisher: "Azernews", date: "2022-05-27", dateNote: shownOnPage, language: "en"},
	"kh2022":          {publisher: "The Korea Herald", author: "Sanjay Kumar (photo)", date: "2022-05-26", dateNote: fromAddress, language: "en"},
	"dongpo2022":      {publisher: "동포뉴스", author: "이현수", date: "2022-07-22", dateNote: shownOnPage, language: "ko"},
	"azernews198522":  {publisher: "Azernews", author: "Vugar Khalilov", date: "2022-08-26", dateNote: shownOnPage, language: "en"},
	"newsaz2022":      {publisher: "News.az", date: "2022-10-03", dateNote: shownOnPage, language: "en", note: fromSlugTitle},
	"azernews200464":  {publisher: "Azernews", author: "Sabina Mammadli", date: "2022-10-06", dateNote: shownOnPage, language: "en"},
	"azernews203677":  {publisher: "Azernews", date: "2022-12-16", dateNote: shownOnPage, language: "en"},
	"incheontimes":    {publisher: "인천타임스", author: "송성춘", date: "2023", dateNote: "Undated page; the forum was held on the 7th of a month in 2023 (the text cites full-year 2022 trade and an Azerbaijani official who was in Seoul on 7 June 2023).", language: "ko", vintage: "Korea International Trade Association (KITA) figures for the full year 2022, reported in 2023"},
	"news1_2023":      {publisher: "뉴스1 (News1)", date: "2023-06-07", dateNote: "Date shown in the photo caption.", language: "ko"},
	"kh2023":          {publisher: "The Korea Herald (Yonhap)", date: "2023-06-07", dateNote: fromAddress, language: "en"},
	"azernews216870":  {publisher: "Azernews", date: "2023-11-01", dateNote: shownOnPage, language: "en"},
	"gna2024":         {publisher: "글로벌뉴스통신", author: "임말희", date: "2024-08-27", dateNote: shownOnPage, language: "ko"},
	"newsaz2024":      {publisher: "News.az (citing The Korea Times)", date: "2024-08-27", dateNote: shownOnPage, language: "en", note: fromSlugTitle},
	"gmn2024":         {publisher: "GMN News (citing The Korea Times)", date: "2024-08", dateNote: "Undated page; the text refers to 27 August and to the first half of 2024.", language: "ko"},
	"gtn2024":         {publisher: "GTN 여행신문", author: "이규한", date: "2024-12-02", dateNote: shownOnPage, language: "ko"},
	"trend2025":       {publisher: "Trend", date: "2025-05", dateNote: "The page gives 23 May without a year; 2025 because it speaks of COP29 in Azerbaijan as already held.", language: "en"},
	"reportaz2025oct": {publisher: "Report.az (Azerbaijani edition)", date: "2025-10-07", dateNote: shownOnPage, language: "az"},
	"reporten2025dec": {publisher: "Report.az (English edition)", date: "2025-12-08", dateNote: "Date of the Azerbaijani version of the same interview.", language: "en", note: fromSlugTitle},
}
