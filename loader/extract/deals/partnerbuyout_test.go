package deals

import (
	"testing"

	"dealwire/model"
)

// A partner's share of the venture the two own together, bought by the
// other partner, is a company bought: the buyer ends with all of it
// (dealdev240: Daicel buying Celanese's 45% of Polyplastics, told so by
// outlets in three languages; the annotations of dealdev, dealdev10 and
// dealdev12 type such buy-outs alike).
func TestPartnersShareOfTheirVentureIsAPurchase(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco said on Wednesday it had agreed to buy Quorvex's 45% stake in Brindle, their engineering plastics joint venture, for $1.5 billion in cash."},
		{"fr", "Mercredi, Veltraco a annoncé le rachat des 45 % que Quorvex détenait dans leur coentreprise Brindle, pour 1,5 milliard de dollars."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%s %q: %+v, want the purchase of Quorvex's share of Brindle", c.lang, c.text, got)
		}
	}
}

// A minority stake in a venture not said to be the two's stays a stake:
// "paid $75 million for a 30 percent stake in the Kyzylkum joint
// venture"; and a partner named beside the buyer may be buying too
// ("with its partner Quorvex").
func TestStakeInAVentureOfOthersStaysAStake(t *testing.T) {
	for _, text := range []string{
		"Veltraco paid $75 million for a 30 percent stake in the Brindle joint venture.",
		"Veltraco and its partner Quorvex paid $75 million for a 30 percent stake in the Brindle joint venture.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Investment {
			t.Errorf("%q: %+v, want a stake in Brindle", text, got)
		}
	}
}
