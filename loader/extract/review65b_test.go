package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of stop 65, second round (3bc75007, 05debefe, fd9e9846), read
// over whole articles: each test fails at fd9e9846 and passes at
// f0ac2bf2.

// 05debefe weigherOfOffer/subjectOfVerb: the target that receives or
// rejects the offer, named before an aside opened by a preposition that
// is also a subordinator ("dopo l'assemblea", "tras una larga reunión"),
// or before a verb of receiving with a time between it and the offer
// ("a reçu la semaine dernière une offre"), is no longer weighed as the
// company bid for, and the deal names it as its acting side, the bidder
// second.
func TestReview65bTargetWeighingAnOfferIsNotTheActingSide(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Quorvex, spécialiste lyonnais des batteries, a reçu la semaine dernière une offre publique par laquelle Veltraco vise le contrôle."},
		{"it", "Quorvex, dopo l'assemblea, ha respinto l'offerta pubblica con cui Veltraco puntava al controllo."},
		{"es", "Quorvex, tras una larga reunión, ha rechazado la oferta pública con la que Veltraco aspiraba al control."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex")
		if !slices.ContainsFunc(got, func(d model.Deal) bool {
			return d.Type == model.Acquisition && len(d.Parties) == 2 && d.Parties[0] == "Veltraco" && d.Parties[1] == "Quorvex"
		}) {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex, Veltraco first", c.lang, c.body, got)
		}
	}
}

// 3bc75007 giron: a former officer joining a group makes no deal of the
// article.
func TestReview65bOfficerJoiningAGroupMakesNoDeal(t *testing.T) {
	body := "Quorvex publie des résultats en hausse. L'ancien patron de Quorvex est entré dans le giron de Veltraco en 2015. Le groupe vise une croissance de 5%."
	if got := extractTextIn(t, "fr", body, "Quorvex", "Veltraco"); len(got) != 0 {
		t.Errorf("%+v, want no deal", got)
	}
}

// fd9e9846 openingYearAgo: the deal agreed on Tuesday keeps Tuesday's
// date, though the sentence opens on a comparison with a year before.
func TestReview65bYearAgoComparisonInAnArticle(t *testing.T) {
	body := "A year ago, Quorvex was worth twice as much, but on Tuesday Veltraco agreed to buy it for $2 billion."
	got := extractTextIn(t, "en", body, "Quorvex", "Veltraco")
	if len(got) != 1 || got[0].Date != "2020-10-27" {
		t.Errorf("%+v, want one deal dated 2020-10-27", got)
	}
}
