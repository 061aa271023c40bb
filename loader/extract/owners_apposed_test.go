package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// The owner a buyer's apposition or relative clause names ("Kravlo, which
// is now controlled by the family holding Daxmoor", "Kravlo, hoy en manos
// de Daxmoor", "Kravlo, filial agrícola de Daxmoor") pays nothing: it is
// no side of the purchase the sentence tells.
func TestOwnerOfTheBuyerIsNoSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Kravlo, which is now controlled by the family's investment holding Daxmoor, bought 67 percent of Brindle in 2013 for around 80 million euros."},
		{"es", "El fondo Kravlo, hoy en manos de Daxmoor, la sociedad de la familia Pesenti, había comprado el 67% de la joyera Brindle en 2013 por unos 80 millones de euros."},
		{"es", "Kravlo, filial agrícola de Daxmoor, compró en 2015 Brindle por 25 millones de dólares."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Daxmoor", "Brindle")
		wantDealOf(t, ds, model.Acquisition, "Kravlo", "Brindle")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Daxmoor") {
				t.Errorf("%q: %+v has the buyer's owner as a side", c.text, d)
			}
		}
	}
}
