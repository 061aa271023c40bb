package deals

import (
	"math/rand"
	"reflect"
	"testing"
)

// hitsByGathering is hitsIn as it was before it handed out runs of hs:
// each hit in the clause appended to a new list.
func hitsByGathering(hs []hit, c clause) []hit {
	var out []hit
	for _, h := range hs {
		if h.at >= c.from && h.at < c.to {
			out = append(out, h)
		}
	}
	return out
}

// hitsIn gives the same hits as gathering them, for hits in word order as
// appendHits lists them and for hits out of order, and its run cannot be
// appended into hs.
func TestHitsInIsGathering(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		hs := make([]hit, r.Intn(6))
		at := 0
		for i := range hs {
			if n%2 == 0 {
				at += r.Intn(3) // word order, repeats allowed
			} else {
				at = r.Intn(12)
			}
			hs[i] = hit{at: at, kind: string(rune('a' + i))}
		}
		from := r.Intn(12)
		c := clause{from: from, to: from + r.Intn(8)}
		got, want := hitsIn(hs, c), hitsByGathering(hs, c)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("hitsIn(%v, %v) = %v, gathering gives %v", hs, c, got, want)
		}
		if len(got) > 0 {
			before := append([]hit(nil), hs...)
			_ = append(got, hit{at: -1, kind: "appended"})
			if !reflect.DeepEqual(hs, before) {
				t.Fatalf("an append to hitsIn(%v, %v) wrote into hs: %v", before, c, hs)
			}
		}
	}
}
