package extract

import (
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// joinGuessedApart joins a purchase or sale whose one side every outlet
// telling it only referred to ("Elle a racheté … Ditsch en 2012", its
// "Elle" read as FEMSA) into the one deal other outlets tell of its named
// side with another company, named ("Valora bought Ditsch in 2012"): the
// reference may have been read as the wrong company.
//
// The two are of one type, on one date as far as both give it, at one
// price or one unpriced, both failed or neither (see oneDealGuessed), and
// the guess done only where the other is (a rival's purchase done,
// beside the offer the others tell still pending, tops it). They are
// told by different articles, each article of the guess naming every
// company of the other deal (a profile of FEMSA naming no Valora tells
// FEMSA's own deals). The named side is what is bought or sold in both:
// not a buyer ("Elle a racheté Ditsch" beside "Ditsch bought
// Brezelkönig"), not the seller of either (Ditsch selling a unit the
// year it was bought), nor one of three companies of a purchase whose
// roles the row does not keep. Ventures, licences, supply deals and
// alliances are left as they are: the company at their heart may make
// several in a month. A deal two others could be is left alone, and so
// is a deal two guessed deals would join (two rival bids, each told by
// its own profile; two steps of one purchase told by one article).
//
// The guessed company stays a side of the deal made of both unless the
// other outlets outvote it (outvotedGuesses), which they do where they
// name the buyer more often than the guess was made.
//
// Joined are the groups that grew, whose rows are to be made again (the
// caller drops the emptied groups).
func joinGuessedApart(articles []model.Article, groups []*group, rows []model.Deal, rs []report) (joined []int) {
	buyer := rowBuyers(groups, rs)
	// the guessed deals first, few in any corpus: the other rows are
	// indexed by the named sides they may share, not all by every side
	type guessed struct {
		j            int
		guess, named string
	}
	var guesses []guessed
	needed := map[string]bool{}
	for j := range rows {
		guess := allGuessed(groups[j], rs)
		if guess == "" || len(rows[j].Parties) != 2 || !slices.Contains(rows[j].Parties, guess) || !targeted(rows[j].Type) {
			continue
		}
		named := rows[j].Parties[0]
		if named == guess {
			named = rows[j].Parties[1]
		}
		if buyer(j) == named || rowSeller(&rows[j]) == named || when.Year(rows[j].Date) == 0 {
			continue
		}
		guesses = append(guesses, guessed{j, guess, named})
		needed[named] = true
	}
	if len(guesses) == 0 {
		return nil
	}
	byParty := map[string][]int{}
	for i := range rows {
		if len(groups[i].members) == 0 || !targeted(rows[i].Type) || len(rows[i].Parties) < 2 {
			continue // (a host is of the guess's type, a purchase or a sale)
		}
		for _, p := range rows[i].Parties {
			if needed[p] {
				byParty[p] = append(byParty[p], i)
			}
		}
	}
	into := map[int][]int{}
	for _, g := range guesses {
		j, guess, named := g.j, g.guess, g.named
		host := -1
		for _, i := range byParty[named] {
			if i == j || slices.Contains(rows[i].Parties, guess) || allGuessed(groups[i], rs) != "" || !oneDealGuessed(&rows[i], &rows[j]) ||
				rows[j].Status == model.Completed && rows[i].Status != model.Completed ||
				buyer(i) == named || rowSeller(&rows[i]) == named || rows[i].Type == model.Acquisition && len(rows[i].Parties) > 2 ||
				sharesArticle(groups[i], groups[j], rs) {
				continue
			}
			if host >= 0 {
				host = -2 // two may be it: neither is
				break
			}
			host = i
		}
		if host >= 0 && namedInEach(articles, groups[j], rs, rows[host].Parties) {
			into[host] = append(into[host], j)
		}
	}
	// (a host is never a guessed deal, nor a guessed deal in two hosts'
	// lists: each group moves once, whatever the order of the map)
	for host, js := range into {
		if len(js) > 1 {
			continue // two deals guessed: rival bidders, or two steps of one buyer, not one misreading
		}
		groups[host].members = append(groups[host].members, groups[js[0]].members...)
		groups[js[0]].members = nil
		joined = append(joined, host)
	}
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

// oneDealGuessed: rows a and b are of one type, on one date as far as
// both give it, at one price (within 1%) or one unpriced, and failed both
// or neither. Rival bids and units of one company sold to two buyers in
// one year are priced some percent apart; a company bought in February
// and sold on in November is dated apart; a bid that failed is not the
// purchase that was made.
func oneDealGuessed(a, b *model.Deal) bool {
	if a.Type != b.Type || when.Year(a.Date) != when.Year(b.Date) || !datesAgree(a.Date, b.Date) || (a.Status == model.Failed) != (b.Status == model.Failed) {
		return false
	}
	if a.Value != nil && b.Value != nil {
		gap, priced := moneyGap(a.Value, b.Value)
		return priced && gap <= 0.01
	}
	return true
}

// namedInEach: each article telling g names every company of cs: the
// article that read "it" as another company knows the ones the other
// outlets name.
func namedInEach(articles []model.Article, g *group, rs []report, cs []string) bool {
	for _, m := range g.members {
		named := articles[rs[m].article].Companies
		if slices.ContainsFunc(cs, func(c string) bool { return !slices.Contains(named, c) }) {
			return false
		}
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

// targeted: a deal of the type is of a company bought or sold, which
// one buyer takes; the company at the heart of ventures, licences,
// supply deals and alliances may make several in one year.
func targeted(typ string) bool { return typ == model.Acquisition || typ == model.Divestiture }
