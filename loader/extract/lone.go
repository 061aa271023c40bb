package extract

import (
	"math"
	"slices"

	"dealwire/loader/extract/parallel"
	"dealwire/loader/extract/when"
)

// completeFromOthers lets the outlets of one story fill in each other's
// parties. Outlets recall the same earlier deals at the same figures and
// years, so a company and a price (or, without one, a year) agreeing say
// it is the same deal:
//   - a lone report names one side of a deal ("il a cédé ses confiseries à
//     l'italien Ferrero pour 2,8 milliards de dollars"): it takes the
//     parties another article names for that deal, else it is dropped;
//   - a report whose buyer was guessed from the sentences before ("la
//     mayor adquisición del grupo desde que compró XTO Energy ... por 41.000
//     millones") takes the parties where another article names both sides,
//     with another buyer.
//
// Only reports naming every party are trusted to complete others, and only
// when no two of them give that company and price (or year) different
// parties.
func completeFromOthers(rs, lone []report) []report {
	// the indexes are made at once, on two cores: each reads rs only, and
	// made one after the other they kept the other core idle
	var priced map[priceKey][]int
	var dated map[yearKey][]int
	parallel.Do(
		func() { priced = pricedReports(rs) },
		func() { dated = datedReports(rs) },
	)
	// the report of another article telling r's deal with party: at its
	// price, else in its year
	elsewhere := func(r report, party string) *report {
		if r.Value != nil {
			return sameDealElsewhere(rs, priced, r, party)
		}
		return sameYearElsewhere(rs, dated, r, party)
	}
	// toldIn asks of one article's reports, listed here: looking through
	// every report for each made completing quadratic in the corpus
	articles := 0
	for i := range rs {
		articles = max(articles, rs[i].article+1)
	}
	for i := range lone {
		articles = max(articles, lone[i].article+1)
	}
	ofArticle := reportsByArticle(rs, articles)
	drop := map[int]bool{}
	for i := range rs {
		r := &rs[i]
		if r.guessed == "" || r.Value == nil && when.Year(r.Date) == 0 {
			continue
		}
		named := ""
		for _, p := range r.Parties {
			if p != r.guessed {
				named = p
				break
			}
		}
		m := elsewhere(*r, named)
		if m == nil || slices.Contains(m.Parties, r.guessed) || r.Buyer != r.guessed || m.Buyer == "" || m.Buyer == named {
			// only a guessed buyer is corrected, by another outlet's
			// buyer of the same company at the same price: which side is
			// which is what both say
			continue
		}
		if toldIn(rs, ofArticle[r.article], *m) {
			drop[i] = true // the article tells that deal already, rightly
			continue
		}
		// the other outlet's parties, and what this one named besides its
		// guess ("Verkäufer ist One Equity Partners")
		parties := slices.Clone(m.Parties)
		for _, p := range r.Parties {
			if p != r.guessed && !slices.Contains(parties, p) {
				parties = append(parties, p)
			}
		}
		r.Parties, r.Buyer, r.guessed = parties, m.Buyer, ""
	}
	// a lone report may also take the parties of one whose other side was
	// guessed, when none names both: the guess is right more often than
	// not, and the two outlets then tell one deal
	var guessedPriced map[priceKey][]int
	var guessedDated map[yearKey][]int
	for _, l := range lone {
		m := elsewhere(l, l.Parties[0])
		if m == nil {
			if guessedPriced == nil {
				// made of rs as the loop above left it, at once as above
				parallel.Do(
					func() { guessedPriced = pricedReportsWith(rs, true) },
					func() { guessedDated = datedReportsWith(rs, true) },
				)
			}
			if l.Value != nil {
				m = sameDealElsewhere(rs, guessedPriced, l, l.Parties[0])
			} else {
				m = sameYearElsewhere(rs, guessedDated, l, l.Parties[0])
			}
		}
		if m == nil || toldIn(rs, ofArticle[l.article], *m) {
			continue
		}
		c := l
		c.Lone = false
		c.Parties = slices.Clone(m.Parties)
		if c.Generic {
			c.Type, c.Generic = m.Type, false
		}
		if c.Buyer == "" || !slices.Contains(c.Parties, c.Buyer) {
			c.Buyer = m.Buyer
		}
		rs = append(rs, c)
		ofArticle[c.article] = append(ofArticle[c.article], len(rs)-1)
	}
	if len(drop) == 0 {
		return rs
	}
	out := rs[:0:0]
	for i, r := range rs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

// priceKey is a company at a price: where outlets agree on a deal.
type priceKey struct {
	party, currency string
	value           int64
}

// pricedReports indexes the reports naming all their parties and a price
// by each party at that price.
func pricedReports(rs []report) map[priceKey][]int { return pricedReportsWith(rs, false) }

// pricedReportsWith is pricedReports, with the reports whose other side
// was guessed when guessed is set.
func pricedReportsWith(rs []report, guessed bool) map[priceKey][]int {
	priced := map[priceKey][]int{}
	for i, r := range rs {
		if r.Value == nil || len(r.Parties) < 2 || r.guessed != "" && !guessed {
			continue
		}
		for _, p := range r.Parties {
			k := priceKey{p, r.Value.Currency, roundFigure(r.Value.Value)}
			priced[k] = append(priced[k], i)
		}
	}
	return priced
}

// sameDealElsewhere is the report of another article naming party at r's
// price, of r's kind; nil when there is none, or when two such reports
// name different parties (two deals at one price with that company).
func sameDealElsewhere(rs []report, priced map[priceKey][]int, r report, party string) *report {
	return onlyDealElsewhere(rs, priced[priceKey{party, r.Value.Currency, roundFigure(r.Value.Value)}], r)
}

// onlyDealElsewhere is the report among candidates, of another article
// than r's and of r's kind, the one naming fewest companies where one
// names all the other does and more; nil when there is none or when two
// of them name different parties.
func onlyDealElsewhere(rs []report, candidates []int, r report) *report {
	var match *report
	for _, i := range candidates {
		o := &rs[i]
		if o.article == r.article || !sameKind(r, *o) {
			continue
		}
		switch {
		case match == nil:
			match = o
		case sameSet(match.Parties, o.Parties):
		case match.Buyer != o.Buyer:
			return nil // (not a purchase beside a sale of what was bought)
		case subset(match.Parties, o.Parties):
		case subset(o.Parties, match.Parties):
			// one outlet names a company more ("Dialog Semiconductor",
			// whose bid the deal ended) for one buyer: the companies both
			// name tell it
			match = o
		default:
			return nil
		}
	}
	return match
}

// yearKey is a company in a year: where outlets agree on a deal told
// without a price ("La filiale a finalement été cédée l'année suivante au
// fonds américain Apollo").
type yearKey struct {
	party string
	year  int
}

// datedReports indexes the reports naming all their parties and a year by
// each party in that year.
func datedReports(rs []report) map[yearKey][]int { return datedReportsWith(rs, false) }

// datedReportsWith is datedReports, with the reports whose other side was
// guessed when guessed is set.
func datedReportsWith(rs []report, guessed bool) map[yearKey][]int {
	dated := map[yearKey][]int{}
	for i, r := range rs {
		if when.Year(r.Date) == 0 || len(r.Parties) < 2 || r.guessed != "" && !guessed {
			continue
		}
		for _, p := range r.Parties {
			k := yearKey{p, when.Year(r.Date)}
			dated[k] = append(dated[k], i)
		}
	}
	return dated
}

// sameYearElsewhere is the one report of another article naming party in
// l's year, of l's kind; nil when none or several deals would do.
func sameYearElsewhere(rs []report, dated map[yearKey][]int, l report, party string) *report {
	return onlyDealElsewhere(rs, dated[yearKey{party, when.Year(l.Date)}], l)
}

// roundFigure keeps three significant digits: "$18.9bn" and "18,9
// Milliarden Dollar" are one figure, "$18.95bn" rounds to it too.
func roundFigure(v float64) int64 {
	if v <= 0 {
		return 0
	}
	scale := math.Pow(10, math.Floor(math.Log10(v))-2)
	return int64(math.Round(v/scale) * scale)
}

// sameKind: two reports can tell one deal by their types (a generic deal
// word can be any).
func sameKind(a, b report) bool {
	return a.Generic || b.Generic || typeClass(a.Type) == typeClass(b.Type)
}

// toldIn: an article has a report of deal r already; ofArticle are the
// article's reports, by their index in rs.
func toldIn(rs []report, ofArticle []int, r report) bool {
	for _, k := range ofArticle {
		if o := &rs[k]; sameKind(*o, r) && overlap(o.Parties, r.Parties) >= min(2, len(r.Parties)) {
			return true
		}
	}
	return false
}

// sameSet: a and b hold the same companies, in any order.
func sameSet(a, b []string) bool {
	return len(a) == len(b) && overlap(a, b) == len(a)
}

// subset: every company of a is one of b.
func subset(a, b []string) bool { return overlap(a, b) == len(a) }
