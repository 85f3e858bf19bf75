package main

import (
	"fmt"
	"strings"

	"attache/reports/dataset"
)

// person is someone whose name the sources spell in several ways: titles use name, and every
// record that names the person in any spelling carries the others as aliases, so that a
// search for any spelling finds it.
type person struct {
	name   string
	others []string
}

// people lists the names the material spells in more than one way, each spelling as a source
// gives it.
var people = []person{
	{name: "Lee Eun Yong", others: []string{"Lee Eun-yong", "Lee In-yong", "Lee In Yong", "Lee In-young"}}, // Korea's ambassador 2022–2025
	{name: "Kang Kymgu", others: []string{"Kang Kym gu", "Kim Goo Kang", "Kan Kim Qu"}},                    // Korea's ambassador from 2025
	{name: "Kim Dong-eop", others: []string{"Kim Tong-op", "Kim Tong Op"}},                                 // Korea's ambassador until 2021
}

// nameSpellings gives every record that names a person of people the other spellings as
// aliases, and refuses a title that uses a spelling other than the person's name.
func nameSpellings(d *dataset.Dataset) []string {
	var problems []string
	for i := range d.Records {
		r := &d.Records[i]
		text := r.Title + " " + r.Summary + " " + r.Caveat
		for _, p := range people {
			named := strings.Contains(text, p.name)
			for _, other := range p.others {
				if strings.Contains(r.Title, other) && !strings.Contains(r.Title, p.name) {
					problems = append(problems, fmt.Sprintf("record %s: the title spells %q; titles write %q (the other spellings go into aliases)", r.ID, other, p.name))
				}
				named = named || strings.Contains(text, other)
			}
			if !named {
				continue
			}
			for _, other := range p.others {
				if !containsString(r.Aliases, other) {
					r.Aliases = append(r.Aliases, other)
				}
			}
		}
	}
	return problems
}
