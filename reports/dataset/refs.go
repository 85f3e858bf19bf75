package dataset

import "fmt"

// Refs holds the references of a validated dataset's records resolved to indexes: each
// record's sectors and sources as indexes into the dataset's lists, and the records it names
// as conflicts as indexes into Records. Validation looks every id up once; a briefing of a
// million records reads these instead of looking millions of ids up again.
type Refs struct {
	// flat holds, record after record: the number of sectors, the sectors, the number of
	// sources, the sources, then the conflicts up to the next record's start.
	flat  []int32
	start []uint32 // where each record's run starts in flat; one more for the end
	// records is the list the indexes were made for: Refs answers only while the dataset
	// still has it (see Dataset.Refs).
	records []Record
}

// Refs returns the references that validation resolved, or nil when the dataset was not
// validated (built in code) or its list of records was replaced since. Validate again after
// changing a record in place.
func (d *Dataset) Refs() *Refs {
	x := d.refs
	if x == nil || len(x.records) != len(d.Records) || len(d.Records) == 0 || &x.records[0] != &d.Records[0] {
		return nil
	}
	return x
}

// Sectors returns the indexes in Sectors of the sectors of Records[i].
func (x *Refs) Sectors(i int) []int32 {
	at := x.start[i]
	return x.flat[at+1 : at+1+uint32(x.flat[at])]
}

// Sources returns the indexes in Sources of the sources of Records[i].
func (x *Refs) Sources(i int) []int32 {
	at := x.start[i]
	at += 1 + uint32(x.flat[at])
	return x.flat[at+1 : at+1+uint32(x.flat[at])]
}

// Conflicts returns the indexes in Records of the records that Records[i] names as conflicts.
func (x *Refs) Conflicts(i int) []int32 {
	at := x.start[i]
	at += 1 + uint32(x.flat[at])
	at += 1 + uint32(x.flat[at])
	return x.flat[at:x.start[i+1]]
}

// ResolveRefs resolves the references of a dataset that was not validated (built in code),
// as validation would, passing over sector and record ids that the dataset does not list:
// they select nothing and conflict with nothing. A source id it does not list cannot be
// cited, and is an error. A valid dataset gets the references that validation keeps.
func ResolveRefs(d *Dataset) (*Refs, error) { return resolveRefs(d, false) }

// resolveRefs resolves d's references; when strict, a sector or record id that the dataset
// does not list is an error too.
func resolveRefs(d *Dataset, strict bool) (*Refs, error) {
	sectors := firstIndexes(d.Sectors, func(s *Sector) string { return s.ID })
	sources := firstIndexes(d.Sources, func(s *Source) string { return s.ID })
	records := firstIndexes(d.Records, func(r *Record) string { return r.ID })
	m := refsMaker{flat: make([]int32, 0, 6*len(d.Records)), start: make([]uint32, 0, len(d.Records)+1)}
	for i := range d.Records {
		r := &d.Records[i]
		m.startRecord()
		m.startList()
		for _, id := range r.Sectors {
			j, ok := sectors[id]
			if ok {
				m.add(j, true)
			} else if strict {
				return nil, fmt.Errorf("record %s (records[%d]) names sector %q, which the dataset does not list", r.ID, i, id)
			}
		}
		m.startList()
		for _, id := range r.Sources {
			j, ok := sources[id]
			if !ok {
				return nil, fmt.Errorf("record %s (records[%d]) cites source %q, which the dataset does not list", r.ID, i, id)
			}
			m.add(j, true)
		}
		for _, id := range r.Conflicts {
			j, ok := records[id]
			if ok {
				m.add(j, false)
			} else if strict {
				return nil, fmt.Errorf("record %s (records[%d]) conflicts with record %q, which the dataset does not list", r.ID, i, id)
			}
		}
	}
	return m.finish(d.Records), nil
}

// firstIndexes maps each id of a list to the index of its first entry.
func firstIndexes[T any](list []T, id func(*T) string) map[string]int {
	m := make(map[string]int, len(list))
	for i := range list {
		if _, dup := m[id(&list[i])]; !dup {
			m[id(&list[i])] = i
		}
	}
	return m
}

// refsMaker gathers the references as the checker resolves them, record by record.
type refsMaker struct {
	flat  []int32
	start []uint32
	count int // where the count of the list being gathered is in flat
}

func (m *refsMaker) startRecord() { m.start = append(m.start, uint32(len(m.flat))) }

// startList starts a record's list of sectors or of sources.
func (m *refsMaker) startList() {
	m.count = len(m.flat)
	m.flat = append(m.flat, 0)
}

// add adds an index to the list being gathered (or to the conflicts, after both lists).
func (m *refsMaker) add(index int, counted bool) {
	m.flat = append(m.flat, int32(index))
	if counted {
		m.flat[m.count]++
	}
}

func (m *refsMaker) finish(records []Record) *Refs {
	return &Refs{flat: m.flat, start: append(m.start, uint32(len(m.flat))), records: records}
}
