package extract

import (
	"testing"

	"dealwire/model"
)

// "and" followed by a sum and a verb of buying opens a second purchase with
// its own price ("paid $980 million for Creo and $817 million to buy out
// Sun Chemical's half of Kodak Polychrome Graphics", "e altri 817 milioni
// per rilevare"): two deals, each at its price.
func TestSecondPurchaseWithItsOwnSum(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In 2005 Veltraco Corp paid $980 million for Canada's Brindle SA and $817 million to buy out Quorvex SpA's half of their joint venture Kravlo Inc."},
		{"it", "Nel 2005 Veltraco Corp aveva speso 980 milioni di dollari per la canadese Brindle SA e altri 817 milioni per rilevare da Quorvex SpA la metà di Kravlo Inc."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		first, second := dealOf(ds, model.Acquisition, "Brindle"), dealOf(ds, model.Acquisition, "Kravlo")
		if first == nil || second == nil || first == second {
			t.Errorf("%q: %+v, want two purchases", c.text, ds)
			continue
		}
		if first.Value == nil || first.Value.Value != 980e6 || second.Value == nil || second.Value.Value != 817e6 {
			t.Errorf("%q: prices %v and %v, want $980m and $817m", c.text, first.Value, second.Value)
		}
	}
}
