package extract

import (
	"testing"

	"dealwire/model"
)

// Goods named after "maker of", "loueur de" tell what a company does, not
// goods bought: the purchase of the company stays one ("racheté par le
// loueur de voitures Veltraco"); goods bought are still a supply.
func TestGoodsAfterAMakerOfAreNoSupply(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Fondé en 1897 comme club automobile, Brindle SA avait été racheté en 1999 par le loueur de voitures Veltraco Corp pour 437 millions de livres."},
		{"it", "Nel 1999 Brindle SA era stata rilevata dal noleggiatore di auto Veltraco Corp per 437 milioni di sterline, secondo i documenti."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		if d := dealOf(ds, model.Acquisition, "Veltraco", "Brindle"); d == nil || d.Type == model.Supply {
			t.Errorf("%q: %+v, want a purchase of Brindle", c.text, ds)
		}
	}
	for _, text := range []string{
		"Veltraco Corp agreed to buy 200 cars from Brindle SA, a maker of cars, for 40 million dollars, the company said on Monday.",
		"Veltraco Corp agreed on Tuesday to buy 20 aircraft from aircraft lessor Brindle SA in a deal valued at 900 million dollars.",
	} {
		if d := dealOf(extractTextIn(t, "en", text), model.Supply, "Veltraco", "Brindle"); d == nil || d.Type != model.Supply {
			t.Errorf("%q: want a supply of goods", text)
		}
	}
}

// A German goods compound hyphened to a maker's noun names the company
// ("den Brennstoffzellen-Entwickler Brindle"), not goods bought.
func TestGermanMakerCompoundIsNoGoods(t *testing.T) {
	text := "Im Dezember 2014 hatte der Konzern Veltraco Corp den Brennstoffzellen-Entwickler Brindle SA aus Billerica übernommen; über den Preis wurde Stillschweigen vereinbart."
	if d := dealOf(extractTextIn(t, "de", text), model.Acquisition, "Veltraco", "Brindle"); d == nil || d.Type == model.Supply {
		t.Errorf("%q: %+v, want a purchase of Brindle", text, d)
	}
	// bought from the maker, goods stay goods
	text = "Die Veltraco Corp kauft beim Batteriezellen-Zulieferer Brindle SA bis 2030 für 2 Milliarden Euro ein, wie das Unternehmen mitteilte."
	if d := dealOf(extractTextIn(t, "de", text), model.Supply, "Veltraco", "Brindle"); d == nil || d.Type != model.Supply {
		t.Errorf("%q: %+v, want a supply", text, d)
	}
	// an agent's maker compound is the buyer, no seller of goods
	text = "Die Brindle SA wurde vom Batteriezellen-Hersteller Veltraco Corp für 500 Millionen Euro übernommen, wie beide Unternehmen mitteilten."
	if d := dealOf(extractTextIn(t, "de", text), model.Acquisition, "Veltraco", "Brindle"); d == nil || d.Type == model.Supply {
		t.Errorf("%q: %+v, want a purchase", text, d)
	}
}
