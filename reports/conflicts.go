package reports

import (
	"hash/maphash"

	"attache/reports/dataset"
)

// The model looks records up by id only for conflicts: a selected record names the records
// that state its fact differently, in range or not.

// record returns the record with the given id that a selected record names as a conflict,
// or nil.
func (b *builder) record(id string) *dataset.Record {
	if b.byID == nil {
		var ids []string
		if tf, ok := b.timelineFacts(); ok {
			ids = tf.conflicts
		} else {
			for _, r := range b.Records {
				ids = append(ids, r.Conflicts...)
			}
		}
		b.byID = namedRecords(b.d, ids)
	}
	return b.byID[id]
}

// namedRecords returns the records of d with the given ids, by id. An index of every record
// would cost a map of a million entries on every build of a large dataset; the named ones
// are a few, and a filter of their hashes turns the others away before the map is asked.
func namedRecords(d *dataset.Dataset, ids []string) map[string]*dataset.Record {
	named := make(map[string]*dataset.Record, len(ids))
	var filter idFilter
	for _, id := range ids {
		named[id] = nil
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
			named[id] = &d.Records[i]
		}
	}
	for id, r := range named {
		if r == nil {
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
