package main

import "attache/reports/dataset"

// decisions2019to2025 covers records R067–R109.
var decisions2019to2025 = map[string]decision{
	"R067": {
		title:     "Investment from Azerbaijan in Korea totals USD 474 million",
		summary:   "Stated in the Azernews article of October 2019 on Minister Guluzade's remarks. A week later the speaker of Azerbaijan's parliament gave 427 million.",
		indicator: indInvestAZinKR, qualifier: dataset.Exact,
		conflicts: []string{"R072"},
	},
	"R068": {
		title:     "Investment from Korea in Azerbaijan totals about USD 180 million",
		summary:   "Stated in the same Azernews article of October 2019. A week later the speaker of Azerbaijan's parliament gave USD 185 million.",
		indicator: indInvestKRinAZ, qualifier: dataset.Approx,
		conflicts: []string{"R073"},
	},
	"R069": {
		title:     "Cooperation documents signed so far: about 50",
		summary:   "Minister Guluzade's count in October 2019, spanning political and economic ties, protection of investments, e-government, traffic management, emergencies and more. A week later the speaker of parliament gave 62.",
		indicator: indDocumentsSigned, qualifier: dataset.Approx,
		conflicts: []string{"R070"},
	},
	"R070": {
		title:     "Speaker counts 62 bilateral legal documents",
		summary:   "Count given by the speaker of the Milli Majlis, Ogtay Asadov, when he met Korea's National Assembly speaker on 16 October 2019. A week earlier a minister had said about 50.",
		indicator: indDocumentsSigned, qualifier: dataset.Exact,
		conflicts: []string{"R069"},
	},
	"R071": {
		title:     "Registered companies with Korean investment: 67",
		summary:   "Figure given by Speaker Ogtay Asadov on 16 October 2019 for companies with Korean investment registered in Azerbaijan.",
		indicator: indCompaniesKRInvest, qualifier: dataset.Exact,
	},
	"R072": {
		title:     "Investment from Azerbaijan in Korea totals 427 million (Speaker Asadov)",
		summary:   "Stated by the speaker of the Milli Majlis on 16 October 2019. The report prints no currency; it is read here as US dollars. A week earlier Azernews gave USD 474 million.",
		indicator: indInvestAZinKR, qualifier: dataset.Exact,
		conflicts: []string{"R067"},
	},
	"R073": {
		title:     "Investment from Korea in Azerbaijan totals USD 185 million (Speaker Asadov)",
		summary:   "The speaker's figure of 16 October 2019; the Azernews article a week earlier said about USD 180 million.",
		indicator: indInvestKRinAZ, qualifier: dataset.Exact,
		conflicts: []string{"R068"},
	},
	"R074": {
		milestone: dataset.MilestoneVisit,
		title:     "Speakers Ogtay Asadov and Moon Hee-sang meet in Baku",
		summary:   "Azerbaijan's parliamentary speaker received a delegation led by the speaker of Korea's National Assembly on 16 October 2019.",
	},
	"R075": {
		title:     "2021 trade turnover: USD 227.6 million",
		summary:   "Background figure in Azernews' report of October 2022 on the event for 30 years of relations; the deputy foreign minister rounded it to USD 228 million at the same event. An Azerbaijani figure for the whole year.",
		indicator: indTurnover, qualifier: dataset.Exact, reporter: aze, partner: kor,
		conflicts: []string{"N020"},
	},
	"R076": {
		title:     "2021 trade turnover: USD 228 million, per Deputy FM Mammadov",
		summary:   "Deputy foreign minister Elnur Mammadov's rounded figure at the event for 30 years of relations in October 2022. An Azerbaijani figure for the whole year.",
		indicator: indTurnover, qualifier: dataset.Exact, reporter: aze, partner: kor,
		conflicts: []string{"N020"},
	},
	"R077": {
		title:     "Aliyev invites Korean firms to projects in the liberated territories",
		summary:   "President Aliyev told the visiting speaker of Korea's National Assembly that Korean companies were welcome to work on projects in the territories Azerbaijan regained. The page is undated; the date comes from Trend's report of the same meeting.",
		inferred:  true,
		alsoCites: []string{"trend2021aug"},
	},
	"R078": {
		milestone: dataset.MilestoneVisit,
		title:     "Korean Speaker Park Byeong-seug received by President Aliyev",
		summary:   "Korea's National Assembly speaker met the president in Baku on 19 August. The report gives no year; 2021 follows from the speaker's reference to the 30th anniversary of Azerbaijan's independence.",
		inferred:  true,
	},
	"R079": {
		title:   "Ambassador Teymurov: first understandings on a Korean role in reconstruction",
		summary: "Azerbaijan's ambassador to Korea told Trend that the two countries had already agreed on some points about Korean companies taking part in rebuilding the liberated lands.",
	},
	"R080": {
		milestone: dataset.MilestoneVisit,
		title:     "Aliyev receives Korea's Northern Economic Cooperation chairman",
		summary:   "President Aliyev met Chong Soo Park, who chairs the Korean president's committee for northern economic cooperation.",
	},
	"R081": {
		title:   "Letters exchanged for the 30th anniversary of relations",
		summary: "The presidents and foreign ministers of both countries exchanged congratulations for the 30th anniversary in 2022, as they had for the 25th in 2017.",
	},
	"R082": {
		title:     "About 70 documents signed (embassy page)",
		summary:   "The Azerbaijani embassy's page on political cooperation counts about 70 signed documents. The page is undated; 2022, the latest year it mentions, is used as its date.",
		indicator: indDocumentsSigned, qualifier: dataset.Approx,
		inferred: true,
	},
	"R083": {
		title:     "Four rounds of foreign-ministry political consultations held",
		summary:   "The embassy page says the consultations have met in Baku and in Seoul, the fourth and latest in 2022. The page is undated; 2022 is used as its date.",
		indicator: indConsultations, qualifier: dataset.Exact,
		inferred: true,
	},
	"R084": {
		title:     "Trade in 2022: USD 180 million by Korean count, a record",
		summary:   "The Korea International Trade Association reported record bilateral trade in 2022, 72.5% more than in 2021. This is Korea's count; Azerbaijani figures for 2021 were already higher (USD 227.6 million).",
		indicator: indTurnover, qualifier: dataset.Exact, reporter: kor, partner: aze,
	},
	"R085": {
		milestone: dataset.MilestoneVisit,
		title:     "President Aliyev accepts the new Korean ambassador's credentials",
		summary:   "The new Korean ambassador, written Lee In-young in this report and Lee Eun Yong elsewhere, presented credentials on Monday 10 January. The year 2022 is inferred from the weekday and the mention of 30 years of relations.",
		inferred:  true,
	},
	"R086": {
		title:   "Seoul calls Azerbaijan its closest South Caucasus partner",
		summary: "Deputy foreign minister Yun Seong-deok said so at the Azerbaijani embassy's reception in Seoul for Independence Day and 30 years of relations.",
	},
	"R087": {
		title:   "AZPROMO and KOTRA heads discuss export and investment promotion",
		summary: "Yusif Abdullayev, head of Azerbaijan's promotion agency AZPROMO, met Jo Kyekwon, director-general at KOTRA.",
		sectors: []string{secTrade, secInvestment},
	},
	"R088": {
		title:     "Korean companies active in Azerbaijan: more than 70",
		summary:   "Reported by Azernews from the AZPROMO–KOTRA meeting of May 2022.",
		indicator: indCompaniesActive, qualifier: dataset.AtLeast,
	},
	"R089": {
		title:     "Restored kahrizes to supply about 8,000 people who had been displaced",
		summary:   "KOICA's country director said that once restored, the kahrizes would give clean water to about 8,000 formerly displaced people back in their home areas.",
		indicator: indKahrizBeneficiary, qualifier: dataset.Approx,
	},
	"R090": {
		title:     "Korea commits USD 1.2 million to restore kahrizes",
		summary:   "KOICA's country director told a conference on 26 May 2022 that the Korean government was contributing USD 1.2 million to a project restoring kahrizes. The grant arrangement KOICA and IOM signed in June 2018 was reported at USD 4.2 million.",
		caveat:    kahrizCaveat,
		conflicts: []string{"N004"},
	},
	"R091": {
		title:   "Fourth policy consultation held in Seoul",
		summary: "Chaired by Korea's assistant foreign minister Yeo Seung-bae and Azerbaijan's deputy foreign minister Elnur Mammadov on 21 July 2022.",
	},
	"R092": {
		milestone: dataset.MilestoneVisit,
		title:     "FM Bayramov receives Korean presidential envoy Suh Byung-soo",
		summary:   "Azerbaijan's foreign minister and the Korean president's special representative discussed the range of cooperation in Baku on 25 August 2022.",
	},
	"R093": {
		title:   "Aliyev congratulates President Yoon on Korea's national day",
		summary: "President Aliyev's letter for Korea's national holiday also marked 30 years of diplomatic relations.",
	},
	"R094": {
		title:     "Korean companies active in Azerbaijan: 77",
		summary:   "Count given by deputy foreign minister Elnur Mammadov at the event for 30 years of relations in October 2022.",
		indicator: indCompaniesActive, qualifier: dataset.Exact,
	},
	"R095": {
		title:   "Ambassador Lee Eun Yong: smart city project pursued jointly",
		summary: "Korea's ambassador said the two countries were working together on smart city development in Azerbaijan.",
	},
	"R096": {
		title:     "Bilateral documents signed: more than 70",
		summary:   "Deputy foreign minister Elnur Mammadov's count at the event for 30 years of relations in October 2022.",
		indicator: indDocumentsSigned, qualifier: dataset.AtLeast,
	},
	"R097": {
		milestone: dataset.MilestoneVisit,
		title:     "Defence Minister Hasanov meets Korean lawmakers",
		summary:   "Colonel General Zakir Hasanov received a National Assembly delegation headed by Lee Hunseung on 15 December 2022.",
	},
	"R098": {
		milestone: dataset.MilestoneVisit,
		title:     "Third Joint Economic Commission in Seoul",
		summary:   "Korea's trade and industry ministry hosted the third session on 7 June 2023 to review how joint economic projects were progressing.",
	},
	"R099": {
		title:   "Seoul asks Baku to support Korean companies in energy projects",
		summary: "Korean companies want a share in large Azerbaijani energy projects, among them SOCAR's planned USD 3 billion (3,000 million) gas facilities.",
	},
	"R100": {
		milestone: dataset.MilestoneVisit,
		title:     "Speaker Sahiba Gafarova's official visit to Korea",
		summary:   "The Milli Majlis speaker met Korea's National Assembly speaker Kim Jin-pyo. Azernews reported the visit on 1 November 2023, and the National Assembly's own page dates the talks to Wednesday 1 November; Korean reports of 2024 speak of an October 2023 visit.",
		alsoCites: []string{"add-36"},
		caveat:    visitDateCaveat,
		conflicts: []string{"A002"},
	},
	"R101": {
		title:     "Trade in the first half of 2024: over USD 200 million",
		summary:   "Presidential envoy Elchin Amirbayov's figure, given in Seoul in August 2024 while stressing that far more was possible.",
		indicator: indTurnover, qualifier: dataset.AtLeast,
		date: "2024-01", end: "2024-06",
	},
	"R102": {
		title:   "Envoy Amirbayov asks Korea for more help with demining",
		summary: "Azerbaijan's presidential special representative, visiting Seoul, asked for greater Korean support in clearing mines.",
	},
	"R103": {
		milestone: dataset.MilestoneVisit,
		title:     "Committee chair Kim Seok-ki meets envoy Amirbayov",
		summary:   "The head of the National Assembly committee on foreign affairs and unification received Azerbaijan's presidential special representative on 27 August 2024 to discuss wider exchanges.",
	},
	"R104": {
		title:   "Daejoo247 appointed Azerbaijan Airlines' sales agent in Korea",
		summary: "Daejoo247, part of the Daejoo Air group, signed a general sales agent contract with the national carrier Azerbaijan Airlines (J2) on 1 December 2024.",
	},
	"R105": {
		title:   "Caspian Agro-2025 draws over 10 Korean agribusinesses",
		summary: "Korean agricultural companies exhibited at Azerbaijan's largest food fair in May 2025, the Korean ambassador said in October 2025.",
	},
	"R106": {
		title:   "Charter flights from Incheon to Baku and Tbilisi planned for May–July 2025",
		summary: "Planned jointly with Azerbaijan's embassy in Seoul and announced in December 2024; a regular service was to be considered after one or two more charters.",
		end:     "2025-07-04",
	},
	"R107": {
		milestone: dataset.MilestoneVisit,
		title:     "Korea's new ambassador Kang Kymgu received by FM Bayramov",
		summary:   "The foreign minister accepted a copy of the credentials of Korea's new ambassador on 23 May. The report shows no year; 2025 is inferred because it speaks of COP29 in Azerbaijan as past.",
		inferred:  true,
	},
	"R108": {
		title:     "Korean visitors to Azerbaijan in January–August 2025: over 10,000",
		summary:   "Figure given by the Korean ambassador in October 2025.",
		indicator: indKoreanTourists, qualifier: dataset.AtLeast,
		date: "2025-01", end: "2025-08",
	},
	"R109": {
		title:   "Ambassador Kang Kymgu: economic joint commission last met in June 2023",
		summary: "In a December 2025 interview, Korea's ambassador noted that the economic joint commission had not met since its Seoul session of June 2023.",
	},
}
