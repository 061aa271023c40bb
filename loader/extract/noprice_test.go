package extract

import (
	"testing"

	"dealwire/model"
)

// What a company books against a business, or earns, is not what the
// business is sold for ("booked a £45m exceptional charge to write it
// down", "una svalutazione straordinaria di 45 milioni", "un utile ante
// imposte di 23 milioni").
func TestChargesAndProfitsAreNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Kravlo agreed on Monday to sell its valves division to Brindle, and booked a £45m exceptional charge to write it down to fair value."},
		{"it", "Kravlo ha concordato lunedì la vendita della divisione valvole a Brindle e ha registrato una svalutazione straordinaria di 45 milioni di sterline."},
		{"it", "Kravlo ha concordato lunedì la vendita della divisione valvole a Brindle, che nel 2018 ha realizzato un utile ante imposte di 23 milioni di sterline."},
		{"en", "Kravlo agreed on Monday to sell its valves division to Brindle and will take a $45 million after-tax charge on the sale."},
		{"en", "Kravlo agreed on Monday to sell its valves division to Brindle and expects a $45 million write-off on the business."},
		{"es", "Kravlo acordó el lunes la venta de su división de válvulas a Brindle y registrará un deterioro de 40 millones de euros."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		d := dealOf(ds, model.Divestiture, "Kravlo", "Brindle")
		if d == nil {
			t.Errorf("%q: %+v, want the sale", c.text, ds)
		} else if d.Value != nil {
			t.Errorf("%q: the sale priced %v, want no price", c.text, *d.Value)
		}
	}
}

// A profit, a winner or a benefit named before a price does not make it
// none: the words are read as a profit only right before the amount
// ("l'operazione è utile per crescere: pagherà 300 milioni", "en beneficio
// de sus accionistas por 300 millones", "ist Gewinner der Auktion und
// zahlt 500 Millionen Euro").
func TestProfitWordsBeforeAPrice(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       string
		value      float64
	}{
		{"it", "Kravlo ritiene l'operazione utile per crescere e pagherà 300 milioni di euro per Brindle, ha detto lunedì.", model.Acquisition, 300e6},
		{"es", "Kravlo comprará Brindle en beneficio de sus accionistas por 300 millones de euros, según anunció el lunes.", model.Acquisition, 300e6},
		{"fr", "Kravlo va racheter Brindle au bénéfice de ses actionnaires pour 300 millions d'euros, a annoncé lundi le groupe.", model.Acquisition, 300e6},
		{"de", "Kravlo ist Gewinner der Auktion und zahlt 500 Millionen Euro für Brindle, wie das Unternehmen am Montag mitteilte.", model.Acquisition, 500e6},
		{"de", "Kravlo übernimmt Brindle und schließt einen Gewinnabführungsvertrag; sie zahlt 500 Millionen Euro für die Aktien.", model.Acquisition, 500e6},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		d := dealOf(ds, c.kind, "Kravlo", "Brindle")
		if d == nil || d.Value == nil || d.Value.Value != c.value {
			t.Errorf("%q: %+v, want a price of %.0f", c.text, ds, c.value)
		}
	}
}
