package main

import "attache/reports/dataset"

// decisions1992to2011 covers records R001–R036.
var decisions1992to2011 = map[string]decision{
	"R001": {
		milestone: dataset.MilestoneRelations,
		title:     "Azerbaijan and Korea open diplomatic relations",
		summary:   "The two states began formal diplomatic ties on 23 March 1992. The Azernews article of October 2019 also dates the start of relations to 1992.",
		alsoCites: []string{articleSource},
	},
	"R002": {
		title:     "2003 trade turnover: about USD 17 million",
		summary:   "Given in a Korea Herald article of December 2010 as the level from which bilateral trade later grew.",
		indicator: indTurnover, qualifier: dataset.Approx,
	},
	"R003": {
		title:     "2005 trade turnover: a little over USD 42 million",
		summary:   "Figure given by the Korean ambassador in an interview with APA in February 2012.",
		indicator: indTurnover, qualifier: dataset.AtLeast,
	},
	"R004": {
		title:   "Commission for economic cooperation set up",
		summary: "A bilateral commission to run joint economic projects was created in 2006. In 2010 Azerbaijan's foreign minister proposed widening it into a joint commission for deeper talks.",
	},
	"R005": {
		milestone: dataset.MilestoneEmbassy,
		title:     "Korea opens its embassy in Baku",
		summary:   "The Korean embassy in Azerbaijan opened on 4 March 2006. The October 2019 Azernews article gives the same year and says ties grew closer afterwards.",
		alsoCites: []string{articleSource},
	},
	"R006": {
		milestone: dataset.MilestoneVisit,
		title:     "President Roh Moo-hyun's state visit to Azerbaijan",
		summary:   "Korea's president was in Baku from 10 to 12 May 2006, invited by Azerbaijan's President Ilham Aliyev.",
		end:       "2006-05-12",
	},
	"R007": {
		title:    "Roh is the first Korean president to come to Azerbaijan",
		summary:  "Korean government television presented President Roh's arrival in Baku as the first time a Korean president had come to Azerbaijan. The page is undated; the day comes from its text, the month and year from the known dates of the visit.",
		inferred: true,
	},
	"R008": {
		title:    "Baku summit: 4 agreements and memoranda due for signature",
		summary:  "A preview of the summit of 11 May 2006 listed four texts the presidents would see signed: memoranda on construction and on energy and resources, an air services agreement and a cultural agreement. The page is undated; the year comes from the visit.",
		inferred: true,
	},
	"R009": {
		title:     "Korea's 2007 exports to Azerbaijan: USD 130 million",
		summary:   "Yonhap, reporting on KOTRA's trade office in Baku in 2008, put Korea's 2007 exports to Azerbaijan at USD 130 million, 175% more than in 2006.",
		indicator: indExportsStated, qualifier: dataset.Exact, reporter: kor, partner: aze,
	},
	"R010": {
		milestone: dataset.MilestoneVisit,
		title:     "Speaker of the Milli Majlis visits Korea",
		summary:   "The Korean ambassador recalled in an October 2010 interview that the head of Azerbaijan's parliament came to Korea in 2007.",
	},
	"R011": {
		milestone: dataset.MilestoneEmbassy,
		title:     "Azerbaijan opens its embassy in Seoul",
		summary:   "Azerbaijan set up its embassy in Seoul on 14 March 2007, a year after Korea's embassy in Baku opened. The October 2019 Azernews article gives the same year.",
		alsoCites: []string{articleSource},
	},
	"R012": {
		title:   "Investment promotion and protection agreement signed",
		summary: "The two governments concluded a treaty on promoting and protecting each other's investments during President Aliyev's state visit to Seoul.",
	},
	"R013": {
		title:   "Leaders agree an intergovernmental committee for economic and technical cooperation",
		summary: "At the Seoul summit the two sides decided to create a joint body covering the economy, science and technology, to give consultations between the governments more weight.",
	},
	"R014": {
		milestone: dataset.MilestoneVisit,
		title:     "President Ilham Aliyev's state visit to Korea",
		summary:   "Azerbaijan's president was in Korea from 23 to 25 April 2007 on a state visit.",
		end:       "2007-04-25",
	},
	"R015": {
		title:   "Joint declaration of the two presidents",
		summary: "Presidents Aliyev and Roh Moo-hyun signed a joint declaration on relations between their countries in Seoul.",
	},
	"R016": {
		title:   "Memoranda on minerals, e-government, emergencies and youth approved",
		summary: "Part of the package of 11 memoranda approved by President Aliyev in June 2007: cooperation in extracting mineral resources, building e-government, handling emergencies, and youth policy.",
	},
	"R017": {
		title:   "Transport memoranda: Baku sea port, smart city transport, railways",
		summary: "The same June 2007 package covers a new international sea port in Baku, an intelligent system to run city transport, railway cooperation, and research links between Azerbaijan's transport ministry and the Korea Transport Institute.",
	},
	"R018": {
		title:   "Azerbaijan endorses 11 memoranda with Korea by presidential order",
		summary: "An order of President Aliyev reported on 25 June 2007 approved 11 memoranda between the two governments, on transport, e-government, mineral resources, emergencies and youth policy among others.",
	},
	"R019": {
		title:     "2008 trade turnover: USD 859 million",
		summary:   "Given in the Korea Herald's December 2010 article; it matches the total Azerbaijan reported to the IMF for 2008 (USD 859.6 million).",
		indicator: indTurnover, qualifier: dataset.Exact,
	},
	"R020": {
		title:   "Government youth exchanges start",
		summary: "According to the Korean ambassador (2012), the two governments have run youth exchange programmes since 2008.",
	},
	"R021": {
		milestone: dataset.MilestoneVisit,
		title:     "Korean Prime Minister Han Seung-soo visits Azerbaijan",
		summary:   "The Korean ambassador recalled the prime minister's 2008 visit in an interview in 2010; a Korean news item names Han Seung-soo and describes the trip.",
		alsoCites: []string{"ndsoft"},
	},
	"R022": {
		title:   "Korean companies start investing in Azerbaijan",
		summary: "Korean firms began investing in Azerbaijan in 2008, the Korean ambassador said in 2012.",
	},
	"R023": {
		title:    "Prime minister's visit: some 20 agreements and memoranda planned",
		summary:  "A Korean report on Han Seung-soo's visit (on the 18th and 19th of the month) expected about 20 government agreements and agency memoranda, among them double-tax avoidance, visa-free travel on diplomatic and official passports, joint mineral exploration in the Caucasus, the environment, a new administrative city and traffic management for Baku. The page is undated; the year 2008 comes from another source.",
		inferred: true,
	},
	"R024": {
		title:     "KOTRA opens a Korea Business Center in Baku",
		summary:   "Korea's trade and investment promotion agency has run a business centre in Baku since May 2008.",
		alsoCites: []string{"wowkorea"},
	},
	"R025": {
		title:   "High-level political consultations begin",
		summary: "In 2009 the two sides started regular high-level talks meant to settle open political questions, as Korea's ambassador recalled in 2020.",
	},
	"R026": {
		milestone: dataset.MilestoneVisit,
		title:     "Third economic cooperation committee meets in Seoul",
		summary:   "Korea's Ministry of Knowledge Economy and Azerbaijan held the committee's third session at the Lotte Hotel in Seoul on 9 and 10 July 2009.",
		end:       "2009-07-10",
	},
	"R027": {
		title:   "Korea offers IT projects: e-government and fare collection",
		summary: "At a public–private meeting held alongside the third committee, Korea suggested IT projects beyond the energy and construction work already under way: e-government and automatic collection of transport fares.",
	},
	"R028": {
		milestone: dataset.MilestoneVisit,
		title:     "Korea's transport minister and Lee Sang-deuk, special envoy, in Azerbaijan",
		summary:   "The Korean ambassador said in October 2010 that the transport minister had come to Azerbaijan that year, as had Lee Sang-deuk as special envoy.",
	},
	"R029": {
		title:   "Azerbaijan named one of 26 priority partners for Korean development aid",
		summary: "Korea's government placed Azerbaijan in October 2010 among its 26 main partner countries for development cooperation.",
	},
	"R030": {
		title:   "Ambassador: Azerbaijan among Korea's 30 key partners worldwide",
		summary: "In an October 2010 interview the Korean ambassador said his government counts Azerbaijan among its thirty most important partner countries.",
	},
	"R031": {
		milestone: dataset.MilestoneVisit,
		title:     "Foreign ministers Mammadyarov and Kim Sung-hwan meet in Seoul",
		summary:   "Azerbaijan's foreign minister held talks with his Korean counterpart on 14 December 2010; the two agreed to widen their joint projects.",
	},
	"R032": {
		title:   "Foreign minister counts close to 40 economic agreements from summits",
		summary: "Azerbaijan's foreign minister told the Korea Herald that the presidents' meetings had produced close to 40 documents on economic cooperation.",
	},
	"R033": {
		title:     "Trade turnover January–November 2011: USD 621 million",
		summary:   "The Korean ambassador gave the eleven-month figure in February 2012 and described it as fifteen times the 2005 level.",
		indicator: indTurnover, qualifier: dataset.Exact,
		date: "2011-01", end: "2011-11",
	},
	"R034": {
		title:     "Korean investment in Azerbaijan reaches USD 147 million",
		summary:   "Cumulative investment by Korean companies stood at USD 147 million at the end of 2011, according to the Korean ambassador (2012).",
		indicator: indInvestKRinAZ, qualifier: dataset.Exact,
		date: "2011-12",
	},
	"R035": {
		title:     "Groundbreaking of the Sumgayit carbamide plant (19 October 2011)",
		summary:   "A 2015 Report.az article dates the groundbreaking, attended by President Aliyev, to 19 October 2011. A 2019 Report.az article says December 2011 instead.",
		conflicts: []string{"R036"},
	},
	"R036": {
		title:     "Foundation of the carbamide plant laid (December 2011)",
		summary:   "Report.az, covering the plant's inauguration in 2019, says President Aliyev laid its foundation in December 2011; an earlier Report.az article gives 19 October 2011.",
		conflicts: []string{"R035"},
	},
}
