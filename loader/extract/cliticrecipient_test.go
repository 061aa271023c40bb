package extract

import (
	"testing"

	"dealwire/model"
)

// A minority sold to the one a dative pronoun stands for ("le vendió",
// "lui a cédé") is that buyer's investment, as one sold to a named buyer
// is.
func TestMinoritySoldToAPronounIsAnInvestment(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco compra el 51 % de Daxmoor. No es su estreno en el extranjero: la estadounidense Quorvex le vendió en 2008 casi un 5 % de su capital."},
		{"fr", "Veltraco rachète 51 % de Daxmoor. Ce n'est pas son coup d'essai : en 2008, l'américain Quorvex lui a cédé près de 5 % de son capital."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Daxmoor")
		if d := dealOf(ds, model.Investment, "Veltraco", "Quorvex"); d == nil || d.Type != model.Investment {
			t.Errorf("%s: want Veltraco's 5%% of Quorvex as an investment, got %+v", c.lang, ds)
		}
	}
}
