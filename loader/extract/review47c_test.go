package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 2bcfbe9 and c0f3d73: the word after a unit's noun is its
// adjective only when it is one of a vehicle ("sociedad instrumental");
// a verb or a conjunction after it leaves the name after that a side.
func TestStop47Review4NamesAfterAUnitStaySides(t *testing.T) {
	for _, c := range []struct{ lang, text, a, b string }{
		{"en", "Veltraco will invest $50 million in Quorvex through its venture arm alongside Brindle.", "Brindle", "Quorvex"},
		{"en", "Veltraco held Quorvex through its subsidiary until Brindle acquired it in 2019 for $300 million.", "Brindle", "Quorvex"},
		{"es", "Veltraco a través de su filial compró Brindle por 300 millones de euros.", "Veltraco", "Brindle"},
		{"es", "Veltraco controlaba Quorvex a través de su filial cuando Brindle la compró en 2019 por 300 millones de euros.", "Brindle", "Quorvex"},
		{"it", "Veltraco attraverso la sua holding acquisisce Brindle per 300 milioni di euro.", "Veltraco", "Brindle"},
		{"it", "Veltraco tramite la controllata rileva Brindle per 300 milioni di euro.", "Veltraco", "Brindle"},
		{"it", "Veltraco controllava Quorvex tramite la sua controllata quando Brindle l'ha acquisita nel 2019 per 300 milioni di euro.", "Brindle", "Quorvex"},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Ostravel")
		if !joinsIn(ds, c.a, c.b, model.Acquisition, model.Investment, model.Divestiture) {
			t.Errorf("%s %q: deals %+v, want %s and %s", c.lang, c.text, ds, c.a, c.b)
		}
	}
}

// Review of 6ae0495: a person a title holds at a cooperative ("il
// presidente della cooperativa Giovanni Bianchi") is no company.
func TestStop47Review4TitleHolderOfACooperativeIsAPerson(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"it", "Veltraco ha rilevato Brindle, ha dichiarato il presidente della cooperativa Giovanni Bianchi.", "Giovanni Bianchi"},
		{"es", "Veltraco compró Brindle, según explicó el presidente de la cooperativa Juan Garmendia.", "Juan Garmendia"},
		{"fr", "Veltraco rachète Brindle, a indiqué le président de la coopérative Jean Dutreuil.", "Jean Dutreuil"},
		{"de", "Veltraco übernimmt Brindle, sagte der Vorstand der Genossenschaft Karl Wendt.", "Karl Wendt"},
	} {
		if cs := companiesIn(t, c.lang, c.text, "Veltraco", "Brindle"); hasCompany(cs, c.name) {
			t.Errorf("%s %q: %s read as a company: %+v", c.lang, c.text, c.name, cs)
		}
	}
}
