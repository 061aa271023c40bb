package extract

import (
	"testing"

	"dealwire/model"
)

// After a comma, a conjunction or a word of sequence and a time open a
// second purchase with the verb left out, when the first ends in an
// apposition ("..., pioniera degli ultrasuoni, e nel 2010 la statunitense
// Innov-X Systems"); a company that goes on to act is no purchase.
func TestDatedPurchaseAfterAComma(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco Corp avait racheté en 2006 le québécois Brindle SA, pionnier des ultrasons multiéléments, puis en 2010 l'américain Quorvex SpA, spécialiste des analyseurs."},
		{"it", "Nel 2006 Veltraco Corp aveva acquistato la canadese Brindle SA, pioniera degli ultrasuoni phased array, e nel 2010 la statunitense Quorvex SpA, specializzata in analizzatori."},
		{"en", "Veltraco Corp bought Brindle SA in 2015, a maker of valves, and in 2016 Quorvex SpA, a maker of pumps, for 90 million euros."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Brindle")
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Quorvex")
	}
	text := "Veltraco Corp bought Brindle SA in 2015 for 40 million euros, and in 2016 Quorvex SpA sued the company over the price."
	if d := dealOf(extractTextIn(t, "en", text), model.Acquisition, "Veltraco", "Quorvex"); d != nil {
		t.Errorf("%q: %+v, want no purchase of Quorvex", text, d)
	}
}
