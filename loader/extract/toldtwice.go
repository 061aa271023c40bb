package extract

import (
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
// tells, the articles taken in the order out first cites them.
func inOneArticle(out []model.Deal, link func(i, j int)) {
	dealsOf := map[string][]int{}
	var order []string
	for i := range out {
		for _, s := range out[i].Sources {
			ds := dealsOf[s.Article]
			if len(ds) > 0 && ds[len(ds)-1] == i {
				continue // (an article telling this deal twice)
			}
			if ds == nil {
				order = append(order, s.Article)
			}
			dealsOf[s.Article] = append(ds, i)
		}
	}
	for _, article := range order {
		ds := dealsOf[article]
		if len(ds) > maxBridged {
			continue // (an article of many deals: a roundup)
		}
		for a, i := range ds {
			for _, j := range ds[a+1:] {
				link(i, j)
			}
		}
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
	if a.Value != nil && b.Value != nil {
		if gap, priced := moneyGap(a.Value, b.Value); !priced || gap > 0.1 {
			return false
		}
	}
	return oneDealDates(a.Date, b.Date) && toldElsewhere(a.Sources, b.Sources) && toldElsewhere(b.Sources, a.Sources)
}

// toldElsewhere: an article of a is no source of b.
func toldElsewhere(a, b []model.Source) bool {
	for _, x := range a {
		if !shareArticle([]model.Source{x}, b) {
			return true
		}
	}
	return false
}
