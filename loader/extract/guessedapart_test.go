package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// guessedBy is r with its party p only referred to ("it", "the group")
// and read as p.
func guessedBy(r report, p string) report {
	r.guessed = p
	return r
}

// articlesNaming are n articles, each naming every company of rs (a
// story whose outlets all know its companies: only the type, date and
// price keep its deals apart), or, with ownOnly, only the companies of
// its own reports (a profile of one company).
func articlesNaming(n int, rs []report, ownOnly bool) []model.Article {
	arts := make([]model.Article, n)
	for i := range arts {
		arts[i].ID = string(rune('a' + i))
		for _, r := range rs {
			if ownOnly && r.article != i {
				continue
			}
			for _, p := range r.Parties {
				if !slices.Contains(arts[i].Companies, p) {
					arts[i].Companies = append(arts[i].Companies, p)
				}
			}
		}
	}
	return arts
}

// clusterNaming clusters rs told by n articles (see articlesNaming).
func clusterNaming(n int, rs []report, ownOnly bool) []model.Deal {
	return cluster(articlesNaming(n, rs, ownOnly), rs)
}

// dealWith is the first deal of got listing every one of parties; nil
// when none does.
func dealWith(got []model.Deal, parties ...string) *model.Deal {
	for i := range got {
		if !slices.ContainsFunc(parties, func(p string) bool { return !slices.Contains(got[i].Parties, p) }) {
			return &got[i]
		}
	}
	return nil
}

// Two outlets name Valora as Ditsch's buyer in 2012; a third tells it as
// "Elle a racheté Ditsch en 2012", its "Elle" read as FEMSA, the company
// the article is about: one purchase told by three outlets.
func TestGuessedApartJoinsTheDealNamedElsewhere(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012-05"),
		guessedBy(dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	got := cluster(articlesNaming(3, rs, false), rs)
	if len(got) != 1 || len(got[0].Sources) != 3 || !slices.Contains(got[0].Parties, "Valora") {
		t.Fatalf("%+v: want Valora's purchase of Ditsch told by three outlets", got)
	}
}

// The outlets agree on the type, the date as far as both give it and the
// price, or it is not shown to be one deal: an undated guess, one of
// another year, month, price or type stays apart (rival bids at two
// prices, a company bought in February and sold on in November).
func TestGuessedApartOnlyOfOneTypeYearAndPrice(t *testing.T) {
	named := []report{
		dated(rep(0, model.Acquisition, "Valora", 300e6, "Valora", "Ditsch"), "2012-05"),
		dated(rep(1, model.Acquisition, "Valora", 300e6, "Valora", "Ditsch"), "2012-05-14"),
	}
	for _, c := range []struct {
		what  string
		guess report
	}{
		{"undated", rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch")},
		{"a year apart", dated(rep(2, model.Acquisition, "FEMSA", 300e6, "FEMSA", "Ditsch"), "2013")},
		{"in another month", dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012-09")},
		{"at a price 5% apart", dated(rep(2, model.Acquisition, "FEMSA", 315e6, "FEMSA", "Ditsch"), "2012")},
		{"at another price", dated(rep(2, model.Acquisition, "FEMSA", 200e6, "FEMSA", "Ditsch"), "2012")},
		{"a stake", dated(rep(2, model.Investment, "FEMSA", 0, "FEMSA", "Ditsch"), "2012")},
	} {
		rs := append(slices.Clone(named), guessedBy(c.guess, "FEMSA"))
		wantClusters(t, articlesNaming(3, rs, false), rs, 2, "the guess "+c.what+" apart")
	}
	// undated both: Valora may have bought Ditsch in another year than
	// the one the article referred to
	undated := []report{
		rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"),
		guessedBy(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(2, undated, false), undated, 2, "two undated purchases apart")
}

// The company named in both is bought or sold in both: "In 2012 it
// acquired Ditsch" beside "Ditsch bought Brezelkönig in 2012" are two
// deals, whoever "it" is.
func TestGuessedApartNotOfTheNamedBuyer(t *testing.T) {
	sale := []report{
		dated(rep(0, model.Acquisition, "Ditsch", 0, "Ditsch", "Brezelkönig"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(2, sale, false), sale, 2, "Ditsch's purchase apart from Ditsch's sale")
	boughtBy := []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "Ditsch", 0, "Ditsch", "FEMSA"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(2, boughtBy, false), boughtBy, 2, "the guess bought by Ditsch apart from Ditsch's sale")
}

// A guess two deals could correct corrects neither: Ditsch bought in 2012
// by Valora in one outlet and by Brezelmann in another.
func TestGuessedApartLeavesTwoHostsAlone(t *testing.T) {
	twoHosts := []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Brezelmann", 0, "Brezelmann", "Ditsch"), "2012"),
		guessedBy(dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(3, twoHosts, false), twoHosts, 3, "three deals")
}

// An article telling both tells two deals; and a deal only guessed
// corrects no other.
func TestGuessedApartNotWithinAnArticleNorByAGuess(t *testing.T) {
	oneArticle := []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(2, oneArticle, false), oneArticle, 2, "an article's two purchases")
	guesses := []report{
		guessedBy(dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"), "Valora"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(2, guesses, false), guesses, 2, "two guesses")
}

// The article that read "it" as another company names the companies of
// the deal the other outlets tell: a profile of Mordant Capital saying
// "It also backed Kestrly in 2022" names no Velloran Ventures, whose
// round of that year two outlets tell, and tells an investment of its
// own (see review58a_test.go).
func TestGuessedApartOnlyWhereTheArticleNamesTheOthers(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012-05"),
		guessedBy(dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}
	wantClusters(t, articlesNaming(3, rs, true), rs, 2, "the profile's purchase apart")
}
