package extract

import (
	"testing"

	"dealwire/model"
)

// A joint venture "the two" will form, told beside a purchase between
// them, is a deal of its own: no step of the purchase, whose kind it does
// not share, and not dropped because no date says it is an old one.
func TestVentureOfTheTwoBesideAPurchaseIsItsOwnDeal(t *testing.T) {
	_, ds := extractLangs(t,
		"en|Veltraco Inc agreed to buy Daxmoor's 49% stake in Brindle for £224m. Veltraco will keep its brand. Brindle will keep its brand. The two companies will also form a joint venture on transatlantic routes.",
		"en|Veltraco Inc has bought 49% of Brindle from Daxmoor for £224m. Veltraco is based in Atlanta. Brindle is based in London. The two groups will also set up a joint venture on routes across the Atlantic.")
	v := dealOf(ds, model.JointVenture, "Veltraco", "Brindle")
	if v == nil || v.Type != model.JointVenture || len(v.Sources) != 2 {
		t.Errorf("want a venture of Veltraco and Brindle told by both articles, got %+v", ds)
	}
	if dealOf(ds, model.Investment, "Veltraco", "Brindle") == nil {
		t.Errorf("want the stake Veltraco bought in Brindle, got %+v", ds)
	}
}
