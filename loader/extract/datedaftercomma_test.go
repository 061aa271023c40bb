package extract

import (
	"testing"

	"dealwire/model"
)

// After a comma, a conjunction or a word of sequence and a time open a
// second purchase with the verb left out, when the first ends in an
// apposition ("..., pioniera degli ultrasuoni, e nel 2010 la statunitense
// Innov-X Systems"); a company that goes on to act, after an apposition
// maybe, is no purchase.
func TestDatedPurchaseAfterAComma(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco Corp avait racheté en 2006 le québécois Brindle SA, pionnier des ultrasons multiéléments, puis en 2010 l'américain Quorvex SpA, spécialiste des analyseurs."},
		{"it", "Nel 2006 Veltraco Corp aveva acquistato la canadese Brindle SA, pioniera degli ultrasuoni phased array, e nel 2010 la statunitense Quorvex SpA, specializzata in analizzatori."},
		{"en", "Veltraco Corp bought Brindle SA in 2015, a maker of valves, and in 2016 Quorvex SpA, a maker of pumps, for 90 million euros."},
		{"en", "Veltraco Corp bought Brindle SA in 2005 for 20 million dollars, and in 2010 Quorvex SpA, based in Milan."},
		{"en", "Veltraco Corp bought Brindle SA in 2005, and then in 2010 Quorvex SpA for a reported 40 million dollars."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Brindle")
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Quorvex")
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco Corp bought Brindle SA in 2015 for 40 million euros, and in 2016 Quorvex SpA sued the company over the price."},
		{"en", "Veltraco Corp bought Brindle SA in 2015 for 40 million euros, and in 2016 Quorvex SpA, a rival maker of pumps, sued the company over the price."},
		{"es", "Veltraco Corp compró Brindle SA en 2015 por 40 millones de euros, y en 2016 Quorvex SpA, su principal rival, anunció su salida a bolsa."},
		{"fr", "Veltraco Corp a racheté Brindle SA en 2015 pour 40 millions d'euros, puis en 2016 Quorvex SpA, son concurrent, a lancé une offre rivale."},
		{"fr", "Veltraco Corp a racheté Brindle SA en 2015 pour 40 millions d'euros, et en 2016 Quorvex SpA pour sa part a lancé une offre rivale."},
		{"it", "Veltraco Corp ha rilevato Brindle SA nel 2015 per 40 milioni di euro, e nel 2016 Quorvex SpA, concorrente storico, ha presentato ricorso."},
		{"en", "Veltraco Corp bought Brindle SA in 2015 for 40 million euros, and in 2018 Quorvex SpA (NYSE: QRV) agreed to buy the whole group."},
		{"en", "Veltraco Corp bought Brindle SA in 2005 for 20 million dollars, and in 2016 Quorvex SpA, which had lost the auction, sued the company."},
		{"en", "Veltraco Corp bought Brindle SA in 2005 for 20 million dollars, and in 2016 Quorvex SpA, its biggest rival, went bankrupt."},
		{"fr", "Veltraco Corp a racheté Brindle SA en 2005 pour 20 millions d'euros, puis en 2016 Quorvex SpA, son concurrent, a fait faillite."},
	} {
		if d := dealOf(extractTextIn(t, c.lang, c.text), model.Acquisition, "Veltraco", "Quorvex"); d != nil && d.Parties[0] == "Veltraco" {
			t.Errorf("%q: %+v, want no purchase of Quorvex by Veltraco", c.text, d)
		}
	}
}
