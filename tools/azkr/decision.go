package main

import (
	"fmt"

	"attache/reports/dataset"
)

// decision is the hand-made part of one record: its wording in the project's own words and
// everything the CSV carries only as free text (sectors, qualifier, period, conflicts).
type decision struct {
	title, summary string
	// sectors replaces the sectors mapped from the CSV's free text when set.
	sectors []string
	// date replaces the CSV's date when set; end closes a period (January–November).
	date, end string
	inferred  bool

	// For records of kind "indicator" only.
	indicator         string
	qualifier         dataset.Qualifier
	reporter, partner string

	conflicts []string
	// alsoCites lists sources beyond the CSV's own, such as the 2019 article.
	alsoCites []string

	// kind replaces the CSV's kind when set: a figure whose period the sources leave open is
	// kept as what was said (a statement), with its number in the words.
	kind dataset.Kind
	// caveat warns readers of what the figure cannot show; it travels with the record.
	caveat string
	// milestone marks the record for the briefing's first page: dataset.MilestoneRelations,
	// MilestoneEmbassy or MilestoneVisit (a high-level contact); README.md says which
	// records are which, and milestones_test.go pins them.
	milestone string
}

// Country codes of the pair.
const (
	aze = "AZE"
	kor = "KOR"
)

// articleSource is the Azernews article of 2019-10-10 the project started from.
const articleSource = "azernews157073"

// decisions merges the per-period tables, refusing an id given twice.
func decisions() (map[string]decision, error) {
	all := map[string]decision{}
	for _, table := range []map[string]decision{decisions1992to2011, decisions2012to2019, decisions2019to2025, decisions2026} {
		for id, d := range table {
			if _, dup := all[id]; dup {
				return nil, fmt.Errorf("decision for %s is given twice; keep one", id)
			}
			all[id] = d
		}
	}
	return all, nil
}
