package dataset

import "fmt"

// Restore gives d what Load gives a dataset besides its fields: the identity id and the
// resolved references (see Refs). It is for a dataset decoded from bytes that this program
// wrote after validating the dataset, and that it has checked to be those bytes (the dataset
// cache's entries, reports/dataset/cache): it checks no rule of the format, only that id
// names d and that every sector, source and record a record names is listed, and refuses d
// otherwise. Anything else is validated with Validate.
func Restore(d *Dataset, id Identity) error {
	if id.ID != d.ID || id.Version != d.Version || id.SHA256 == "" {
		return fmt.Errorf("restoring dataset %s %s: the identity recorded with it names %s %s", d.ID, d.Version, id.ID, id.Version)
	}
	x, err := resolveRefs(d, true)
	if err != nil {
		return fmt.Errorf("restoring dataset %s %s: %w", d.ID, d.Version, err)
	}
	d.identity, d.refs = id, x
	return nil
}
