package extract

import (
	"slices"

	"dealwire/loader/extract/when"
	"dealwire/model"
)

// toldAgain marks the groups (by index) that are one sentence of an
// article telling again, misread, a deal that several outlets tell and
// that article tells too: "Elis must announce a firm intention to make an
// offer by June 15 or walk away" read with the sides reversed, beside the
// sentence of the same article that joined the outlets' Elis-Berendsen
// purchase. Within its article the sentence stayed apart (mergeWithin:
// the buyer conflicts, or the types differ), and across outlets no group
// takes a second report of one article; its row would list the deal twice.
func toldAgain(groups []*group, rs []report) []bool {
	// the articles of the groups of one report, and the groups of
	// several reports that have one of those articles: most articles
	// have no report alone, and their groups are not listed
	alone := map[int]bool{}
	for _, g := range groups {
		if len(g.members) == 1 {
			alone[rs[g.members[0]].article] = true
		}
	}
	told := map[int][]*group{}
	for _, g := range groups {
		if len(g.members) < 2 {
			continue
		}
		for _, ri := range g.members {
			if a := rs[ri].article; alone[a] {
				told[a] = append(told[a], g)
			}
		}
	}
	again := make([]bool, len(groups))
	for gi, g := range groups {
		if len(g.members) != 1 {
			continue
		}
		r := &rs[g.members[0]]
		if slices.ContainsFunc(told[r.article], func(o *group) bool { return retells(r, o, rs) }) {
			again[gi] = true
		}
	}
	return again
}

// retells: r, alone in its group, tells again the deal of group g, which
// has a report o of r's article. Nothing sets r apart from g:
//   - it is of o's class (a transfer, an alliance ...) or a generic deal;
//   - it names two companies or more, all among g's;
//   - its year, if it gives one, is one of g's and no other;
//   - its price, if it gives one, is none that g's reports give apart;
//   - it is as recalled from the past as o is, and as failed;
//   - a stake's buyer is o's, and an alliance's partners are all o's
//     (the article's own report), unless "the two" tell it: they are
//     the article's pair, whom another outlet may give more fully;
//   - it is not the sale of what o buys, or the reverse: on the 125
//     development sets, folding those lowered deals F1 in two ("it would
//     sell Suez's French water operations to Meridiam" beside Veolia's
//     purchase of Suez).
func retells(r *report, g *group, rs []report) bool {
	var o *report
	for _, ri := range g.members {
		if rs[ri].article == r.article {
			o = &rs[ri]
		}
	}
	inGroup := func(p string) bool {
		return slices.ContainsFunc(g.members, func(ri int) bool { return slices.Contains(rs[ri].Parties, p) })
	}
	if o == nil || !r.Generic && !o.Generic && typeClass(r.Type) != typeClass(o.Type) || r.past != o.past {
		return false
	}
	if (r.Status == model.Failed) != (o.Status == model.Failed) && r.guessed == "" ||
		r.Type == model.Investment && r.Buyer != "" && o.Buyer != "" && r.Buyer != o.Buyer ||
		typeClass(r.Type) == "alliance" && !r.Pair && slices.ContainsFunc(r.Parties, func(p string) bool { return !slices.Contains(o.Parties, p) }) {
		// a failed bid or failed talks beside the deal done (unless the
		// failure was read of a side only guessed); a stake taken in
		// return; an alliance with a partner the article's report lacks
		return false
	}
	if len(r.Parties) < 2 || slices.ContainsFunc(r.Parties, func(p string) bool { return !inGroup(p) }) {
		return false
	}
	if sellsWhatOtherBuys(r, o) || sellsWhatOtherBuys(o, r) {
		return false
	}
	year, sameYear := when.Year(r.Date), false
	for _, ri := range g.members {
		m := &rs[ri]
		if y := when.Year(m.Date); y != 0 && year != 0 {
			if y != year {
				return false
			}
			sameYear = true
		}
		if r.Value != nil && (differentFigures(r, m) || pricesApart(r, m)) {
			return false
		}
	}
	return year == 0 || sameYear
}
