package names

import "testing"

// The lists an arena hands out are empty, have the room asked for, and
// an append to one, within its room or past it, leaves the others as
// they were.
func TestWordArenaListsAreApart(t *testing.T) {
	var a wordArena
	var lists [][]string
	for n := range 3 * wordArenaChunk {
		l := a.take(n%5 + 1)
		if len(l) != 0 || cap(l) != n%5+1 {
			t.Fatalf("take(%d) = len %d, cap %d", n%5+1, len(l), cap(l))
		}
		for range cap(l) {
			l = append(l, "x")
		}
		lists = append(lists, l)
	}
	grown := append(lists[0], "past")
	for i, l := range lists {
		for _, w := range l {
			if w != "x" {
				t.Fatalf("list %d holds %q", i, w)
			}
		}
	}
	if big := a.take(2 * wordArenaChunk); cap(big) != 2*wordArenaChunk {
		t.Fatalf("a list longer than a chunk: cap %d", cap(big))
	}
	_ = grown
}
