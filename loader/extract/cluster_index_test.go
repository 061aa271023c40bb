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
// group's first report.
func scanCandidates(x *groupIndex, rs []report, r *report) []*group {
	parties, buyer := r.sides()
	var out []*group
	for _, g := range x.groups {
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
			if r.Generic || g.firstClass == "" || g.firstClass == typeClass(r.Type) {
				out = append(out, g)
			}
			continue
		}
		bought := func(p string) bool {
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
			want := scanCandidates(x, rs, &rs[ri])
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
