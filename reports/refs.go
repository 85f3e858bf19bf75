package reports

import "attache/reports/dataset"

// refsReader gives a record's sectors and sources as indexes into the dataset's lists: those
// validation resolved (dataset.Refs), or, for a dataset built in code, looked up by id.
type refsReader struct {
	x           *dataset.Refs // nil when the dataset has none
	sectorIndex map[string]int32
	sourceIndex map[string]int32
}

func newRefsReader(d *dataset.Dataset) *refsReader {
	rr := &refsReader{x: d.Refs()}
	if rr.x != nil {
		return rr
	}
	rr.sectorIndex = firstIndexes(d.Sectors, func(s *dataset.Sector) string { return s.ID })
	rr.sourceIndex = firstIndexes(d.Sources, func(s *dataset.Source) string { return s.ID })
	return rr
}

// firstIndexes maps each id of a list to the index of its first entry.
func firstIndexes[T any](list []T, id func(*T) string) map[string]int32 {
	m := make(map[string]int32, len(list))
	for i := range list {
		if _, dup := m[id(&list[i])]; !dup {
			m[id(&list[i])] = int32(i)
		}
	}
	return m
}

// refsScratch holds the lists that lookups by id fill, reused record after record.
type refsScratch struct{ sectors, sources []int32 }

// sectors returns the indexes of the sectors of d.Records[i], which is r; a sector the
// dataset does not list has none.
func (rr *refsReader) sectors(i int, r *dataset.Record, s *refsScratch) []int32 {
	if rr.x != nil {
		return rr.x.Sectors(i)
	}
	s.sectors = s.sectors[:0]
	for _, id := range r.Sectors {
		if j, ok := rr.sectorIndex[id]; ok {
			s.sectors = append(s.sectors, j)
		}
	}
	return s.sectors
}

// sources returns the indexes of the sources of d.Records[i], which is r; known is false
// when it cites a source the dataset does not list.
func (rr *refsReader) sources(i int, r *dataset.Record, s *refsScratch) (indexes []int32, known bool) {
	if rr.x != nil {
		return rr.x.Sources(i), true
	}
	s.sources = s.sources[:0]
	for _, id := range r.Sources {
		j, ok := rr.sourceIndex[id]
		if !ok {
			return nil, false
		}
		s.sources = append(s.sources, j)
	}
	return s.sources, true
}
