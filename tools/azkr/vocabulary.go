package main

import "attache/reports/dataset"

// Sector ids of the controlled list.
const (
	secDiplomacy      = "diplomacy"
	secParliament     = "parliament"
	secTrade          = "trade"
	secInvestment     = "investment"
	secEnergy         = "energy"
	secPetrochemicals = "petrochemicals"
	secTransport      = "transport"
	secICT            = "ict"
	secDevelopmentAid = "development-aid"
	secAgriculture    = "agriculture"
	secHealth         = "health"
	secCulture        = "culture"
	secFinance        = "finance"
	secEmergencies    = "emergencies"
	secDefence        = "defence"
)

// sectors is the controlled list, in the order documents present it.
var sectors = []dataset.Sector{
	{ID: secDiplomacy, Name: "Diplomacy & politics", Description: "Diplomatic ties, visits of leaders and ministers, consultations, embassies and the treaty framework."},
	{ID: secParliament, Name: "Parliament", Description: "Contacts between the Milli Majlis and the National Assembly: speakers, committees, delegations."},
	{ID: secTrade, Name: "Trade", Description: "Trade in goods, its statistics, economic commissions and trade promotion agencies."},
	{ID: secInvestment, Name: "Investment", Description: "Investment in each direction, investment treaties and companies of one country working in the other."},
	{ID: secEnergy, Name: "Energy, oil & gas", Description: "Oil, gas, power, renewables and mineral resources."},
	{ID: secPetrochemicals, Name: "Petrochemicals & industry", Description: "Chemical and industrial plants, construction contracts and urban development projects."},
	{ID: secTransport, Name: "Transport & logistics", Description: "Ports, shipping, railways, roads, traffic systems, aviation and infrastructure."},
	{ID: secICT, Name: "ICT & e-government", Description: "Information and communication technology, e-government, smart cities, science and technology."},
	{ID: secDevelopmentAid, Name: "Development aid", Description: "Official development assistance and grant aid, KOICA projects."},
	{ID: secAgriculture, Name: "Agriculture & water", Description: "Farming, food, water supply (kahrizes) and the environment."},
	{ID: secHealth, Name: "Health", Description: "Healthcare, medicine and medical equipment."},
	{ID: secCulture, Name: "Education, culture & tourism", Description: "Education, youth exchanges, culture, people-to-people ties and tourism."},
	{ID: secFinance, Name: "Finance & SMEs", Description: "Banking, export credit, taxation and small and medium-sized enterprises."},
	{ID: secEmergencies, Name: "Emergencies, demining & reconstruction", Description: "Emergency management, mine clearance and the rebuilding of the liberated territories."},
	{ID: secDefence, Name: "Defence", Description: "Defence contacts and the defence industry."},
}

// freeTextSectors maps each free-text sector of records.csv onto the controlled list.
var freeTextSectors = map[string][]string{
	"ICT":                  {secICT},
	"agriculture":          {secAgriculture},
	"aviation":             {secTransport},
	"business presence":    {secInvestment},
	"construction":         {secPetrochemicals},
	"culture":              {secCulture},
	"defence":              {secDefence},
	"defence industry":     {secDefence},
	"demining":             {secEmergencies},
	"development aid":      {secDevelopmentAid},
	"diplomacy":            {secDiplomacy},
	"e-government":         {secICT},
	"economy":              {secTrade},
	"education":            {secCulture},
	"emergency situations": {secEmergencies},
	"energy":               {secEnergy},
	"environment":          {secAgriculture},
	"finance":              {secFinance},
	"humanitarian":         {secEmergencies},
	"infrastructure":       {secTransport},
	"investment":           {secInvestment},
	"legal framework":      {secDiplomacy},
	"maritime":             {secTransport},
	"mining":               {secEnergy},
	"multi-sector":         {secDiplomacy, secTransport, secICT, secEnergy, secEmergencies, secCulture},
	"oil & gas":            {secEnergy},
	"parliament":           {secParliament},
	"people-to-people":     {secCulture},
	"petrochemicals":       {secPetrochemicals},
	"reconstruction":       {secEmergencies},
	"renewable energy":     {secEnergy},
	"science & technology": {secICT},
	"smart city":           {secICT},
	"taxation":             {secFinance},
	"technology":           {secICT},
	"telecom":              {secICT},
	"tourism":              {secCulture},
	"trade":                {secTrade},
	"trade promotion":      {secTrade},
	"transport":            {secTransport},
	"urban development":    {secPetrochemicals},
	"visas":                {secDiplomacy},
	"water":                {secAgriculture},
	"youth":                {secCulture},

	// Added with the 2026-12 material.
	"COVID-19":             {secHealth},
	"COP29":                {secDiplomacy, secAgriculture}, // a climate conference: diplomacy and the environment
	"Korean studies":       {secCulture},
	"SMEs":                 {secFinance},
	"automotive":           {secPetrochemicals},
	"climate":              {secAgriculture}, // the environment
	"development finance":  {secDevelopmentAid},
	"emergency management": {secEmergencies},
	"health":               {secHealth},
	"industry":             {secPetrochemicals},
	"innovation":           {secICT},
	"language":             {secCulture},
	"logistics":            {secTransport},
	"regions":              {secTrade}, // a regional chamber of commerce
	"vocational training":  {secCulture},
}

