// Package slab lays many small lists one after another in shared arrays,
// where they are written as they are made: a list costs no allocation of
// its own and is not gathered in working space to be copied out.
package slab

// Tail is the unused rest of a shared array. A list is appended to Start
// and handed to Keep, which caps it where it ends and keeps the rest for
// the next. A list keeps its whole array alive: this suits lists that are
// kept together and let go together, as the lists of one load. A Tail is
// not safe for concurrent use: one per goroutine.
type Tail[T any] struct {
	rest []T
	// Block is how many items a new array holds: a few hundred lists'
	// worth, so that the rest of an array left unused when a list does
	// not fit in it is small.
	Block int
}

// Start gives an empty list at the start of the rest, for appending to.
func (t *Tail[T]) Start() []T { return t.rest[:0] }

// Keep caps list, which is Start's appended to, and keeps the rest after
// it for the next list. When the list outgrew the rest, append moved it to
// an array of its own, grown by doubling: it moves once more, into a new
// array of Block items (or its length, if more), whose rest is kept.
func (t *Tail[T]) Keep(list []T) []T {
	n := len(list)
	if cap(list) != cap(t.rest) { // not in the rest's array
		t.rest = append(make([]T, 0, max(t.Block, n)), list...)
		list = t.rest
	}
	t.rest = t.rest[n:n:cap(t.rest)]
	return list[:n:n]
}
