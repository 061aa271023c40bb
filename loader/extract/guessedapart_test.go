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

// Two outlets name Valora as Ditsch's buyer in 2012; a third tells it as
// "Elle a racheté Ditsch en 2012", its "Elle" read as FEMSA, the company
// the article is about: one purchase told by three outlets.
func TestGuessedApartJoinsTheDealNamedElsewhere(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	got := cluster(arts, []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012-05"),
		guessedBy(dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	})
	if len(got) != 1 || len(got[0].Sources) != 3 || !slices.Contains(got[0].Parties, "Valora") {
		t.Fatalf("%+v: want Valora's purchase of Ditsch told by three outlets", got)
	}
}

// The outlets agree on the type, the year and the price, or it is not
// shown to be one deal: an undated guess, one of another year or price
// or type stays apart.
func TestGuessedApartOnlyOfOneTypeYearAndPrice(t *testing.T) {
	named := []report{
		dated(rep(0, model.Acquisition, "Valora", 300e6, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 300e6, "Valora", "Ditsch"), "2012"),
	}
	for _, c := range []struct {
		what  string
		guess report
	}{
		{"undated", rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch")},
		{"a year apart", dated(rep(2, model.Acquisition, "FEMSA", 300e6, "FEMSA", "Ditsch"), "2013")},
		{"at another price", dated(rep(2, model.Acquisition, "FEMSA", 200e6, "FEMSA", "Ditsch"), "2012")},
		{"a stake", dated(rep(2, model.Investment, "FEMSA", 0, "FEMSA", "Ditsch"), "2012")},
	} {
		rs := append(slices.Clone(named), guessedBy(c.guess, "FEMSA"))
		wantClusters(t, []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}, rs, 2, "the guess "+c.what+" apart")
	}
	// undated both: Valora may have bought Ditsch in another year than
	// the one the article referred to
	wantClusters(t, []model.Article{{ID: "a"}, {ID: "b"}}, []report{
		rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"),
		guessedBy(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "FEMSA"),
	}, 2, "two undated purchases apart")
}

// The company named in both is bought or sold in both: "In 2012 it
// acquired Ditsch" beside "Ditsch bought Brezelkönig in 2012" are two
// deals, whoever "it" is.
func TestGuessedApartNotOfTheNamedBuyer(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}}
	wantClusters(t, arts, []report{
		dated(rep(0, model.Acquisition, "Ditsch", 0, "Ditsch", "Brezelkönig"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}, 2, "Ditsch's purchase apart from Ditsch's sale")
	wantClusters(t, arts, []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "Ditsch", 0, "Ditsch", "FEMSA"), "2012"), "FEMSA"),
	}, 2, "the guess bought by Ditsch apart from Ditsch's sale")
}

// A guess two deals could correct corrects neither: Ditsch bought in 2012
// by Valora in one outlet and by Brezelmann in another.
func TestGuessedApartLeavesTwoHostsAlone(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	wantClusters(t, arts, []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Brezelmann", 0, "Brezelmann", "Ditsch"), "2012"),
		guessedBy(dated(rep(2, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}, 3, "three deals")
}

// An article telling both tells two deals; and a deal only guessed
// corrects no other.
func TestGuessedApartNotWithinAnArticleNorByAGuess(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}}
	wantClusters(t, arts, []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}, 2, "an article's two purchases")
	wantClusters(t, arts, []report{
		guessedBy(dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"), "Valora"),
		guessedBy(dated(rep(1, model.Acquisition, "FEMSA", 0, "FEMSA", "Ditsch"), "2012"), "FEMSA"),
	}, 2, "two guesses")
}
