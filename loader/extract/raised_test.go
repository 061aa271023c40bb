package extract

import (
	"testing"

	"dealwire/model"
)

// Money a company raises from a named investor is that investor's
// investment in it, in each language.
func TestMoneyRaisedFromAnInvestorIsAnInvestment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex on Monday. In 2018 Brindle raised $2.5 billion from Ostravel."},
		{"fr", "Veltraco a annoncé lundi le rachat de Quorvex. Brindle avait levé 2,5 milliards de dollars en 2018 auprès de Ostravel."},
		{"es", "Veltraco anunció ayer la compra de Quorvex. Brindle recaudó 2.500 millones de dólares de Ostravel en 2018."},
		{"it", "Veltraco ha annunciato l'acquisto di Quorvex. A luglio Brindle ha raccolto 235 milioni di dollari da Ostravel."},
		{"de", "Veltraco übernimmt Quorvex. Schon 2018 hatte Brindle bei Ostravel 2,5 Milliarden Dollar eingesammelt."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if !joinsIn(ds, "Brindle", "Ostravel", model.Investment) {
			t.Errorf("%s: deals %+v, want Ostravel's investment in Brindle", c.lang, ds)
		}
	}
}

// Raising what is not money, or money from no company named (the market,
// the shareholders), is no deal.
func TestRaisingWithoutAnInvestorIsNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco and Brindle compete in sensors. Veltraco raised its forecast for 2021 after Brindle cut prices."},
		{"fr", "Veltraco et Brindle sont rivaux. Pour financer la croissance, Veltraco lèvera environ 600 millions de livres auprès de ses actionnaires, a indiqué Brindle."},
		{"de", "Veltraco und Brindle sind Rivalen. Veltraco hatte im August bei seinem Börsengang 300 Millionen Dollar eingesammelt, Brindle im Juni."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle")
		if joinsIn(ds, "Veltraco", "Brindle", model.Investment, model.Acquisition) {
			t.Errorf("%s %q: deals %+v, want none", c.lang, c.text, ds)
		}
	}
}
