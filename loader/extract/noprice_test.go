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