// Indicator ids.
const (
	indTurnover           = "trade-turnover"
	indDOTSExports        = "dots-exports"
	indDOTSImports        = "dots-imports"
	indDOTSTotal          = "dots-trade-total"
	indExportsStated      = "exports-stated"
	indCarShare           = "exports-car-share"
	indInvestKRinAZ       = "investment-kr-in-az"
	indInvestAZinKR       = "investment-az-in-kr"
	indContractorsReg     = "korean-contractors-registered"
	indCompaniesKRInvest  = "companies-with-korean-investment"
	indCompaniesActive    = "korean-companies-operating"
	indDocumentsSigned    = "documents-signed"
	indConsultations      = "political-consultations"
	indKoreanResidents    = "korean-residents"
	indCarbamideCost      = "carbamide-plant-cost"
	indCarbamideCredit    = "carbamide-plant-credit"
	indKahrizBeneficiary  = "kahriz-beneficiaries"
	indKoreanTourists     = "korean-tourists"
	indTouristGrowth      = "korean-tourist-arrivals-growth"
	indKahrizesRenovated  = "kahrizes-renovated"
	indKpopEntrants       = "kpop-festival-entrants"
	indSparkPlugImports   = "imports-spark-plugs"
	indStudentsInKorea    = "azerbaijani-students-in-korea"
	indDualDegreeGrads    = "beu-inha-graduates"
	unitUSDMillion        = "USD million"
	unitEURMillion        = "EUR million"
	turnoverDescription   = "Exports plus imports between the two countries as officials or the press state them; a figure from one side's statistics names that side as reporter; a period shorter than a calendar year has an end date."
	dotsSourceDescription = "as the reporting country gave them to the IMF's Direction of Trade Statistics; each record names the reporter and the partner."
)

