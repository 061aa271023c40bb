package extract

import (
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// joinSplits joins the deals the clustering left apart whose rows, each
// made of all its reports, tell one deal (oneDealRow): told by different
// articles, the companies of one among those of the other, at one price
// (or one unpriced) in one year (or one undated), neither buying from or
// selling to the other's buyer. Report by report the outlets may differ
// too much to join: the reports of Frasers Group's sale of Dunlop
// Slazenger to Sumitomo Rubber for $137.5 million on 27 December 2016
// and one outlet's, read as a licence, are of two classes; the rows,
// each made by the majority of its outlets, are one deal at one price on
// one day. Deals are joined only where every two of them could be one:
// an undated licence between two companies is neither of two sales
// between them at two prices, and "In 2005 Brindle bought Quorvex and
// Daxmoor" joins neither outlet telling one purchase alone. The groups
// joined are emptied into the largest; joined are those that grew, whose
// rows are to be made again (the caller drops the empty groups).
func joinSplits(groups []*group, rows []model.Deal, rs []report) (joined []int) {
	byPair := map[[2]string][]int{}
	for i := range rows {
		ps := rows[i].Parties
		if rows[i].Type == model.Other || len(ps) < 2 {
			continue
		}
		for a := range ps {
			for b := a + 1; b < len(ps); b++ {
				k := pairKey(ps[a], ps[b])
				byPair[k] = append(byPair[k], i)
			}
		}
	}
	buyer := rowBuyers(groups, rs)
	// the rows that may be one deal with another make sets, each joined
	// if every two of its rows may be one deal
	root := make([]int, len(rows))
	for i := range root {
		root[i] = i
	}
	linked := make([]bool, len(rows))
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	for j := range rows {
		ps := rows[j].Parties
		if rows[j].Type == model.Other || len(ps) < 2 {
			continue
		}
		hosts := byPair[pairKey(ps[0], ps[1])]
		if len(hosts) > maxBridged {
			continue // (the companies of many stories: see maxBridged)
		}
		for _, i := range hosts {
			if i != j && oneDealRow(&rows[i], &rows[j], buyer(i), buyer(j)) {
				root[find(j)] = find(i)
				linked[j], linked[i] = true, true
			}
		}
	}
	sets := map[int][]int{}
	for i := range rows {
		if linked[i] {
			sets[find(i)] = append(sets[find(i)], i)
		}
	}
	for _, set := range sets {
		if len(set) < 2 || len(set) > maxBridged {
			continue // (a chain of many: the deals of many stories, each compared with each)
		}
		if !agreeing(set, groups, rows, rs, buyer) {
			continue
		}
		largest := set[0]
		for _, i := range set {
			if len(groups[i].members) > len(groups[largest].members) {
				largest = i
			}
		}
		for _, i := range set {
			if i != largest {
				groups[largest].members = append(groups[largest].members, groups[i].members...)
				groups[i].members = nil
			}
		}
		joined = append(joined, largest)
	}
	slices.Sort(joined)
	return joined
}

// rowBuyers gives the buyer of each group's row, from its reports as
// toDeal reads it, worked out for the groups asked only, once each.
func rowBuyers(groups []*group, rs []report) func(int) string {
	buyers := map[int]string{}
	return func(i int) string {
		b, ok := buyers[i]
		if !ok {
			reps := make([]report, 0, len(groups[i].members))
			for _, ri := range groups[i].members {
				reps = append(reps, rs[ri])
			}
			b = buyerOf(reps, outvotedGuesses(reps))
			buyers[i] = b
		}
		return b
	}
}

// agreeing: the rows of set, each of a group of groups, are told by
// different articles, each pair of them may be one deal (oneDealRow),
// and of any two the companies of one are among the other's, told of by
// each of its reports where the one buys or sells or either is undated
// (toldOfEach).
func agreeing(set []int, groups []*group, rows []model.Deal, rs []report, buyer func(int) string) bool {
	seen := map[int]bool{}
	for _, i := range set {
		for _, m := range groups[i].members {
			if seen[rs[m].article] {
				return false // an article telling both tells two deals
			}
		}
		for _, m := range groups[i].members {
			seen[rs[m].article] = true
		}
	}
	for a, i := range set {
		for _, j := range set[a+1:] {
			if !oneDealRow(&rows[i], &rows[j], buyer(i), buyer(j)) {
				return false
			}
			small, large := j, i
			if !subset(rows[j].Parties, rows[i].Parties) {
				small, large = i, j
			}
			if (buyer(small) != "" || rows[small].Type == model.Divestiture || when.Year(rows[small].Date) == 0 || when.Year(rows[large].Date) == 0) &&
				!toldOfEach(groups[large], rows[small].Parties, rs) {
				return false
			}
		}
	}
	return true
}

// toldOfEach: each report of g names two of the companies ps (or the one
// of one): "Brindle bought Quorvex", beside a report lumping "Brindle
// bought Quorvex and Daxmoor", tells no purchase of Daxmoor. (Asked of a
// smaller row that buys or sells, and of any where a row is undated: an
// undated merger of two of a sale's three companies may be another deal;
// a dated stake or alliance told by the companies it joins, in the year
// of the other, has no other company to be.)
func toldOfEach(g *group, ps []string, rs []report) bool {
	for _, m := range g.members {
		if !overlapReaches(rs[m].Parties, ps, min(2, len(ps), len(rs[m].Parties))) {
			return false
		}
	}
	return true
}

// oneDealRow: rows a and b, bought by aBuyer and bBuyer ("" for none
// named), may be one deal (see joinSplits). Their types may be of two
// classes, neither an alliance, only at one price on one date, as far as
// both date it: the row made of both takes the type most of their reports
// give.
func oneDealRow(a, b *model.Deal, aBuyer, bBuyer string) bool {
	samePrice := false
	if a.Value != nil && b.Value != nil {
		// (a price of nothing, of no finite sum or in another currency
		// tells nothing apart: no join)
		gap, priced := moneyGap(a.Value, b.Value)
		if !priced || gap > 0.1 {
			return false
		}
		samePrice = gap <= 0.01
	}
	// (one price a year apart may be two deals: a merger in January 2019
	// and the sale of one of its companies in January 2020)
	ya, yb := when.Year(a.Date), when.Year(b.Date)
	if ya != 0 && yb != 0 && ya != yb {
		return false
	}
	if ca, cb := typeClass(a.Type), typeClass(b.Type); ca != cb && (!samePrice || ya == 0 || yb == 0 || !datesAgree(a.Date, b.Date) || ca == "alliance" || cb == "alliance") {
		// of two kinds, and not at one price on one date as far as both
		// tell it: the stake before the takeover, the licence beside the
		// purchase, the supply contract in January and the takeover in
		// September, the venture before the buyout
		return false
	}
	if aBuyer != "" && bBuyer != "" && aBuyer != bBuyer || rowSeller(a) != "" && rowSeller(a) == bBuyer || rowSeller(b) != "" && rowSeller(b) == aBuyer {
		return false // a sale on, or back
	}
	return subset(a.Parties, b.Parties) || subset(b.Parties, a.Parties)
}

// datesAgree: two dates agree as far as both go (a year beside a day of
// that year, a month beside a day of that month).
func datesAgree(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] == b[:n]
}

// rowSeller is the seller a sale's row names first; "" for other deals.
func rowSeller(d *model.Deal) string {
	if d.Type != model.Divestiture || len(d.Parties) == 0 {
		return ""
	}
	return d.Parties[0]
}

// keepIndexed is xs but the elements whose index keep refuses.
func keepIndexed[T any](xs []T, keep func(int) bool) []T {
	out := xs[:0]
	for i, x := range xs {
		if keep(i) {
			out = append(out, x)
		}
	}
	return out
}
