package extract

import (
	"cmp"
	"slices"

	"dealwire/loader/extract/names"
	"dealwire/model"
)

// joinedLoneOutlets joins to a deal the clustering left apart the deal
// one outlet alone tells beside it at its price, to the percent, in its
// year (and month, where both name one; one of them may be undated),
// sharing a company: the outlet read the sides otherwise (Boise Cascade's
// sale to Madison Dearborn for $3.7 billion told as OfficeMax's, the name
// Boise took), or told a stake as a purchase. Two deals of one company at
// one price in one year are few. (A month alone is not fact enough: rival
// bids for one company, a buyer's sale of a unit, a venture and another
// alliance are told in one month; review 62b.)
//
// Deals join in sets (joinedInSets) where every two agree (agreeAlone):
// no article telling both, at most one told by more than one article,
// dates and prices not apart, a company shared beyond the one acting in
// both. The two that bring their sets together are of kinds one deal may
// be told as (oneDealKinds).
func joinedLoneOutlets(out []model.Deal, firstTold map[string]int) []model.Deal {
	return joinedInSets(out, firstTold, atOnePrice, oneDealKinds, agreeAlone)
}

// joinedInSets joins deals of out in sets: pairs calls link with the
// pairs of deals it finds alike; two that may be one deal by their kinds
// (linkable) bring their sets together where each deal of one agrees with
// each of the other (agree). A deal of 2017 and one of 2019 are not one
// through an undated third. The deal of each set told by the most sources
// (the first told, of equals; then by id, not by the articles' order)
// stays as it is read, its type, price and date (a date it lacks taken
// from the others); the others give it their sources and the companies it
// lacks.
func joinedInSets(out []model.Deal, firstTold map[string]int, pairs func([]model.Deal, func(i, j int)), linkable, agree func(a, b *model.Deal) bool) []model.Deal {
	setOf := map[int]int{}
	sets := map[int][]int{}
	setFor := func(i int) int {
		if _, ok := setOf[i]; !ok {
			setOf[i], sets[i] = i, []int{i}
		}
		return setOf[i]
	}
	agreeAcross := func(a, b []int) bool {
		for _, i := range a {
			for _, j := range b {
				if !agree(&out[i], &out[j]) {
					return false
				}
			}
		}
		return true
	}
	link := func(i, j int) {
		if !linkable(&out[i], &out[j]) {
			return
		}
		si, sj := setFor(i), setFor(j)
		if si == sj || len(sets[si])+len(sets[sj]) > maxBridged || !agreeAcross(sets[si], sets[sj]) {
			// (more than maxBridged: a fact of many stories)
			return
		}
		for _, k := range sets[sj] {
			setOf[k] = si
		}
		sets[si] = append(sets[si], sets[sj]...)
		delete(sets, sj)
	}
	pairs(out, link)
	if len(sets) == 0 {
		return out
	}
	joined := make([]bool, len(out))
	for _, set := range sets {
		if len(set) < 2 {
			continue
		}
		keeper := slices.MinFunc(set, func(a, b int) int {
			return cmp.Or(cmp.Compare(len(out[b].Sources), len(out[a].Sources)), cmp.Compare(firstTold[out[a].ID], firstTold[out[b].ID]), cmp.Compare(out[a].ID, out[b].ID))
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
			takeIn(d, &out[i], firstTold)
			if d.Date == "" {
				d.Date = out[i].Date
			}
			joined[i] = true
		}
	}
	return withoutJoined(out, joined)
}

// takeIn makes deal o a source of deal d: d gets o's sources and the
// companies it lacks, and is first told where either was.
func takeIn(d, o *model.Deal, firstTold map[string]int) {
	for _, p := range o.Parties {
		d.Parties = names.AppendNew(d.Parties, p)
	}
	d.Sources = append(d.Sources, o.Sources...)
	firstTold[d.ID] = min(firstTold[d.ID], firstTold[o.ID])
}

// withoutJoined is out without the deals joined marks, taken into others.
func withoutJoined(out []model.Deal, joined []bool) []model.Deal {
	kept := out[:0]
	for i, d := range out {
		if !joined[i] {
			kept = append(kept, d)
		}
	}
	return kept
}

// atOnePrice calls link with each two deals of out priced within a
// percent of each other, in one currency.
func atOnePrice(out []model.Deal, link func(i, j int)) {
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
	for a, i := range priced {
		for _, j := range priced[a+1:] {
			if gap, ok := moneyGap(out[i].Value, out[j].Value); !ok || gap > 0.01 {
				break // (in order: every later one is further apart)
			}
			link(i, j)
		}
	}
}

// agreeAlone: deals a and b may be one by their dates (oneDealDates),
// prices and sources: if both are priced, within a tenth in one currency;
// no article tells both (an outlet telling two deals at one price tells
// two: a $2 billion stake and a $2 billion mandate to the same fund); and
// one of them is told by one article alone (the clustering kept apart two
// deals each told by several, a misplaced report's price beside a
// sale's).
func agreeAlone(a, b *model.Deal) bool {
	return pricesNotApart(a, b) && oneDealDates(a.Date, b.Date) && (len(a.Sources) == 1 || len(b.Sources) == 1) && !shareArticle(a.Sources, b.Sources) && sharedBeyondActor(a, b)
}

// pricesNotApart: deals a and b are not priced apart: one of them
// unpriced, or both within a tenth in one currency (outlets round; a
// price of nothing, of no finite sum or in another currency tells
// nothing alike).
func pricesNotApart(a, b *model.Deal) bool {
	if a.Value == nil || b.Value == nil {
		return true
	}
	gap, priced := moneyGap(a.Value, b.Value)
	return priced && gap <= 0.1
}

// oneDealDates: two deals dated a and b may be one: one of them dated,
// or both of one year and, where both name it, of one month. (Two
// undated deals at one price share too little: a seller's two sales at
// one round price.)
func oneDealDates(a, b string) bool {
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

// sharedBeyondActor: deals a and b share a company that is not only the
// one acting in both: a company's two deals of one kind, with others,
// are two ("Veltraco sells Quorvex to Brindle" and "Veltraco sells
// Daxmoor to Ostravel", each for $1 billion in 2020).
func sharedBeyondActor(a, b *model.Deal) bool {
	n := overlap(a.Parties, b.Parties)
	return n > 1 || n == 1 && a.Parties[0] != b.Parties[0]
}

// oneDealKinds: deals a and b may be one deal by their kinds: of one
// class (a stake counts as a transfer: outlets tell a stake bought as a
// stake, a purchase or a sale), and of one direction. The company acting
// in each (the first named: the buyer, investor, seller or licensor;
// either of a merger) acts alike in both: a company's sale is no purchase
// of its own ("Brindle invests in Veltraco" beside "Brindle sold its
// stake in Veltraco"). Two companies acting are not each acted on in the
// other ("Veltraco buys a unit of Brindle" beside "Brindle invests in
// Veltraco"); one may be, as outlets read the company acted on as acting
// ("MS&AD agreed with Swiss Re to invest in ReAssure" read with Swiss Re
// investing).
func oneDealKinds(a, b *model.Deal) bool {
	if ownershipClass(a.Type) != ownershipClass(b.Type) {
		return false
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
