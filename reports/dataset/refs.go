package dataset

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
