package deals

import "testing"

// firstHits keeps each kind's first hit, as the map typeOf made did.
func TestFirstHitsAreTheFirstOfEachKind(t *testing.T) {
	hs := []hit{{3, "acquisition"}, {1, ""}, {5, "acquisition"}, {0, "investment"}, {7, ""}, {2, "merger"}}
	want := map[string]int{}
	for i := len(hs) - 1; i >= 0; i-- {
		want[hs[i].kind] = hs[i].at + 1
	}
	got := firstHits(nil, hs)
	for _, kind := range []string{"acquisition", "", "investment", "merger", "divestiture"} {
		if got.at(kind) != want[kind] {
			t.Errorf("at(%q) = %d, want %d", kind, got.at(kind), want[kind])
		}
	}
}
