package extract

import (
	"cmp"
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// oneTypeForOneStake gives one type to the reports that tell one purchase
// of shares as a stake bought (an investment) in one outlet and as a
// purchase or a sale in another: "Gaw Capital buys a stake in the hotel
// for $938 million" beside "IHG sells the hotel to Gaw Capital for $938
// million". Two reports are taken to tell one deal when they come from
// different articles, share two companies, give one price (within a
// percent, in one currency) and no different years. The clustering keeps
// the classes of types apart, so without one type the outlets' reports
// would stay two deals. The type is the one most of the linked reports
// give; on a tie, the purchase or sale, as news names a stake that
// changes hands between companies by the transfer more often than not.
func oneTypeForOneStake(rs []report) {
	var priced []int
	for i := range rs {
		r := &rs[i]
		if r.Generic || r.Value == nil || !inBand(r.Value.Value) || r.BareValue {
			continue
		}
		if r.Type == model.Investment || typeClass(r.Type) == "transfer" {
			priced = append(priced, i)
		}
	}
	if len(priced) < 2 {
		return
	}
	slices.SortFunc(priced, func(a, b int) int {
		return cmp.Or(cmp.Compare(rs[a].Value.Currency, rs[b].Value.Currency), cmp.Compare(rs[a].Value.Value, rs[b].Value.Value))
	})
	parent := map[int]int{}
	var find func(int) int
	find = func(i int) int {
		p, ok := parent[i]
		if !ok || p == i {
			return i
		}
		root := find(p)
		parent[i] = root
		return root
	}
	linked := false
	for a, i := range priced {
		ri := &rs[i]
		for _, j := range priced[a+1:] {
			rj := &rs[j]
			if rj.Value.Currency != ri.Value.Currency || rj.Value.Value > ri.Value.Value*1.01 {
				break // sorted: no later report is priced alike
			}
			if (ri.Type == model.Investment) == (rj.Type == model.Investment) || ri.article == rj.article {
				continue
			}
			yi, yj := when.Year(ri.Date), when.Year(rj.Date)
			if yi != 0 && yj != 0 && yi != yj {
				continue
			}
			si, _ := ri.sides()
			sj, _ := rj.sides()
			if !overlapReaches(si, sj, 2) {
				continue
			}
			for _, k := range [2]int{i, j} {
				if _, ok := parent[k]; !ok {
					parent[k] = k
				}
			}
			parent[find(i)] = find(j)
			linked = true
		}
	}
	if !linked {
		return
	}
	members := map[int][]int{}
	for i := range parent {
		root := find(i)
		members[root] = append(members[root], i)
	}
	for _, ms := range members {
		slices.Sort(ms) // in report order, for the vote's ties
		votes := map[string]int{}
		stakes, transfers := 0, 0
		for _, i := range ms {
			if rs[i].Type == model.Investment {
				stakes++
			} else {
				transfers++
				votes[rs[i].Type]++
			}
		}
		to := model.Investment
		if stakes <= transfers {
			for _, i := range ms {
				if t := rs[i].Type; t != model.Investment && votes[t] > votes[to] {
					to = t
				}
			}
		}
		for _, i := range ms {
			if (rs[i].Type == model.Investment) != (to == model.Investment) {
				rs[i].Type = to
			}
		}
	}
}
