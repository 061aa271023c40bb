package extract

import (
	"cmp"
	"slices"

	"dealwire/model"
)

// joinedToldTwice joins two deals the clustering left apart only because an
// article told the deal twice: each report of that article joined one of
// the outlets' deals, and no deal takes two reports of one article. Two
// deals that an article's sentences share, each told by an article the
// other lacks, join where they are of one class (typeClass), name two
// companies alike, in one direction (oneDealKinds), and no price or date
// is apart (agreeToldTwice): DSV's agreed purchase of Panalpina, told by one
// outlet with its price and by another with its exchange ratio, the first
// outlet telling both. Undated both, they stay apart: an article may
// recall two deals of two companies.
func joinedToldTwice(out []model.Deal, firstTold map[string]int) []model.Deal {
	return joinedInSets(out, firstTold, inOneArticle, toldTwiceKinds, agreeToldTwice)
}

// inOneArticle calls link with each two deals of out that one article
// tells, the articles taken in the order out first cites them. (The
// citations are one list sorted by article, not a list for each article:
// a corpus has many articles and few deals an article's sentences share.)
func inOneArticle(out []model.Deal, link func(i, j int)) {
	type citation struct{ article, deal int } // article: its order of first citation
	n := 0
	for i := range out {
		n += len(out[i].Sources)
	}
	first := make(map[string]int, n)
	cited := make([]citation, 0, n)
	for i := range out {
		for _, s := range out[i].Sources {
			k, ok := first[s.Article]
			if !ok {
				k = len(first)
				first[s.Article] = k
			}
			cited = append(cited, citation{k, i})
		}
	}
	slices.SortFunc(cited, func(a, b citation) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.deal, b.deal))
	})
	cited = slices.Compact(cited) // (an article telling a deal twice)
	for start := 0; start < len(cited); {
		end := start + 1
		for end < len(cited) && cited[end].article == cited[start].article {
			end++
		}
		if end-start <= maxBridged { // (more: an article of many deals, a roundup)
			for a := start; a < end; a++ {
				for b := a + 1; b < end; b++ {
					link(cited[a].deal, cited[b].deal)
				}
			}
		}
		start = end
	}
}

// toldTwiceKinds: deals a and b are of one class and name two companies
// alike, in one direction (oneDealKinds). Of transfers, the companies of
// one are all among the other's, and two purchases or two sales are of one
// buyer or seller: the clustering keeps apart what a company bought and
// sold on ("Kallomar bought Quorvex in 2016" beside "Brindle agreed to buy
// Quorvex from Kallomar"), a sale that collapsed and the sale to another
// buyer, and so does this (review 62c).
func toldTwiceKinds(a, b *model.Deal) bool {
	if typeClass(a.Type) != typeClass(b.Type) || !overlapReaches(a.Parties, b.Parties, 2) || !oneDealKinds(a, b) {
		return false
	}
	if typeClass(a.Type) != "transfer" {
		return true
	}
	return (subset(a.Parties, b.Parties) || subset(b.Parties, a.Parties)) && (a.Type != b.Type || a.Parties[0] == b.Parties[0])
}

// agreeToldTwice: deals a and b may be one by their figures (prices within
// a tenth in one currency where both give one, dates as oneDealDates
// takes them) and each is told by an article the other is not.
func agreeToldTwice(a, b *model.Deal) bool {
	return pricesNotApart(a, b) && oneDealDates(a.Date, b.Date) && toldElsewhere(a.Sources, b.Sources) && toldElsewhere(b.Sources, a.Sources)
}

// toldElsewhere: an article of a is no source of b.
func toldElsewhere(a, b []model.Source) bool {
	return slices.ContainsFunc(a, func(x model.Source) bool {
		return !slices.ContainsFunc(b, func(y model.Source) bool { return y.Article == x.Article })
	})
}