// indicators defines every measured quantity the records report.
var indicators = []dataset.Indicator{
	{ID: indTurnover, Name: "Trade turnover (stated)", Unit: unitUSDMillion, Kind: dataset.Flow, Topic: dataset.TopicTrade, Description: turnoverDescription},
	{ID: indDOTSExports, Name: "Exports to the partner, FOB (IMF DOTS)", Unit: unitUSDMillion, Kind: dataset.Flow, Mirror: indDOTSImports,
		Description: "Exports valued free on board, " + dotsSourceDescription},
	{ID: indDOTSImports, Name: "Imports from the partner, CIF (IMF DOTS)", Unit: unitUSDMillion, Kind: dataset.Flow, Mirror: indDOTSExports,
		Description: "Imports valued at cost, insurance and freight, " + dotsSourceDescription},
	{ID: indDOTSTotal, Name: "Trade total, exports + imports (IMF DOTS, derived)", Unit: unitUSDMillion, Kind: dataset.Flow, Topic: dataset.TopicTrade, Headline: true,
		Description: "Computed per reporter and year as exports (FOB) plus imports (CIF) from the IMF DOTS records, only for a year in which the reporter gives both flows. Not a published figure."},
	{ID: indExportsStated, Name: "Exports to the partner (stated)", Unit: unitUSDMillion, Kind: dataset.Flow,
		Description: "Exports of the reporting country to the partner as a trade agency or the press states them."},
	{ID: indCarShare, Name: "Share of cars in exports to the partner", Unit: "percent", Kind: dataset.Flow,
		Description: "Cars as a percentage of the reporting country's exports to the partner over the period."},
	{ID: indInvestKRinAZ, Name: "Korean investment in Azerbaijan (cumulative)", Unit: unitUSDMillion, Kind: dataset.Stock, Topic: dataset.TopicInvestment,
		Description: "Total invested by Korean companies in Azerbaijan up to the date, as stated."},
	{ID: indInvestAZinKR, Name: "Azerbaijani investment in Korea (cumulative)", Unit: unitUSDMillion, Kind: dataset.Stock, Topic: dataset.TopicInvestment,
		Description: "Total invested by Azerbaijan in the Republic of Korea up to the date, as stated."},
	{ID: indContractorsReg, Name: "Korean companies registered as contractors for government projects", Unit: "companies", Kind: dataset.Count,
		Description: "Korean companies registered in Azerbaijan to work as contractors on government projects, as stated. Not the same count as companies with Korean investment."},
	{ID: indCompaniesKRInvest, Name: "Registered companies with Korean investment", Unit: "companies", Kind: dataset.Count, Topic: dataset.TopicPresence,
		Description: "Companies registered in Azerbaijan with Korean capital, as stated. Not the same count as Korean contractors on government projects."},
	{ID: indCompaniesActive, Name: "Korean companies operating in Azerbaijan", Unit: "companies", Kind: dataset.Count, Topic: dataset.TopicPresence,
		Description: "Korean companies doing business in Azerbaijan at the date, as stated."},
	{ID: indDocumentsSigned, Name: "Bilateral documents signed (cumulative)", Unit: "documents", Kind: dataset.Count,
		Description: "Treaties, agreements and memoranda signed between the two countries up to the date, as stated."},
	{ID: indConsultations, Name: "Foreign-ministry political consultations held (cumulative)", Unit: "rounds", Kind: dataset.Count,
		Description: "Rounds of political consultations between the two foreign ministries up to the date."},
	{ID: indKoreanResidents, Name: "Koreans living in Azerbaijan", Unit: "persons", Kind: dataset.Count, Topic: dataset.TopicPresence,
		Description: "Korean nationals resident in Azerbaijan at the date, as stated."},
	{ID: indCarbamideCost, Name: "Cost of the Sumgayit carbamide plant", Unit: unitEURMillion, Kind: dataset.Stock,
		Description: "Stated cost of SOCAR's carbamide (urea) plant in Sumgayit, built by Samsung Engineering; the basis (with or without taxes) differs between sources."},
	{ID: indCarbamideCredit, Name: "Korean export credit for the Sumgayit carbamide plant", Unit: unitUSDMillion, Kind: dataset.Stock,
		Description: "Credit from the Export-Import Bank of Korea for SOCAR's carbamide plant."},
	{ID: indKahrizBeneficiary, Name: "People to be supplied by restored kahrizes", Unit: "persons", Kind: dataset.Count,
		Description: "People expected to receive water from kahrizes (underground water channels) restored with Korean aid."},
	{ID: indKoreanTourists, Name: "Korean tourists visiting Azerbaijan", Unit: "visitors", Kind: dataset.Flow,
		Description: "Arrivals of Korean tourists in Azerbaijan over the period."},
	{ID: indTouristGrowth, Name: "Growth in tourist arrivals from Korea on the year before", Unit: "percent", Kind: dataset.Flow,
		Description: "Change in the number of tourists arriving from Korea over the period against the same period a year earlier, as Azerbaijan's tourism authorities state it."},
	{ID: indKahrizesRenovated, Name: "Kahrizes renovated under the KOICA-funded IOM project (cumulative)", Unit: "kahrizes", Kind: dataset.Count,
		Description: "Kahrizes (underground water channels) that IOM had renovated with KOICA's grant up to the date."},
	{ID: indKpopEntrants, Name: "Groups entering the Korean embassy's K-pop festival in Baku", Unit: "groups", Kind: dataset.Count,
		Description: "Groups and teams that applied to take part in the yearly K-pop festival of the Korean embassy in Baku."},
	{ID: indSparkPlugImports, Name: "Imports of spark plugs from the partner (stated)", Unit: unitUSDMillion, Kind: dataset.Flow,
		Description: "Value of one product, spark plugs, imported from the partner over the period, from the reporter's statistics as the press states them; not total trade."},
	{ID: indStudentsInKorea, Name: "Azerbaijani students in Korea", Unit: "students", Kind: dataset.Count, Topic: dataset.TopicPresence,
		Description: "Azerbaijani students studying in the Republic of Korea at the date, as stated."},
	{ID: indDualDegreeGrads, Name: "Graduates of the BEU–Inha dual-degree programme (cumulative)", Unit: "graduates", Kind: dataset.Count,
		Description: "Students who have graduated with degrees of both Baku Engineering University and Inha University up to the date."},
}
