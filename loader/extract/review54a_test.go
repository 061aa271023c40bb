package extract

// Review of 16fb9cb-8849b8d (stop 54, review a): inputs a reviewer found
// wrong after those commits and right before them.

import (
	"fmt"
	"testing"

	"dealwire/model"
)

// personNotParty: no deal lists the person name as a side.
func personNotParty(name string) func([]model.Deal) string {
	return func(ds []model.Deal) string {
		for _, d := range ds {
			for _, p := range d.Parties {
				if p == name {
					return fmt.Sprintf("person %s a party of %s %v", name, d.Type, d.Parties)
				}
			}
		}
		return ""
	}
}

// 1. "non-" prefix
func TestReview54aNonPrefix(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en non-merger", bodies: []string{"en|Brindle and Daxmoor announced a non-merger: they will stay apart."}, check: noDealBetween("Brindle", "Daxmoor")},
	})
}

// 2. persons described by an apposition made companies
func TestReview54aPersonsMadeCompanies(t *testing.T) {
	for _, c := range []struct{ lang, text, person string }{
		{"en", "Brindle agreed to buy Quorvex for $2 billion, according to Richard Hollis, the London investor.", "Richard Hollis"},
		{"en", "Brindle agreed to buy Quorvex for $2 billion, said Richard Hollis, a fund manager at Daxmoor.", "Richard Hollis"},
		{"en", "Brindle agreed to buy Quorvex for $2 billion, said Richard Hollis, the veteran fund manager.", "Richard Hollis"},
		{"en", "Richard Hollis, the Chicago developer, bought a stake in Quorvex.", "Richard Hollis"},
		{"en", "Richard Hollis, the Hollywood producer, bought a stake in Quorvex.", "Richard Hollis"},
		{"en", "Brindle agreed to buy Quorvex, said Anna Keller, the Zurich broker.", "Anna Keller"},
		{"it", "Mario Bianchi, il gestore milanese, ha comprato il 10% di Quorvex.", "Mario Bianchi"},
		{"es", "Florentino Marín, el constructor madrileño, ha comprado el 10% de Quorvex.", "Florentino Marín"},
		{"fr", "Jean Martin, l'éditeur parisien, a racheté 10% de Quorvex.", "Jean Martin"},
	} {
		t.Run(c.lang+" "+c.person+" "+c.text[:20], func(t *testing.T) {
			if cs := companiesIn(t, c.lang, c.text, "Brindle", "Quorvex", "Daxmoor"); hasCompany(cs, c.person) {
				t.Errorf("person %s made a company: %q", c.person, c.text)
			}
		})
	}
	runReviewCases(t, []reviewCase{
		{name: "en london investor party", known: []string{"Brindle", "Quorvex"}, bodies: []string{"en|Brindle bought a 10% stake in Quorvex from Richard Hollis, the London investor, for $20 million."}, check: personNotParty("Richard Hollis")},
		{name: "it gestore party", known: []string{"Brindle", "Quorvex"}, bodies: []string{"it|Mario Bianchi, il gestore milanese, ha venduto a Brindle il 10% di Quorvex."}, check: personNotParty("Mario Bianchi")},
	})
}

