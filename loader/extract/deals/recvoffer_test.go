package deals

import (
	"testing"

	"dealwire/model"
)

// The company that received an offer weighs it; the one named after the
// offer and its price makes it ("Quorvex ha ricevuto un'offerta da 2
// miliardi di euro da Veltraco"), as "an offer from Veltraco" says.
func TestWhoReceivesAnOfferIsBidFor(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Quorvex ha ricevuto un'offerta da 2 miliardi di euro da Veltraco."},
		{"fr", "Quorvex a reçu une offre de rachat de 2 milliards d'euros de Veltraco."},
		{"es", "Quorvex recibió una oferta de 2.000 millones de euros de Veltraco."},
		{"en", "Quorvex received a takeover offer from Veltraco worth $2 billion."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco's offer for Quorvex", c.lang, c.text, got)
		}
	}
}
