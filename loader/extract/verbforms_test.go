package extract

import (
	"testing"

	"dealwire/model"
)

// Forms of the verbs of buying and selling that news uses for deals told in
// the past: the Italian passato remoto ("rilevò"), the Spanish preterite
// ("cedió", "vendieron"), participles ("absorbido", "scorporata").
func TestPastFormsOfDealVerbs(t *testing.T) {
	for _, c := range []struct{ lang, text, typ string }{
		{"it", "Nel 2005 la Veltraco Corp rilevò la concorrente Brindle SA per 300 milioni di euro, diventando il primo operatore del paese.", model.Acquisition},
		{"es", "En 2015 la Veltraco Corp cedió su filial Brindle SA al fondo Quorvex SpA por 300 millones de euros, según la empresa.", model.Divestiture},
		{"es", "En 2013 la Veltraco Corp ya había absorbido a su rival Brindle SA en una fusión valorada en unos 900 millones de dólares.", model.Merger},
	} {
		wantDealOf(t, extractTextIn(t, c.lang, c.text), c.typ, "Veltraco", "Brindle")
	}
}