// 3. funding openers that do state the price, or match inside a longer word
func TestReview54aFundingPrice(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "it per finanziare", bodies: []string{"it|Per finanziare l'acquisizione di Daxmoor da 1,2 miliardi di euro, Brindle lancerà un aumento di capitale."}, check: valuedDeal(model.Acquisition, 1.2e9, "Brindle", "Daxmoor")},
		{name: "de zur finanzierung", bodies: []string{"de|Zur Finanzierung der 3 Milliarden Euro schweren Übernahme von Daxmoor gibt Brindle neue Aktien aus."}, check: valuedDeal(model.Acquisition, 3e9, "Brindle", "Daxmoor")},
		{name: "es para financiar", bodies: []string{"es|Para financiar la compra de Daxmoor por 2.000 millones de euros, Brindle ampliará capital."}, check: valuedDeal(model.Acquisition, 2e9, "Brindle", "Daxmoor")},
		{name: "es para financiar la compra", bodies: []string{"es|Para financiar la compra, Brindle pagará 2.000 millones de euros por Daxmoor."}, check: valuedDeal(model.Acquisition, 2e9, "Brindle", "Daxmoor")},
		{name: "fr pour financer", bodies: []string{"fr|Pour financer le rachat de Daxmoor pour 2 milliards d'euros, Brindle va émettre des actions nouvelles."}, check: valuedDeal(model.Acquisition, 2e9, "Brindle", "Daxmoor")},
		{name: "en to finance the deal", bodies: []string{"en|To finance the deal, Brindle will pay $3 billion in cash for Daxmoor."}, check: valuedDeal(model.Acquisition, 3e9, "Brindle", "Daxmoor")},
		{name: "en the funding round of", bodies: []string{"en|The funding round of $50 million in Quorvex was led by Brindle."}, check: valuedDeal(model.Investment, 50e6, "Brindle", "Quorvex")},
		{name: "en the funding round values", bodies: []string{"en|The funding round, which values Quorvex at $500 million, saw Brindle invest $50 million."}, check: valuedDeal(model.Investment, 50e6, "Brindle", "Quorvex")},
		{name: "en the financing round", bodies: []string{"en|The financing round of $50 million in Quorvex was led by Brindle."}, check: valuedDeal(model.Investment, 50e6, "Brindle", "Quorvex")},
		{name: "de die finanzierungsrunde", bodies: []string{"de|Die Finanzierungsrunde über 20 Millionen Euro bei Quorvex wurde von Brindle angeführt."}, check: valuedDeal(model.Investment, 20e6, "Brindle", "Quorvex")},
		{name: "de die finanzierungsrunde von", bodies: []string{"de|Die Finanzierungsrunde von Quorvex über 20 Millionen Euro führt Brindle an."}, check: valuedDeal(model.Investment, 20e6, "Brindle", "Quorvex")},
		{name: "es la financiacion", bodies: []string{"es|La financiación de Quorvex, una ronda de 20 millones de euros, ha sido liderada por Brindle."}, check: valuedDeal(model.Investment, 20e6, "Brindle", "Quorvex")},
	})
}

// 5. "Versicherungsgruppe" stripped from a name whose rest is a demonym
func TestReview54aGermanGroupSuffix(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "gothaer", known: []string{"Quorvex"}, bodies: []string{"de|Die Gothaer Versicherungsgruppe übernimmt Quorvex für 200 Millionen Euro."}, check: keepsDeal(model.Acquisition, "Quorvex")},
	})
}

// 6. the seller named only in a clause of owning
func TestReview54aOwnerIsSeller(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "de werk gehörte", bodies: []string{"de|Brindle übernimmt das Werk in Linz, das bislang Daxmoor gehörte, für 200 Millionen Euro."}, check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "fr usine appartenait", bodies: []string{"fr|Brindle rachète l'usine de Lyon, qui appartenait à Daxmoor, pour 200 millions d'euros."}, check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "it stabilimento apparteneva", bodies: []string{"it|Brindle rileva lo stabilimento di Torino, che apparteneva a Daxmoor, per 200 milioni di euro."}, check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "es planta pertenecía", bodies: []string{"es|Brindle compra la planta de Toledo, que pertenecía a Daxmoor, por 200 millones de euros."}, check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
		{name: "de quorvex verkauft", bodies: []string{"de|Quorvex, das bislang Daxmoor gehörte, wurde für 2 Milliarden Euro verkauft."}, check: keepsDeal(model.Divestiture, "Daxmoor", "Quorvex")},
		{name: "en whose owners sellers", bodies: []string{"en|Brindle bought the business, whose owners Daxmoor and Halvorsen had put it up for sale last year, for $2 billion."}, check: keepsDeal(model.Acquisition, "Brindle", "Daxmoor")},
	})
}

// 7. "behind" as the backer or maker, with a ranking or place word near
func TestReview54aBehindNotRanked(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "en second deal", bodies: []string{"en|In its second deal, Brindle bought the startup behind Quorvex for $20 million."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "it secondo mf", bodies: []string{"it|Secondo Mf, Brindle ha rilevato la holding dietro Quorvex per 20 milioni."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "en position", bodies: []string{"en|Brindle bought the family holding behind Quorvex, strengthening its position in Europe."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "es en lugar de", bodies: []string{"es|Brindle compró la empresa detrás de Quorvex en lugar de Daxmoor."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "it al posto di", bodies: []string{"it|Brindle ha comprato la società dietro Quorvex al posto di Daxmoor."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
		{name: "fr à la place de", bodies: []string{"fr|Brindle a racheté la société derrière Quorvex à la place de Daxmoor."}, check: keepsDeal(model.Acquisition, "Brindle", "Quorvex")},
	})
}
