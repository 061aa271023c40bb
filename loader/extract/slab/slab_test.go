package slab

import (
	"slices"
	"testing"
)

// Lists kept one after another hold what was appended to them, whether
// they fit in the rest of an array, fill it or outgrow a whole one, and a
// later list or an append to an earlier one leaves the others alone.
func TestKeptListsHoldTheirItems(t *testing.T) {
	tail := Tail[int]{Block: 8}
	var lists [][]int
	for n := range 20 {
		l := tail.Start()
		for k := range n % 11 {
			l = append(l, n*100+k)
		}
		lists = append(lists, tail.Keep(l))
	}
	_ = append(lists[3], -1)
	for n, l := range lists {
		want := make([]int, 0)
		for k := range n % 11 {
			want = append(want, n*100+k)
		}
		if !slices.Equal(l, want) || cap(l) != len(l) {
			t.Errorf("list %d: %v (capacity %d), want %v", n, l, cap(l), want)
		}
	}
}
