package reports

import (
	"hash/maphash"

	"attache/reports/dataset"
)

// The model looks records up by id only for conflicts: a selected record names the records
// that state its fact differently, in range or not. Validation resolved those names
// (dataset.Refs); a dataset built in code has them looked up here.

// conflictIndexes returns the indexes in d.Records of the records that d.Records[at] names
// as conflicts and the dataset holds.
func (b *builder) conflictIndexes(at int32) []int32 {
	if b.refs != nil {
		return b.refs.Conflicts(int(at))
	}
	b.findNamedRecords()
	b.named.Wait()
	var indexes []int32
	for _, id := range b.d.Records[at].Conflicts {
		if i, ok := b.byID[id]; ok {
			indexes = append(indexes, i)
		}
	}
	return indexes
}

// citedAt returns the citation numbers of d.Records[at], whose position in Records is pos
// (see positionOf): its timeline item's when it is selected (citing it again gives the
// same, at the cost of a lookup per source), else those cite gives.
func (b *builder) citedAt(at, pos int32) []int {
	if pos >= 0 {
		return b.Timeline[pos].Sources
	}
	return b.cite(&b.d.Records[at])
}

// findNamedRecords starts, once, looking up the records that selected records name as
// conflicts, when validation did not (the key figures may ask from both cores). The lookup reads every record's id:
// Build starts it before making the timeline, so that it runs on the second core while the
// timeline is made, not beside the notes.
func (b *builder) findNamedRecords() { b.namedOnce.Do(b.startNamedRecords) }

func (b *builder) startNamedRecords() {
	if b.refs != nil {
		return // resolved by validation
	}
	var ids []string
	if tf, ok := b.timelineFacts(); ok {
		ids = tf.conflicts
	} else {
		for _, r := range b.Records {
			ids = append(ids, r.Conflicts...)
		}
	}
	b.named.Go(func() { b.byID = namedRecords(b.d, ids) })
}

// namedRecords returns the indexes in d.Records of the records with the given ids, by id. An index of every record
// would cost a map of a million entries on every build of a large dataset; the named ones
// are a few, and a filter of their hashes turns the others away before the map is asked.
func namedRecords(d *dataset.Dataset, ids []string) map[string]int32 {
	const notFound = -1
	named := make(map[string]int32, len(ids))
	var filter idFilter
	for _, id := range ids {
		named[id] = notFound
		filter.add(id)
	}
	if len(named) == 0 {
		return named
	}
	for i := range d.Records {
		id := d.Records[i].ID
		if !filter.mayHold(id) {
			continue
		}
		if _, wanted := named[id]; wanted {
			named[id] = int32(i)
		}
	}
	for id, i := range named {
		if i == notFound {
			delete(named, id) // not in the dataset (validation forbids it, Merge may not)
		}
	}
	return named
}

// idFilter is a small Bloom filter of ids: mayHold is false for most ids not added, and
// true for every id added.
type idFilter struct {
	bits [1 << 14]uint64 // 2^20 bits: a few per id for tens of thousands of ids
	seed maphash.Seed
	init bool
}

func (f *idFilter) hashes(id string) (uint64, uint64) {
	if !f.init {
		f.seed, f.init = maphash.MakeSeed(), true
	}
	h := maphash.String(f.seed, id)
	const mask = 1<<20 - 1
	return h & mask, (h >> 32) & mask
}

func (f *idFilter) add(id string) {
	a, b := f.hashes(id)
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

func (f *idFilter) mayHold(id string) bool {
	a, b := f.hashes(id)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}
