package deals

import (
	"slices"
	"testing"
)

// The tests for whether a clause has a deal word or names a company agree
// with the lists they stand for, in every clause of a sentence, and a
// clause's parties are its companies once each, in order.
func TestClauseTestsAgreeWithTheirLists(t *testing.T) {
	ws := words{w: make([]string, 10), tok: []int{0, 1, 2, 4, 5, 6, 8, 9, 10, 11}}
	hits := []hit{{at: 2, kind: "buy"}, {at: 7, kind: "sell"}}
	ms := []Mention{{From: 1, To: 2, Company: "Acme"}, {From: 4, To: 5, Company: "Globex"}, {From: 5, To: 6, Company: "Acme"}, {From: 10, To: 11, Company: "Initech"}}
	for from := range 10 {
		for to := from + 1; to <= 10; to++ {
			c := clause{from, to}
			if got, want := hasHitIn(hits, c), len(hitsIn(hits, c)) > 0; got != want {
				t.Errorf("clause %v: hasHitIn %v, hitsIn %v", c, got, hitsIn(hits, c))
			}
			parties := partiesIn(ms, ws, c)
			if got, want := namesParty(ms, ws, c), len(parties) > 0; got != want {
				t.Errorf("clause %v: namesParty %v, partiesIn %q", c, got, parties)
			}
			var want []string
			for _, m := range ms {
				if m.From >= ws.tok[from] && m.From <= ws.tok[to-1] && !slices.Contains(want, m.Company) {
					want = append(want, m.Company)
				}
			}
			if !slices.Equal(parties, want) || (parties == nil) != (want == nil) {
				t.Errorf("clause %v: parties %q, want %q", c, parties, want)
			}
		}
	}
}
