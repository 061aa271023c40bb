package extract

import (
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// joinGuessedApart joins a deal whose one side every outlet telling it
// only referred to ("Elle a racheté … Ditsch en 2012", its "Elle" read
// as FEMSA) into the one deal other outlets tell of its named side with
// another company, named ("Valora bought Ditsch in 2012"): the reference
// was read as the wrong company. The two agree on the type and the year,
// at one price or one unpriced, are told by different articles, and the
// named side is bought or sold in both, not the buyer: "Elle a racheté
// Ditsch" beside "Ditsch bought Brezelkönig" are two deals. A deal with
// two such hosts is left alone. Joined are the groups that grew, whose
// rows are to be made again (the caller drops the empty groups).
func joinGuessedApart(groups []*group, rows []model.Deal, rs []report) (joined []int) {
	byParty := map[string][]int{}
	for i := range rows {
		if len(groups[i].members) == 0 || rows[i].Type == model.Other || len(rows[i].Parties) < 2 {
			continue
		}
		for _, p := range rows[i].Parties {
			byParty[p] = append(byParty[p], i)
		}
	}
	buyers := map[int]string{}
	buyer := func(i int) string {
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
	into := map[int][]int{}
	for j := range rows {
		guess := allGuessed(groups[j], rs)
		if guess == "" || len(rows[j].Parties) != 2 || !slices.Contains(rows[j].Parties, guess) || rows[j].Type == model.Other {
			continue
		}
		named := rows[j].Parties[0]
		if named == guess {
			named = rows[j].Parties[1]
		}
		if buyer(j) == named || when.Year(rows[j].Date) == 0 {
			continue
		}
		host := -1
		for _, i := range byParty[named] {
			if i == j || slices.Contains(rows[i].Parties, guess) || allGuessed(groups[i], rs) != "" || !guessedApart(&rows[i], &rows[j]) ||
				buyer(i) == named || sharesArticle(groups[i], groups[j], rs) {
				continue
			}
			if host >= 0 {
				host = -2 // two may be it: neither is
				break
			}
			host = i
		}
		if host >= 0 {
			into[host] = append(into[host], j)
		}
	}
	for host, js := range into {
		for _, j := range js {
			if len(groups[j].members) == 0 || len(groups[host].members) == 0 {
				continue // (emptied into another, or a host emptied itself)
			}
			groups[host].members = append(groups[host].members, groups[j].members...)
			groups[j].members = nil
		}
		joined = append(joined, host)
	}
	joined = slices.DeleteFunc(joined, func(i int) bool { return len(groups[i].members) == 0 })
	slices.Sort(joined)
	return joined
}

// allGuessed is the one company every report of g only referred to; ""
// when one report named all its sides or two guessed differently.
func allGuessed(g *group, rs []report) string {
	guess := ""
	for _, m := range g.members {
		r := &rs[m]
		if r.guessed == "" || guess != "" && r.guessed != guess {
			return ""
		}
		guess = r.guessed
	}
	return guess
}

// guessedApart: rows a and b are of one type in one year, at one price
// (within 10%) or one unpriced.
func guessedApart(a, b *model.Deal) bool {
	if a.Type != b.Type || when.Year(a.Date) != when.Year(b.Date) {
		return false
	}
	if a.Value != nil && b.Value != nil {
		gap, priced := moneyGap(a.Value, b.Value)
		return priced && gap <= 0.1
	}
	return true
}

// sharesArticle: an article tells both groups' deals.
func sharesArticle(a, b *group, rs []report) bool {
	for _, m := range a.members {
		for _, n := range b.members {
			if rs[m].article == rs[n].article {
				return true
			}
		}
	}
	return false
}
