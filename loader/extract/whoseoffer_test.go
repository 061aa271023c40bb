package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// "…, whose offer …" after a company is that company's bid, for what the
// deal before it in the sentence bought, not a deal with that deal's buyer.
func TestWhoseOfferIsTheRivalsBidForTheSameTarget(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco will buy Daxmoor for $2.4 billion. In December Veltraco agreed to buy British racing specialist Quorvex for $1.2 billion, snatching it from Brindle Interactive, whose roughly $1 billion cash-and-stock offer from November was allowed to lapse last month."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle Interactive", "Daxmoor")
		if dealOf(ds, model.Acquisition, "Brindle Interactive", "Quorvex") == nil || dealOf(ds, model.Acquisition, "Veltraco", "Brindle Interactive") != nil {
			t.Errorf("%s: want Brindle Interactive's bid for Quorvex and no deal of Veltraco with it, got %+v", c.lang, ds)
		}
	}
}

// Only an offer is the company's bid: "cuya integración" tells what
// became of the company just bought.
func TestWhoseOtherThanAnOfferIsNoBid(t *testing.T) {
	_, ds := extractAll(t, "es", "Veltraco retiró su oferta por Daxmoor. Veltraco reforzó su división de autocares con la compra de Quorvex, la marca del constructor Brindle Werke, cuya integración quedó cerrada en 2001.", "Veltraco", "Quorvex", "Brindle Werke", "Daxmoor")
	for _, d := range ds {
		if slices.Contains(d.Parties, "Brindle Werke") && slices.Contains(d.Parties, "Quorvex") && !slices.Contains(d.Parties, "Veltraco") {
			t.Errorf("want no deal of Brindle Werke for Quorvex, got %+v", ds)
		}
	}
}
