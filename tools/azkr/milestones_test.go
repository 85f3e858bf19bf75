package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"attache/reports/dataset"
)

// wantMilestones pins the records the briefing's first page states: the establishment of
// relations, the two embassies, and every high-level contact (a state or official visit; a
// visit or call by a head of state or government, a speaker, a minister or a special envoy; a
// meeting in which a head of state or government, a speaker or a minister of the host takes
// part; a session of the intergovernmental or joint economic commission). Statements,
// figures and agreements made at such contacts are not marked: the contact's own record is.
var wantMilestones = map[string]string{
	"R001": dataset.MilestoneRelations,
	"R005": dataset.MilestoneEmbassy,
	"R011": dataset.MilestoneEmbassy,

	"R006": dataset.MilestoneVisit, // President Roh's state visit, 2006
	"R010": dataset.MilestoneVisit, // the Milli Majlis speaker in Korea, 2007
	"R014": dataset.MilestoneVisit, // President Aliyev's state visit, 2007
	"R021": dataset.MilestoneVisit, // Prime Minister Han Seung-soo, 2008
	"R026": dataset.MilestoneVisit, // third economic cooperation committee, 2009
	"R028": dataset.MilestoneVisit, // transport minister and special envoy Lee Sang-deuk, 2010
	"R031": dataset.MilestoneVisit, // foreign ministers in Seoul, 2010
	"R037": dataset.MilestoneVisit, // President Aliyev at the Nuclear Security Summit, 2012
	"R043": dataset.MilestoneVisit, // Prime Minister Chung Hong-won, 2014
	"R049": dataset.MilestoneVisit, // first joint economic commission, 2016
	"R056": dataset.MilestoneVisit, // President Aliyev receives Deputy Speaker Park, 2017
	"R062": dataset.MilestoneVisit, // Speaker Moon receives Ambassador Teymurov, 2018
	"R074": dataset.MilestoneVisit, // the two speakers in Baku, 2019
	"R078": dataset.MilestoneVisit, // President Aliyev receives Speaker Park Byeong-seug, 2021
	"R080": dataset.MilestoneVisit, // President Aliyev receives Chong Soo Park, 2021
	"R085": dataset.MilestoneVisit, // President Aliyev accepts the Korean ambassador's credentials, 2022
	"R092": dataset.MilestoneVisit, // FM Bayramov receives presidential envoy Suh Byung-soo, 2022
	"R097": dataset.MilestoneVisit, // Defence Minister Hasanov receives Korean lawmakers, 2022
	"R098": dataset.MilestoneVisit, // third joint economic commission, 2023
	"R100": dataset.MilestoneVisit, // Speaker Gafarova's official visit, 1 November 2023
	"A002": dataset.MilestoneVisit, // the same visit dated October 2023 (conflicts with R100)
	"R103": dataset.MilestoneVisit, // presidential envoy Amirbayov in Seoul, 2024
	"R107": dataset.MilestoneVisit, // FM Bayramov receives the new Korean ambassador's credentials, 2025
	"N010": dataset.MilestoneVisit, // Speaker Moon receives committee chair Amiraslanov, 2019
	"N027": dataset.MilestoneVisit, // Energy Minister Shahbazov receives Ambassador Lee, 2022
	"N030": dataset.MilestoneVisit, // Finance Minister Sharifov receives Ambassador Lee, 2023
	"N039": dataset.MilestoneVisit, // Speaker Gafarova meets friendship group chair Suh, 2023
	"N047": dataset.MilestoneVisit, // Environment Minister Kim Wan-sup at COP29 in Baku, 2024
	"N048": dataset.MilestoneVisit, // special envoy Cho Hong-sik at the COP29 summit, 2024
	"N053": dataset.MilestoneVisit, // Emergencies Minister Heydarov receives Ambassador Kang, 2025
}

// TestMilestones checks that the bundled dataset marks exactly the pinned records, and
// that relations and embassies carry the dates the briefing counts anniversaries from.
func TestMilestones(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "assets", "az-kr.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := dataset.Load(f, "az-kr.json")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range d.Records {
		if r.Milestone != "" {
			got[r.ID] = r.Milestone
		}
	}
	for id, want := range wantMilestones {
		if got[id] != want {
			t.Errorf("%s: milestone %q, want %q", id, got[id], want)
		}
	}
	for id, m := range got {
		if _, ok := wantMilestones[id]; !ok {
			t.Errorf("%s: milestone %q is not pinned", id, m)
		}
	}
	dates := map[string]string{"R001": "1992-03-23", "R005": "2006-03-04", "R011": "2007-03-14"}
	for _, r := range d.Records {
		if want, ok := dates[r.ID]; ok && r.Date.String() != want {
			t.Errorf("%s: date %s, want %s", r.ID, r.Date, want)
		}
		if r.ID == "A002" && !slices.Contains(r.Conflicts, "R100") {
			t.Errorf("A002 no longer conflicts with R100: %v", r.Conflicts)
		}
	}
}
