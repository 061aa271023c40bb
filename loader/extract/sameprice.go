package extract

import (
	"cmp"
	"slices"

	"dealwire/loader/extract/names"
	"dealwire/model"
)

// joinedAtOnePrice joins to a deal the clustering left apart the deal
// one outlet alone tells at its price, in its month, sharing a company:
// the outlet read the sides otherwise ("NXP sold its standard products to
// JAC Capital and Wise Road Capital for $2.75 billion in 2016" beside
// "NXP sold the unit, now Nexperia, for $2.75 billion in 2016"), or told
// a stake as a purchase. A price to the percent is rarer than a pair of
// names: two deals of one company at one price in one month are few.
//
// Deals join in sets where every two agree (agreeAtOnePrice): of one
// price, no article telling both, at most one told by more than one
// article. The two that bring their sets together share a company and
// are of kinds one deal may be told as (onePriceKinds).
//
// The deal told by the most sources (the first told, of equals) stays as
// it is read, its type, price and date (a date it lacks taken from the
// others); the others give it their sources and the companies it lacks.
func joinedAtOnePrice(out []model.Deal, firstTold map[string]int) []model.Deal {
	// the priced deals in order of currency and price: those within a
	// percent of each other are neighbours
	var priced []int
	for i := range out {
		if out[i].Value != nil && inBand(out[i].Value.Value) && len(out[i].Parties) > 0 {
			priced = append(priced, i)
		}
	}
	slices.SortFunc(priced, func(a, b int) int {
		return cmp.Or(cmp.Compare(out[a].Value.Currency, out[b].Value.Currency), cmp.Compare(out[a].Value.Value, out[b].Value.Value))
	})
	// sets of deals joined, each deal in one: a deal of 2017 and one of
	// 2019 are not one through an undated third
	setOf := map[int]int{}
	sets := map[int][]int{}
	setFor := func(i int) int {
		if _, ok := setOf[i]; !ok {
			setOf[i], sets[i] = i, []int{i}
		}
		return setOf[i]
	}
	for a, i := range priced {
		for _, j := range priced[a+1:] {
			if gap, ok := moneyGap(out[i].Value, out[j].Value); !ok || gap > 0.01 {
				break // (in order: every later one is further apart)
			}
			if overlap(out[i].Parties, out[j].Parties) == 0 || !onePriceKinds(&out[i], &out[j]) {
				continue
			}
			si, sj := setFor(i), setFor(j)
			if si == sj || len(sets[si])+len(sets[sj]) > maxBridged || !agreeAcross(out, sets[si], sets[sj]) {
				// (more than maxBridged: one price of many stories)
				continue
			}
			for _, k := range sets[sj] {
				setOf[k] = si
			}
			sets[si] = append(sets[si], sets[sj]...)
			delete(sets, sj)
		}
	}
	joined := make([]bool, len(out))
	for _, set := range sets {
		if len(set) < 2 {
			continue
		}
		keeper := slices.MinFunc(set, func(a, b int) int {
			return cmp.Or(cmp.Compare(len(out[b].Sources), len(out[a].Sources)), cmp.Compare(firstTold[out[a].ID], firstTold[out[b].ID]), cmp.Compare(a, b))
		})
		d := &out[keeper]
		// (clipped: what is appended must not write into an array another
		// deal's slice shares)
		d.Parties, d.Sources = slices.Clip(d.Parties), slices.Clip(d.Sources)
		slices.Sort(set)
		for _, i := range set {
			if i == keeper {
				continue
			}
			for _, p := range out[i].Parties {
				d.Parties = names.AppendNew(d.Parties, p)
			}
			d.Sources = append(d.Sources, out[i].Sources...)
			if d.Date == "" {
				d.Date = out[i].Date
			}
			firstTold[d.ID] = min(firstTold[d.ID], firstTold[out[i].ID])
			joined[i] = true
		}
	}
	kept := out[:0]
	for i, d := range out {
		if !joined[i] {
			kept = append(kept, d)
		}
	}
	return kept
}

// agreeAcross: each deal of set a and each of set b may be one
// (agreeAtOnePrice).
func agreeAcross(out []model.Deal, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if !agreeAtOnePrice(&out[i], &out[j]) {
				return false
			}
		}
	}
	return true
}

// agreeAtOnePrice: deals a and b, at one price, may be one by their
// dates (onePriceDates) and sources: no article tells both (an outlet
// telling two deals at one price tells two: a $2 billion stake and a
// $2 billion mandate to the same fund), and one of them is told by one
// article alone (the clustering kept apart two deals each told by
// several, a misplaced report's price beside a sale's).
func agreeAtOnePrice(a, b *model.Deal) bool {
	return onePriceDates(a.Date, b.Date) && (len(a.Sources) == 1 || len(b.Sources) == 1) && !shareArticle(a.Sources, b.Sources)
}

// onePriceDates: two deals at one price dated a and b may be one: one of
// them dated, or both of one year and, where both name it, of one month.
// (Two undated deals at one price share too little: a seller's two sales
// at one round price.)
func onePriceDates(a, b string) bool {
	if a == "" || b == "" {
		return a != b
	}
	n := min(len(a), len(b), len("2006-01"))
	return a[:min(n, 4)] == b[:min(n, 4)] && (n < len("2006-01") || a[:n] == b[:n])
}

// shareArticle: an article is a source of both a and b.
func shareArticle(a, b []model.Source) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Article == y.Article {
				return true
			}
		}
	}
	return false
}

// onePriceKinds: deals a and b may be one deal by their kinds: of one
// class (a stake counts as a transfer: outlets tell a stake bought as a
// stake, a purchase or a sale), and of one direction. Of two kinds, the
// company acting in one (the first named: the buyer, investor, seller or
// licensor; either of a merger) is not the company acted on in the other
// while that one's actor is acted on in the first ("Veltraco buys a unit
// of Brindle" beside "Brindle invests in Veltraco"). A company's sale
// is no purchase of its own ("Brindle invests in Veltraco" beside
// "Brindle sold its stake in Veltraco").
func onePriceKinds(a, b *model.Deal) bool {
	if ownershipClass(a.Type) != ownershipClass(b.Type) {
		return false
	}
	if a.Type == b.Type {
		return true
	}
	x, y := a.Parties[0], b.Parties[0]
	if x == y {
		return (a.Type == model.Divestiture) == (b.Type == model.Divestiture)
	}
	return !(slices.Contains(b.Parties[1:], x) && slices.Contains(a.Parties[1:], y))
}

// ownershipClass is the class of a deal's type (typeClass) where a stake
// is a transfer: who buys a stake, buys.
func ownershipClass(t string) string {
	if t == model.Investment {
		return "transfer"
	}
	return typeClass(t)
}
