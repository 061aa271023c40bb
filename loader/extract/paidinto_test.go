package extract

import "testing"

// Money paid into something ("will pay 67 million pounds into it", the
// pension scheme) buys nothing; money paid "in cash" for a company does.
func TestPaidIntoIsNoPurchase(t *testing.T) {
	text := "Veltraco Corp will keep Brindle SA's pension scheme, which had a deficit of 160 million pounds at the end of last year, and will pay 67 million pounds into it over three years."
	if ds := extractTextIn(t, "en", text); len(ds) > 0 {
		t.Errorf("%q: %+v, want no deal", text, ds)
	}
	text = "Veltraco Corp paid 500 million dollars in cash for Brindle SA, the company said on Monday in New York."
	if ds := extractTextIn(t, "en", text); len(ds) != 1 {
		t.Errorf("%q: %+v, want the purchase", text, ds)
	}
	// "nel", "dans" are "in" too: a price paid in a year buys
	text = "Veltraco Corp ha pagato 300 milioni di euro nel 2019 per la Brindle SA, secondo i documenti depositati in tribunale."
	if ds := extractTextIn(t, "it", text); len(ds) != 1 {
		t.Errorf("%q: %+v, want the purchase", text, ds)
	}
}
