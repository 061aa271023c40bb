package deals

import (
	"testing"

	"dealwire/model"
)

// A business sold on or back is a sale, in every language read:
// "zurückverkauft", "weiterverkauft", "revendu", "rivenduto", "revendió";
// goods resold, or shares on the market, are none ("revend l'électricité
// à Quorvex", "a revendu ses actions Quorvex en Bourse").
func TestSoldBackIsASale(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Ende März hat Veltraco das Werk an Quorvex zurückverkauft."},
		{"de", "Veltraco hat die Sparte 2015 an Quorvex weiterverkauft."},
		{"fr", "En 2015, Veltraco a revendu sa filiale à Quorvex."},
		{"it", "Veltraco ha rivenduto la controllata a Quorvex per 100 milioni di euro."},
		{"es", "Veltraco revendió su filial a Quorvex por 100 millones de euros."},
		{"fr", "En 2015, il a revendu Quorvex au philippin Veltraco pour 550 millions de livres."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != model.Divestiture {
			t.Errorf("%s %q: %+v, want one sale", c.lang, c.text, got)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco revend l'électricité produite par ses barrages à Quorvex."},
		{"it", "Veltraco rivende gli smartphone di Quorvex nei suoi negozi."},
		{"fr", "Veltraco a revendu en Bourse les actions Quorvex achetées en mars."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2024-03-05") {
			if f.Type == model.Divestiture {
				t.Errorf("%s %q: %+v, want no sale", c.lang, c.text, f)
			}
		}
	}
}
