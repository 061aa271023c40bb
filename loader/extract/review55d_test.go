package extract

import (
	"testing"

	"dealwire/model"
)

// Review d of stop 55 (c822467..0e8bd1f): inputs the three rules of that
// batch (the German "zeichnete" with shares after it, "and" joining no
// name after a name word, "ordered ... from" as supply) read wrong, each
// read right at c822467. The three rules were taken out again; these
// cases hold the reading they had.
func TestReview55dZeichnet(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "zeichnete ein Bild für die Aktien", bodies: []string{"de|Brindle zeichnete ein düsteres Bild für die Aktien von Quorvex."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "zeichnet sich ab", bodies: []string{"de|Bei Quorvex zeichnet sich nach dem Kurssturz der Aktien ein Streit mit Brindle ab."},
			check: noDealBetween("Brindle", "Quorvex")},
		{name: "gezeichnet Kaufvertrag, Aktien", bodies: []string{"de|Den Kaufvertrag für Daxmoor hatte Quorvex mit Brindle bereits im März gezeichnet, die Aktien von Quorvex stiegen daraufhin."},
			check: noFalseDeal(model.Investment, "Brindle", "Quorvex")},
		{name: "Logo gezeichnet", bodies: []string{"de|Das Logo von Quorvex wurde von Brindle gezeichnet, die Aktien stiegen."},
			check: noDealBetween("Brindle", "Quorvex")},
	})
}

func TestReview55dAnd(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "International Flavors and Fragrances Inc. agreed to buy Quorvex for $2 billion.", "International Flavors and Fragrances"},
		{"en", "Health Care and Retirement Corporation agreed to merge with Quorvex.", "Health Care and Retirement"},
		{"en", "Quorvex bought Global Dyes and Pigments Ltd for $300 million.", "Global Dyes and Pigments"},
		{"it", "Quorvex ha acquistato Energia Pulita e Servizi SpA per 300 milioni di euro.", "Energia Pulita e Servizi"},
		{"es", "Quorvex compró Transportes Urbanos y Servicios SA por 300 millones de euros.", "Transportes Urbanos y Servicios"},
		{"de", "Quorvex übernimmt die Energie Nord und Service GmbH für 300 Millionen Euro.", "Energie Nord und Service"},
		{"en", "Quorvex bought Digital Signs and Displays Inc. for $300 million.", "Digital Signs and Displays"},
	} {
		cs := companiesIn(t, c.lang, c.text, "Quorvex")
		t.Logf("%q: %+v", c.text, cs)
		if !hasCompany(cs, c.want) {
			t.Errorf("%q: companies %+v, want %s whole", c.text, cs, c.want)
		}
	}
}

func TestReview55dAndDeal(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "IFF buys", known: []string{"Quorvex"}, bodies: []string{"en|International Flavors and Fragrances Inc. agreed to buy Quorvex for $2 billion."},
			check: exactDeal(model.Acquisition, "International Flavors and Fragrances", "Quorvex")},
	})
}

func TestReview55dOrdered(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "court ordered stay away from", bodies: []string{"en|A judge ordered Quorvex to stay away from Brindle customers for two years."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "court ordered refrain from poaching", bodies: []string{"en|The court ordered Quorvex to refrain from poaching Brindle engineers."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "pills withdrawn from", bodies: []string{"en|The regulator ordered Quorvex pills withdrawn from Brindle pharmacies."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "shoppers ordered from", bodies: []string{"en|Shoppers who ordered from Quorvex during the strike got parcels late, Brindle said."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "Insolvenzverwalter bestellt bei", bodies: []string{"de|Das Amtsgericht bestellte einen Insolvenzverwalter bei Quorvex, der zuvor Brindle saniert hatte."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "laissé les commandes au fonds", bodies: []string{"fr|Le fondateur de Quorvex a laissé les commandes au fonds Brindle."},
			check: noFalseDeal(model.Supply, "Quorvex", "Brindle")},
		{name: "commande au détriment de", bodies: []string{"fr|Quorvex a remporté la commande au détriment de Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "commande aux dépens de", bodies: []string{"fr|Quorvex a décroché cette commande aux dépens de Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
		{name: "commandes record au salon devant", bodies: []string{"fr|Quorvex a engrangé des commandes record au salon du Bourget devant Brindle."},
			check: noDealBetween("Quorvex", "Brindle")},
	})
}
