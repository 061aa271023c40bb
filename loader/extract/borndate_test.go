package extract

import (
	"testing"
)

// A year a company was born in ("nacida en 2011", "nata nel 2011", "née
// en 2011", "born in 2011") dates no deal.
func TestYearACompanyWasBornInDatesNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco invertirá 50 millones de dólares en Quorvex, la distribuidora de software nacida en 2011 de un proyecto de Brindle."},
		{"it", "Veltraco investirà 50 milioni di dollari in Quorvex, la società di software nata nel 2011 da un progetto di Brindle."},
		{"fr", "Veltraco investira 50 millions de dollars dans Quorvex, la société de logiciels née en 2011 d'un projet de Brindle."},
		{"en", "Veltraco will invest $50 million in Quorvex, the software distributor born in 2011 out of a Brindle project."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		for _, d := range ds {
			if d.Date == "2011" {
				t.Errorf("%s: the deal is not of 2011: %+v", c.lang, d)
			}
		}
	}
}
