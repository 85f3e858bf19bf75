package main

import "attache/reports/dataset"

// Caveats that several records of the 2026-12 material share.
const (
	kahrizCaveat = "Two amounts for Korea's kahriz grant: USD 4.2 million for the KOICA–IOM arrangement of June 2018, " +
		"USD 1.2 million as KOICA's country director put it in May 2022. They may count different phases or bases; neither is preferred."
	visitDateCaveat = "Sources differ on the date of Speaker Gafarova's visit: the National Assembly dates the talks to 1 November 2023, " +
		"later Korean reports speak of October 2023. The visit probably ran from the end of October into early November."
	trade2021Caveat = "Korea's count for ten months (January–October 2021), beside Azerbaijan's count for the whole year (USD 227.6–228 million): " +
		"the two sides' statistics and periods differ, so neither figure corrects the other."
	tourismDinnerCaveat = "Two reports of what may be one event: a networking dinner reported on 21 November 2024 and a gala dinner dated 25 November 2024."
)

// leftOut names the facts of records-additions-2026-12.csv that the dataset does not hold,
// with the reason; LEFT-OUT-2026-12.md lists them for readers.
var leftOut = map[string]string{}

// decisions2026 covers the additions N001–N059 of December 2026.
var decisions2026 = map[string]decision{
	"N001": {
		title:   "KOICA opens an office in Azerbaijan",
		summary: "Azerbaijan's development agency records that Korea's aid agency set up its Azerbaijan office in February 2009; its cooperation with Azerbaijan goes back to 1994.",
	},
	"N002": {
		title:   "First EDCF loans from Korea Eximbank: USD 65.5 million",
		summary: "Contracts concluded on 11 April 2014 lend Azerbaijan USD 43.5 million for the Pirshagi wastewater treatment plant and USD 22 million for a vocational training centre, 65.5 million in all, from Korea's Economic Development Cooperation Fund.",
	},
	"N003": {
		title:   "Silk Way West starts scheduled cargo flights Incheon–Baku",
		summary: "The first regular freight link between the two countries opened on 16 October 2014 with 2 flights a week by Boeing 767 freighter.",
	},
	"N004": {
		title:     "KOICA and IOM sign a USD 4.2 million kahriz grant",
		summary:   "The grant arrangement of 12 June 2018 funds the rehabilitation of kahrizes, traditional underground water channels, for communities of internally displaced people in eight districts. A KOICA figure of May 2022 gives USD 1.2 million for the kahriz project.",
		caveat:    kahrizCaveat,
		conflicts: []string{"R090"},
	},
	"N005": {
		title:   "King Sejong Institute opens at Baku State University",
		summary: "Set up on 23 July 2018 under an agreement with Korea's King Sejong Institute Foundation, to teach the Korean language.",
	},
	"N006": {
		title:    "Korean-backed vocational centre for industry opens in Baku",
		summary:  "A state vocational education centre for industry and innovation, founded on a 2016 accord of Azerbaijan's education ministry with Korea. A report of January 2020 says it opened the year before, hence 2019.",
		inferred: true,
	},
	"N007": {
		title:     "Korean tourist numbers grow 19.9% in 2019",
		summary:   "Growth over 2018 in the number of Korean tourists, from Azerbaijan's State Tourism Agency, reported in January 2020.",
		indicator: indTouristGrowth, qualifier: dataset.Exact, reporter: aze, partner: kor,
	},
	"N008": {
		title:   "Ambassador Kim Dong-eop: Korean firm at work on toll motorways M1, M3",
		summary: "In a May 2019 interview Korea's ambassador named road building as one field where the two economies complement each other.",
	},
	"N009": {
		title:    "Tourism board: visitors from China, Korea, Japan up 8-9 percent",
		summary:  "Florian Sengstschmid, head of the Azerbaijan Tourism Board, gave the growth together for the three countries in June 2019. The year comes from the text.",
		kind:     dataset.Statement,
		caveat:   "The period is not clear: the growth may be for 2018 or for January–May 2019, and it covers three countries together.",
		inferred: true,
	},
	"N010": {
		milestone: dataset.MilestoneVisit,
		title:     "Health committee chair Amiraslanov calls on Speaker Moon Hee-sang",
		summary:   "Ahliman Amiraslanov, who chairs the Milli Majlis committee on health, called on Korea's National Assembly speaker on Thursday 27 June. The year 2019 is inferred from the weekday and a reference to the PyeongChang Olympics of the year before.",
		inferred:  true,
	},
	"N011": {
		title:   "KOICA trains Azerbaijan's state food buyer in Korea",
		summary: "Staff of Azerbaijan's state company for food procurement and supply took a course at Hankyong National University from 18 to 31 August 2019.",
		end:     "2019-08-31",
	},
	"N012": {
		title:   "Smart Bridge project with KOICA ends: 60 trained",
		summary: "A closing conference in September 2019 marked the end of the project with Azerbaijan's Entrepreneurship Development Fund, which had trained 60 people between 30 August and 14 September.",
	},
	"N013": {
		title:    "KOICA helps displaced families through the COVID-19 lockdown",
		summary:  "A memorandum with Azerbaijan's refugee and IDP committee provided 300 parcels of food and medical supplies for displaced families on low incomes in Baku. The page gives 28 April; 2020 is inferred from the quarantine it describes.",
		inferred: true,
	},
	"N014": {
		title:   "Korean medical masks handed over in Baku",
		summary: "Azerbaijan's foreign ministry received face masks donated by Korea at a ceremony on 22 July 2020.",
	},
	"N015": {
		title:   "Dual-degree agreement between BEU and Inha University",
		summary: "Baku Engineering University and Korea's Inha University signed the programme agreement at an online ceremony on 28 August 2020, with Ambassador Kim Dong-eop taking part.",
	},
	"N016": {
		title:   "Korean courses at BEU draw more than 1,500 applicants",
		summary: "The preliminary King Sejong Institute in Khirdalan, at Baku Engineering University, raised its intake to 210 students in September 2020 after the flood of applications.",
		kind:    dataset.Event,
	},
	"N017": {
		title:   "Korea gives three COVID-19 testing booths",
		summary: "The walk-through booths were delivered on 3 December 2020 at the Baku airport named after Heydar Aliyev.",
	},
	"N018": {
		title:   "Korean gift of 350,000 KF94 masks recalled",
		summary: "When handing over glove boxes for COVID-19 testing in December 2020, Korea's side noted that it had already given Azerbaijan 350,000 protective masks.",
		kind:    dataset.Statement,
	},
	"N019": {
		title:   "Kahriz works in Aghdam resume after the war",
		summary: "IOM, with KOICA's funding, restarted renovation in Aghdam district in December 2020; the project aims to restore 40 kahrizes serving more than 8,000 families across eight districts.",
	},
	"N020": {
		title:     "Trade January–October 2021: USD 87 million by Korean count",
		summary:   "Figure of the Korea International Trade Association (KITA), 40.3% more than a year before, given at its forum in Seoul in November 2021.",
		indicator: indTurnover, qualifier: dataset.Exact, reporter: kor, partner: aze,
		date: "2021-01", end: "2021-10",
		caveat:    trade2021Caveat,
		conflicts: []string{"R075", "R076"},
	},
	"N021": {
		title:    "Aliyev: works in liberated lands to be presented in Korea",
		summary:  "President Aliyev told Chong Soo Park that a presentation on the rebuilding of the liberated territories would soon take place in the Republic of Korea. The page gives 22 November; the year 2021 comes from Trend's report of the same meeting.",
		inferred: true,
	},
	"N022": {
		title:   "KITA forum on trade and investment with Azerbaijan in Seoul",
		summary: "The Korea International Trade Association held the forum at COEX on 24 November 2021; Elnur Aliyev, deputy minister of economy, attended for Azerbaijan.",
	},
	"N023": {
		title:    "Khirdalan King Sejong Institute formally opened",
		summary:  "Inha University and Baku Engineering University held the opening on 10 December. A preliminary institute had run from 1 September 2020 and taught about 370 learners; the full institute began on 1 July 2021. The year is inferred from those dates.",
		inferred: true,
	},
	"N024": {
		title:    "KOICA grant of USD 2 million to map Azerbaijan's innovation policy",
		summary:  "Signed with Azerbaijan's digital development and transport ministry. The report is undated; 2022 is inferred from the latest trade year it cites and the KOICA director it names.",
		inferred: true,
	},
	"N025": {
		title:    "Hyundai E&C and AZPROMO discuss investment in Baku",
		summary:  "Hyundai Engineering & Construction met Azerbaijan's export and investment promotion agency on the 7th of a month. The year 2022 is inferred because the report places the 30th year of relations in the current year.",
		inferred: true,
	},
	"N026": {
		title:   "Malik Hasanov of the Milli Majlis receives Korea's envoy Lee Eun Yong",
		summary: "Hasanov, who leads the parliament's working group on relations with Korea, met Korea's ambassador on 13 April 2022.",
	},
	"N027": {
		milestone: dataset.MilestoneVisit,
		title:     "Energy ties discussed by Minister Shahbazov and Korea's envoy Lee Eun Yong",
		summary:   "Talks reported on 26 April 2022 covered cooperation in energy, renewable power included.",
	},
	"N028": {
		title:   "Trees planted in Seoul for 30 years of relations",
		summary: "Ambassador Ramzi Teymurov and Yongsan district mayor Seong Jang-hyun planted trees in Singye History Park on 12 May 2022.",
	},
	"N029": {
		title:     "18 kahrizes renovated with KOICA's grant",
		summary:   "IOM's count in September 2022, when the restored kahriz of Charekand, in Fuzuli district, went back to local people.",
		indicator: indKahrizesRenovated, qualifier: dataset.Exact,
	},
	"N030": {
		milestone: dataset.MilestoneVisit,
		title:     "Ambassador Lee Eun Yong received by Finance Minister Sharifov",
		summary:   "The report is undated; 2023 is inferred from its mention of this year's meeting of the Asian Development Bank, held in Incheon from 1 to 5 May.",
		inferred:  true,
	},
	"N031": {
		title:     "30 groups enter the embassy's K-pop contest",
		summary:   "Six groups and three singers reached the final of the Korean embassy's yearly festival. The year 2023 is inferred: Lee Eun Yong, ambassador since January 2022, spoke of his second year.",
		indicator: indKpopEntrants, qualifier: dataset.Exact,
		inferred: true,
	},
	"N032": {
		title:     "Spark plug imports from Korea in 2023: USD 0.465 million",
		summary:   "Azerbaijan's State Statistical Committee counted 154,112 Korean spark plugs, worth USD 465,000, imported in 2023 (reported in March 2024). One product only, not total trade.",
		indicator: indSparkPlugImports, qualifier: dataset.Exact, reporter: aze, partner: kor,
	},
	"N033": {
		title:    "Third Korean studies conference at the University of Languages",
		summary:  "Azerbaijan's University of Languages hosted the international meeting on 14 and 15 March. The year 2023 is inferred: the report refers to the February earthquakes in Türkiye as recent.",
		end:      "2023-03-15",
		inferred: true,
	},
	"N034": {
		title:   "Seoul reception for Independence Day and the Heydar Aliyev centenary",
		summary: "Azerbaijan's embassy held the reception at the Four Seasons hotel on 30 May 2023; National Assembly member Suh Byung-soo spoke.",
	},
	"N035": {
		title:    "Azerbaijan is Korea's biggest South Caucasus partner, says Ambassador Ramin Hasanov",
		summary:  "Said at the embassy's reception of 30 May; the year 2023 is inferred by matching the reception to the Diplomacy Journal's report.",
		inferred: true,
	},
	"N036": {
		title:    "KITA and AZPROMO forum on economic cooperation in Seoul",
		summary:  "About 100 people met at the InterContinental COEX on the 7th; June 2023 is inferred because the forum fell on the day of the third joint economic commission.",
		inferred: true,
	},
	"N037": {
		title:     "Speaker Gafarova in Seoul: defence-industry memorandum expected soon",
		summary:   "Meeting Speaker Kim Jin-pyo on 1 November 2023, the Milli Majlis speaker said a memorandum on cooperation in the defence industry would follow shortly.",
		sectors:   []string{secParliament, secDefence},
		caveat:    visitDateCaveat,
		conflicts: []string{"A002"},
	},
	"N038": {
		title:     "About 200 Azerbaijani students in Korea",
		summary:   "Figure given by Speaker Sahiba Gafarova during her visit to Korea in November 2023.",
		indicator: indStudentsInKorea, qualifier: dataset.Approx,
	},
	"N039": {
		milestone: dataset.MilestoneVisit,
		title:     "Friendship group chair Suh Byung-soo meets Speaker Gafarova",
		summary:   "Reported on 2 November 2023: talks with the chair of the National Assembly's Korea–Azerbaijan friendship group on ties between the parliaments.",
	},
	"N040": {
		title:    "MP Bayramov: visitors from Korea 1.9 times a year earlier",
		summary:  "Vugar Bayramov cited official statistics, apparently for January and February 2024. The report is undated; early 2024 is inferred from the period it covers.",
		kind:     dataset.Statement,
		caveat:   "A ratio for two months against the same months of 2023, not a yearly growth rate: not comparable with the yearly figures.",
		inferred: true,
	},
	"N041": {
		title:   "Daejeon chamber of commerce receives Ambassador Ramin Hasanov",
		summary: "Chairman Jung Tae-hee and the ambassador agreed on 8 April 2024 to seek more investment and exchanges between Daejeon and Azerbaijan.",
	},
	"N042": {
		title:    "Independence Day in Seoul with a call for climate partnership",
		summary:  "Azerbaijan's embassy marked the day at the Grand Hyatt and said it wanted to work with Korea on climate action. The report of 27 May 2024 says the event was on Wednesday, so 22 May is inferred.",
		inferred: true,
	},
	"N043": {
		title:   "Innovation roadmap project with KOICA closes",
		summary: "Ambassador Lee Eun Yong spoke at the closing report meeting in July 2024, held with the digital development ministry and IDDA, its innovation agency.",
	},
	"N044": {
		title:    "Envoy Amirbayov: over 50 percent of Korean aid goes to technology, environment and energy",
		summary:  "The presidential envoy said so in an interview reprinted without a date; August 2024 is inferred from his visit to Seoul that month.",
		kind:     dataset.Statement,
		inferred: true,
	},
	"N045": {
		title:   "Amirbayov asks Korea to join COP29 and reconstruction",
		summary: "Meeting Kim Seok-ki, chair of the foreign affairs committee, on 27 August 2024, the presidential envoy invited the Korean state and Korean firms into COP29 in Baku and into the rebuilding of the liberated territories.",
	},
	"N046": {
		title:   "Korea gives Ganja City United Hospital medical equipment worth USD 0.5 million",
		summary: "Equipment worth USD 500,000, handed over in October 2024 with Ambassador Lee Eun Yong (spelled Lee In-yong in the report).",
	},
	"N047": {
		milestone: dataset.MilestoneVisit,
		title:     "Kim Wan-sup, Korea's minister of environment, heads its COP29 delegation",
		summary:   "Korea's government delegation took part in the climate conference in Baku from 11 to 22 November 2024; Chung Ki-yong, the foreign ministry's ambassador for climate change, was alternate head.",
		end:       "2024-11-22",
	},
	"N048": {
		milestone: dataset.MilestoneVisit,
		title:     "Cho Hong-sik is the President's special envoy at the COP29 summit",
		summary:   "Korea's ambassador for climate and environment attended the leaders' segment in Baku on 12 and 13 November 2024, as the foreign ministry announced on 8 November.",
		end:       "2024-11-13",
	},
	"N049": {
		title:     "Azerbaijan's tourism delegation holds a networking dinner in Korea",
		summary:   "Herald Economy called it the first such event in Korea and said visitors from Korea had risen 91% on a year earlier, without giving the period.",
		kind:      dataset.Event,
		caveat:    tourismDinnerCaveat,
		conflicts: []string{"N050"},
	},
	"N050": {
		title:     "Azerbaijan gala dinner in Seoul looks to 2025 charter flights",
		summary:   "Ambassador Ramin Hasanov and Tourism Board chief Florian Sengstschmid were the hosts, at a Seoul hotel, on 25 November 2024.",
		caveat:    tourismDinnerCaveat,
		conflicts: []string{"N049"},
	},
	"N051": {
		title:     "BEU–Inha dual degree: 143 graduates from four intakes",
		summary:   "Students admitted from 2020 to 2023 earned degrees of both universities. The page is undated; it announces admission for 2025/26, hence 2025.",
		indicator: indDualDegreeGrads, qualifier: dataset.Exact,
		inferred: true,
	},
	"N052": {
		title:   "First diplomas of the Inha and BEU joint degrees",
		summary: "Ambassador Kang Kymgu said in October 2025 that the ceremony had taken place in July.",
	},
	"N053": {
		milestone: dataset.MilestoneVisit,
		title:     "Emergencies Minister Heydarov meets Ambassador Kang Kymgu",
		summary:   "Kamaladdin Heydarov met Korea's new ambassador; the report of 4 July 2025 writes his name Kim Goo Kang.",
	},
	"N054": {
		title:     "K-pop festival in Baku: 24 teams enter",
		summary:   "Six teams made the final of the Korean embassy's festival, held at Baku's music academy in September 2025.",
		indicator: indKpopEntrants, qualifier: dataset.Exact,
	},
	"N055": {
		title:   "Inha University reviews its joint degree with BEU",
		summary: "Inha's monitoring of the programme run with Baku Engineering University was completed in October 2025.",
	},
	"N056": {
		title:   "Korea gives Ganja hospital equipment worth USD 0.35 million",
		summary: "Equipment worth USD 350,000 for Ganja United City Hospital, run by the TABIB health administration, in November 2025.",
	},
	"N057": {
		title:   "Ambassador Kang Kymgu: KOICA has rebuilt kahrizes in Karabakh too",
		summary: "Some of the kahrizes restored with KOICA's help lie in the liberated territories, the ambassador said in December 2025, and talks on doing more were under way.",
	},
	"N058": {
		title:   "Memorandum between SOCAR and Korea's Samsung E&A",
		summary: "Announced by Economy Minister Mikayil Jabbarov on 25 February 2026: efficiency of energy assets, local content, a regional industrial centre, skills and decarbonisation.",
	},
	"N059": {
		title:   "UN praises KOICA's kahriz work with IOM",
		summary: "Acting UN Resident Coordinator Igor Garafulich met Hwang Sulim, head of KOICA's Azerbaijan office, on 26 February 2026.",
	},
}
