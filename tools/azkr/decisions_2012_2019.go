package main

import "attache/reports/dataset"

// decisions2012to2019 covers records R037–R066.
var decisions2012to2019 = map[string]decision{
	"R037": {
		milestone: dataset.MilestoneVisit,
		title:     "Nuclear Security Summit brings President Aliyev back to Seoul",
		summary:   "Azerbaijan's president came to Seoul again in 2012 to attend the summit, the Korean ambassador recalled in 2014.",
	},
	"R038": {
		title:     "2011 trade turnover: USD 648 million",
		summary:   "An Azerbaijani diplomat in Seoul gave USD 648 million as the current trade volume in May 2012. The year is inferred as 2011, the last full year; Azerbaijan's IMF-reported total for 2011 is USD 648.0 million.",
		indicator: indTurnover, qualifier: dataset.Exact,
		date: "2011", inferred: true,
	},
	"R039": {
		title:     "2013 trade turnover: USD 312 million",
		summary:   "Choi Suk-inn, Korea's ambassador, gave the figure for the previous year in September 2014; it matches Korea's IMF-reported total for 2013 (USD 311.8 million).",
		indicator: indTurnover, qualifier: dataset.Exact,
	},
	"R040": {
		title:   "SOCAR signs Samsung Engineering to build the carbamide plant",
		summary: "On 13 March 2013 SOCAR gave the Korean company Samsung Engineering the turnkey contract (engineering, procurement, construction) for the carbamide plant in Sumgayit.",
	},
	"R041": {
		title:     "Cars: 64.1% of Korea's exports to Azerbaijan, first quarter of 2014",
		summary:   "The Korean ambassador listed the main exports of the first quarter of 2014: cars first, then household electrical goods at 11%, machines and computers at 6.5% and plastic products at 5.8%.",
		indicator: indCarShare, qualifier: dataset.Exact, reporter: kor, partner: aze,
		date: "2014-01", end: "2014-03",
	},
	"R042": {
		title:     "About 230 Koreans live in Azerbaijan",
		summary:   "Size of the Korean community as estimated by the Korean ambassador in September 2014.",
		indicator: indKoreanResidents, qualifier: dataset.Approx,
	},
	"R043": {
		milestone: dataset.MilestoneVisit,
		title:     "Prime Minister Chung Hong-won's visit to Baku",
		summary:   "Kookmin Ilbo reported the prime minister's departure on 26 November 2014; talks with President Aliyev from the 27th were to cover infrastructure, petrochemicals, the defence industry and Korean firms' access to the Azerbaijani market.",
	},
	"R044": {
		title:   "Foreign ministries hold a policy consultation",
		summary: "Korea's foreign ministry mentions a round of policy consultation in 2015 when reporting the next one, in November 2017.",
	},
	"R045": {
		title:     "Carbamide plant cost put at EUR 500 million before taxes",
		summary:   "Report.az gave the project's cost without taxes in October 2015. A 2017 report gives EUR 750 million as the total cost; the two figures are probably on different bases.",
		indicator: indCarbamideCost, qualifier: dataset.Exact,
		conflicts: []string{"R053"},
	},
	"R046": {
		title:     "Export-Import Bank of Korea credit for the carbamide plant: USD 150 million",
		summary:   "Report.az listed the Korean export credit among the plant's financing in October 2015, while SOCAR was preparing a long-term financing agreement.",
		indicator: indCarbamideCredit, qualifier: dataset.Exact,
	},
	"R047": {
		title:   "Azerbaijan a priority country for Korean aid, 2016–2020",
		summary: "Yonhap noted, when the grant-aid agreement was signed in 2019, that Korea had made Azerbaijan a focus country of its official development assistance for 2016–2020.",
		end:     "2020",
	},
	"R048": {
		title:   "Korea and Azerbaijan widen maritime cooperation",
		summary: "Korea is to help train Azerbaijani seafarers, and Azerbaijan is to share its experience in operating offshore plants with Korea.",
	},
	"R049": {
		milestone: dataset.MilestoneVisit,
		title:     "Economic joint commission holds its first session in Seoul",
		summary:   "The two governments held the first session of their joint economic commission in Seoul on 14 June 2016.",
	},
	"R050": {
		title:   "Economic cooperation protocol signed at the first joint commission",
		summary: "The commission's protocol names transfer of technology, renewable power and ICT among the fields of cooperation.",
	},
	"R051": {
		title:    "ASAN and Korea's interior ministry sign an e-government memorandum",
		summary:  "Azerbaijan's public service agency ASAN and Korea's interior ministry agreed to work together on electronic government and the delivery of public services. The page gives only 19 August; the year 2016 comes from other reports.",
		inferred: true,
	},
	"R052": {
		title:     "2017 trade turnover: USD 85.5 million",
		summary:   "Korean ambassador Kim Dong-eop gave the figure in an interview published after November 2018; Azerbaijan's IMF-reported total for 2017 is USD 85.6 million.",
		indicator: indTurnover, qualifier: dataset.Exact,
	},
	"R053": {
		title:     "Carbamide plant total cost: EUR 750 million",
		summary:   "Reported when President Aliyev inspected the construction site in April 2017. An October 2015 report gave EUR 500 million excluding taxes.",
		indicator: indCarbamideCost, qualifier: dataset.Exact,
		conflicts: []string{"R045"},
	},
	"R054": {
		title:   "25th anniversary: Korea's acting president seeks closer cooperation",
		summary: "Hwang Kyo-ahn's anniversary letter named energy infrastructure, transport, telecommunications and the building of petrochemical plants as fields where Seoul wants closer work.",
		sectors: []string{secDiplomacy, secEnergy, secTransport, secICT, secPetrochemicals},
	},
	"R055": {
		title:     "Over 40 Korean companies active in Azerbaijan",
		summary:   "Reported by the Korea Herald in May 2017, in its article on the Azerbaijani embassy's event for 25 years of relations.",
		indicator: indCompaniesActive, qualifier: dataset.AtLeast,
	},
	"R056": {
		milestone: dataset.MilestoneVisit,
		title:     "President Aliyev meets Korean Deputy Speaker Park Joo-sun",
		summary:   "Azerbaijan's president received a delegation of Korea's National Assembly headed by its deputy speaker.",
	},
	"R057": {
		title:    "Anniversary concert with about 80 Korean performers",
		summary:  "For 25 years of relations, a programme with some 80 Korean performers, taekwondo masters included, was set for the Heydar Aliyev Palace on 17 September. The page is undated; the year 2017 follows from the anniversary.",
		inferred: true,
	},
	"R058": {
		title:   "Third policy consultation between the foreign ministries",
		summary: "Yoon Soon-gu, Korea's political deputy foreign minister, and Khalaf Khalafov, deputy foreign minister of Azerbaijan, held the third round in Seoul on 20 November 2017.",
	},
	"R059": {
		title:     "2018 trade turnover: USD 227 million",
		summary:   "Minister Ramin Guluzade gave the 2018 figure in October 2019 and said it was 2.6 times the 2017 level. Azerbaijan's IMF-reported total for 2018 is USD 226.8 million.",
		indicator: indTurnover, qualifier: dataset.Exact,
	},
	"R060": {
		title:     "Trade turnover January–November 2018: USD 150 million",
		summary:   "Ambassador Kim Dong-eop said trade in the first eleven months of 2018 was already about twice the 2017 total.",
		indicator: indTurnover, qualifier: dataset.Exact,
		date: "2018-01", end: "2018-11",
	},
	"R061": {
		title:   "KOICA starts helping restore kahriz water systems",
		summary: "Korea's development agency KOICA has taken part since 2018 in restoring kahrizes, Azerbaijan's traditional underground water channels, the Korean ambassador said in December 2025.",
	},
	"R062": {
		milestone: dataset.MilestoneVisit,
		title:     "Ambassador Ramzi Teymurov calls on Speaker Moon Hee-sang",
		summary:   "Korea's National Assembly speaker met Azerbaijan's ambassador in Seoul on 21 August 2018 and called for joining Azerbaijan's resources with Korean technology and capital.",
	},
	"R063": {
		title:     "Korean contractors registered for government projects: 74",
		summary:   "Economy minister Shahin Mustafayev said in January 2019 that 74 Korean companies were registered to work as contractors on government projects. The October 2019 Azernews article repeats the figure.",
		indicator: indContractorsReg, qualifier: dataset.Exact,
		alsoCites: []string{articleSource},
	},
	"R064": {
		title:     "Bilateral documents signed: 57",
		summary:   "Count given by economy minister Shahin Mustafayev when the grant-aid agreement was signed in January 2019.",
		indicator: indDocumentsSigned, qualifier: dataset.Exact,
	},
	"R065": {
		title:     "Korea and Azerbaijan sign a grant-aid framework agreement",
		summary:   "Kim Dong-eop, Korea's ambassador, and Shahin Mustafayev, Azerbaijan's economy minister, signed the agreement at Azerbaijan's economy ministry on 11 January 2019. The October 2019 Azernews article mentions it too.",
		alsoCites: []string{"genews2019", articleSource},
	},
	"R066": {
		title:   "SOCAR's carbamide plant at Sumgayit opens",
		summary: "President Aliyev opened the plant, which Samsung Engineering built in the Sumgayit Chemical Industrial Park.",
	},
}
