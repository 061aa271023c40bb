package extract

import (
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/model"
)

// A deal an article tells as done in a year before another it tells as
// agreed, between the same companies, is another deal: a deal cannot be
// done before it is agreed. And a stake taken in a year before an
// alliance is no payment of the alliance's terms.
func TestDoneBeforeIsAnotherDeal(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "a sale done in 2018 beside one agreed this week",
			bodies: []string{"en|Veltraco agreed on Monday to sell its pumps division to Quorvex for £275 million. In 2018 Veltraco sold its valves arm to Quorvex."},
			check: func(ds []model.Deal) string {
				dated := map[string]bool{}
				for _, d := range ds {
					dated[d.Date] = true
				}
				if len(ds) != 2 || !dated["2018"] || !dated["2020-10-26"] {
					return "want the sale of 2018 apart from the one agreed on Monday"
				}
				return ""
			}},
		{name: "a stake of 2019 beside an accord of 2020",
			bodies: []string{"fr|Veltraco a annoncé ce vendredi un accord avec Quorvex pour distribuer ses appareils en Corée. Ce n'est pas une découverte : Veltraco avait déjà pris une première participation dans Quorvex en juin 2019."},
			check:  datedAs(model.Investment, "2019-06", "Veltraco", "Quorvex")},
		{name: "a stake of 2019 beside a partnership of 2020",
			bodies: []string{"fr|Veltraco a annoncé ce vendredi un accord avec Quorvex pour distribuer ses appareils. Selon les termes dévoilés, les deux partenaires travaillent à un contrat définitif, dont Veltraco détient désormais les droits. Ce n'est pas une découverte : Veltraco avait déjà pris une première participation dans Quorvex en juin 2019."},
			check:  datedAs(model.Investment, "2019-06", "Veltraco", "Quorvex")},
	})
}

// A payment dated in a year before an alliance's (or, for an undated
// alliance, the article's) is a deal of its own, not a payment of the
// alliance's terms; an undated one still is.
func TestPaymentOfAnEarlierYearIsNoAlliancePayment(t *testing.T) {
	alliance := []report{{Found: deals.Found{Type: model.Partnership, Parties: []string{"Veltraco", "Quorvex"}}, sentence: 1}}
	stake := deals.Found{Type: model.Investment, Parties: []string{"Veltraco", "Quorvex"}, Paying: true, Date: "2019-06"}
	if pricesDealBefore(alliance, 5, stake, nil, "2020-06-05") {
		t.Error("a stake of June 2019 read as a payment of an alliance told in a 2020 article")
	}
	stake.Date = ""
	if !pricesDealBefore(alliance, 5, stake, nil, "2020-06-05") {
		t.Error("an undated payment between an alliance's sides no longer part of it")
	}
}
