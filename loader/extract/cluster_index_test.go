package extract

import (
	"math"
	"math/rand"
	"slices"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/model"
)

// randomReports are n reports among a few companies, types, prices and
// years, many of them alike: what the group index is asked of a corpus
// where a few companies are named everywhere.
func randomReports(seed int64, n int) []report {
	r := rand.New(rand.NewSource(seed))
	companies := []string{"Veltraco", "Quorvex", "Ostravel", "Daxmoor", "Pellworth"}
	types := []string{model.Acquisition, model.Divestiture, model.Merger, model.Partnership, model.JointVenture, model.Investment}
	values := []float64{1e9, 1.005e9, 1.02e9, 2e9, 7.5e8, 0, -1, math.Inf(1)}
	dates := []string{"", "2019", "2020-05-01", "2021"}
	statuses := []string{model.Announced, model.Completed, model.Failed}
	rs := make([]report, n)
	for i := range rs {
		parties := make([]string, 1+r.Intn(3))
		for k := range parties {
			parties[k] = companies[r.Intn(len(companies))]
		}
		f := deals.Found{Type: types[r.Intn(len(types))], Parties: parties, Generic: r.Intn(5) == 0,
			Status: statuses[r.Intn(len(statuses))], Date: dates[r.Intn(len(dates))], Evidence: "e"}
		if r.Intn(2) == 0 {
			f.Buyer = parties[r.Intn(len(parties))]
		}
		if r.Intn(4) > 0 {
			f.Value = &model.Money{Value: values[r.Intn(len(values))], Currency: []string{"USD", "EUR"}[r.Intn(2)]}
			f.BareValue = r.Intn(8) == 0
		}
		rs[i] = report{Found: f, article: r.Intn(n/3 + 1), sentence: r.Intn(4)}
	}
	return rs
}

// scanCandidates is what candidates finds, by reading every group: the
// groups sharing as many parties with r as compatible needs, but those
// whose first report is of another class, which likeness refuses; and,
// for a report of two distinct parties or more, the groups of a party
// it buys or, in a transfer, any party, that are samePurchase with the
// group's first report; and, for a report priced on a day, the groups
// sharing a party with it that have a report of its class priced that day.
func scanCandidates(x *groupIndex, rs []report, ri int) []*group {
	r := &rs[ri]
	parties, buyer := x.factsAt(rs, ri).sides, x.factsAt(rs, ri).buyer
	var out []*group
	for _, g := range x.groups {
		onTheDay := func(m int) bool {
			return onADay(&rs[m]) && typeClass(rs[m].Type) == typeClass(r.Type) && rs[m].Date == r.Date
		}
		if onADay(r) && overlap(parties, g.parties) >= 1 && slices.ContainsFunc(g.members, onTheDay) {
			out = append(out, g) // priced on r's day (see pricedAmongSides)
			continue
		}
		if len(parties) < 2 || hasRepeats(parties) {
			n := 0
			for _, p := range parties {
				if slices.Contains(g.parties, p) {
					n++
				}
			}
			if n > 0 && n >= min(2, len(parties), len(g.parties)) {
				out = append(out, g)
			}
			continue
		}
		if overlap(parties, g.parties) >= 2 || len(g.parties) == 1 && slices.Contains(parties, g.parties[0]) {
			if r.Generic || g.firstClass == 0 || g.firstClass == x.idOf(typeClass(r.Type)) {
				out = append(out, g)
			}
			continue
		}
		bought := func(p nameID) bool {
			return (p == buyer || typeClass(r.Type) == "transfer") && slices.Contains(g.parties, p)
		}
		if r.Value != nil && slices.ContainsFunc(parties, bought) && samePurchase(&rs[g.members[0]], r) {
			out = append(out, g)
		}
	}
	return out
}

// The group index finds for each report the groups a scan of all of them
// finds.
func TestCandidatesAsScanned(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		rs := randomReports(seed, 300)
		x := newGroupIndex()
		for ri := range rs {
			want := scanCandidates(x, rs, ri)
			got := slices.Clone(x.candidates(rs, &rs[ri], ri))
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d, report %d %+v: candidates %v, scanned %v", seed, ri, rs[ri], indexes(got), indexes(want))
			}
			for _, g := range x.groups {
				g.seen = 0 // as before candidates was asked: place asks again
			}
			x.place(rs[:ri+1])
		}
	}
}

func indexes(gs []*group) []int {
	out := make([]int, len(gs))
	for i, g := range gs {
		out[i] = g.index
	}
	return out
}

// The group index compares reports by the numbers of their names (see
// groupIndex.factsAt): every comparison gives what it gives of the names
// themselves, for reports whose keys differ from their parties too.
func TestFactsAsNames(t *testing.T) {
	for seed := int64(1); seed <= 10; seed++ {
		rs := randomReports(seed, 200)
		for i := range rs {
			if r := &rs[i]; i%5 == 0 && len(r.Parties) > 0 {
				// a unit read as its parent (see unitsAsParents)
				r.keys = append([]string{"Quorvex"}, r.Parties[1:]...)
				r.buyer = r.Buyer
				if r.buyer == r.Parties[0] {
					r.buyer = "Quorvex"
				}
			}
		}
		x := newGroupIndex()
		for i := range rs {
			for k := range rs {
				a, b := &rs[i], &rs[k]
				af, bf := x.factsAt(rs, i), x.factsAt(rs, k)
				as, bs := factsOf(a), factsOf(b)
				if got, want := conflictingFacts(a, b, af, bf), conflicting(a, b); got != want {
					t.Fatalf("seed %d: conflicting(%+v, %+v) = %v by numbers, %v by names", seed, *a, *b, got, want)
				}
				if got, want := sharingFacts(af, bf), sharing(a, b); got != want {
					t.Fatalf("seed %d: sharing(%+v, %+v) = %v by numbers, %v by names", seed, *a, *b, got, want)
				}
				if got, want := samePurchaseFacts(a, b, af, bf), samePurchase(a, b); got != want {
					t.Fatalf("seed %d: samePurchase(%+v, %+v) = %v by numbers, %v by names", seed, *a, *b, got, want)
				}
				if got, want := affinityFacts(a, b, af, bf), affinity(a, b); got != want {
					t.Fatalf("seed %d: affinity(%+v, %+v) = %v by numbers, %v by names", seed, *a, *b, got, want)
				}
				if got, want := boughtOf(a, b, af, bf), boughtOf(a, b, &as, &bs); got != x.idOf(want) {
					t.Fatalf("seed %d: boughtOf(%+v, %+v) = %v by numbers, %q by names", seed, *a, *b, got, want)
				}
				if got, want := overlapReaches(af.parties, bf.parties, 1), overlapReaches(a.Parties, b.Parties, 1); got != want {
					t.Fatalf("seed %d: overlapReaches(%q, %q) = %v by numbers", seed, a.Parties, b.Parties, got)
				}
			}
		}
	}
}
