package dataset

import (
	"fmt"
	"strings"
)

// checkDerivationCycles refuses derived values whose inputs lead back to themselves
// (R1 from R2, R2 from R1): such a value is computed from nothing. Each cycle is reported
// once, at the reference that closes it, with the path around it.
func (c *checker) checkDerivationCycles(records []Record) {
	if !c.references {
		return
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(records))
	type frame struct{ record, next int }
	var stack []frame
	for root := range records {
		if state[root] != unseen || records[root].Derived == nil {
			continue
		}
		stack = append(stack[:0], frame{record: root})
		state[root] = onPath
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			r := &records[top.record]
			var from []string
			if r.Derived != nil {
				from = r.Derived.From
			}
			if top.next >= len(from) {
				state[top.record] = done
				stack = stack[:len(stack)-1]
				continue
			}
			j := top.next
			top.next++
			i, ok := c.records[from[j]]
			if !ok || i == top.record { // unknown, or itself: reported by checkDerivation
				continue
			}
			switch state[i] {
			case unseen:
				state[i] = onPath
				stack = append(stack, frame{record: i})
			case onPath:
				start := len(stack) - 1
				for stack[start].record != i {
					start--
				}
				var ids []string
				for _, f := range stack[start:] {
					ids = append(ids, fmt.Sprintf("%q", records[f.record].ID))
				}
				ids = append(ids, fmt.Sprintf("%q", records[i].ID))
				c.recordIndex, c.recordID = top.record, r.ID
				c.recordProblem(fmt.Sprintf("derived.from[%d]", j),
					"the derivation goes round in a circle, %s: a value cannot be computed from itself through other records", strings.Join(ids, " from "))
			}
		}
	}
}
