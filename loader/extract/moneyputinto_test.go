package extract

import (
	"testing"

	"dealwire/model"
)

// Money put into a company is invested in it ("pumped $1bn into", "aveva
// messo 1 miliardo di dollari in", "eine Milliarde Dollar in ... gesteckt",
// "avait injecté 1 milliard de dollars dans"); money put into anything else
// is not.
func TestMoneyPutIntoACompanyIsAnInvestment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In June Veltraco Corp pumped $1bn into Brindle SA, the Singapore ride-hailing company that leads the region."},
		{"it", "A giugno Veltraco Corp aveva messo 1 miliardo di dollari in Brindle SA, il gigante di Singapore del trasporto urbano."},
		{"de", "Im Juni hatte Veltraco Corp eine Milliarde Dollar in Brindle SA gesteckt, jenen Anbieter aus Singapur, der den Markt beherrscht."},
		{"fr", "En juin, Veltraco Corp avait injecté 1 milliard de dollars dans Brindle SA, le géant singapourien du transport urbain."},
		{"fr", "Veltraco Corp a injecté 300 millions d'euros dans Brindle SA, le constructeur de camions électriques, a indiqué le groupe lundi."},
		{"de", "Veltraco Corp steckte 500 Millionen Euro in Brindle SA, wie das Unternehmen am Montag in Frankfurt mitteilte."},
		{"en", "Veltraco Corp plans to inject another 500 million dollars into Brindle SA next year, the company said on Monday."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		if d := dealOf(ds, model.Investment, "Veltraco", "Brindle"); d == nil || d.Type != model.Investment {
			t.Errorf("%q: %+v, want an investment", c.text, ds)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco Corp has put 2 billion dollars into its factories, and Brindle SA has done the same, the report said on Monday."},
		{"en", "Veltraco Corp put pressure on Brindle SA to lower its prices for the third time this year, the report said on Monday."},
		{"en", "Veltraco Corp injected 200 million euros into its unit Brindle SA to cover losses, the company said on Monday in Paris."},
		{"es", "Veltraco Corp ha puesto 300 millones de euros en manos de Brindle SA para gestionar su tesorería, según fuentes del sector."},
	} {
		if ds := extractTextIn(t, c.lang, c.text); len(ds) > 0 {
			t.Errorf("%q: %+v, want no deal", c.text, ds)
		}
	}
}
