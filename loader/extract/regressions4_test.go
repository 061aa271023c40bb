package extract

import (
	"testing"

	"dealwire/model"
)

// Two different deals between the same two companies at one price must not
// be given one type: oneTypeForOneStake (now oneTypeForOneDeal) linked an investment and a transfer
// without asking who buys (opposite directions) or whether one side has a
// year and the other none.
func TestStop33ReviewStakeLinksOtherDeals(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"opposite buyers",
			"Veltraco will buy the chip unit of Brindle for $2 billion, the company said on Monday." + articleBreak +
				"Brindle will invest $2 billion in Veltraco, the company said on Monday."},
		{"a 2012 stake and this year's purchase",
			"Veltraco will acquire Brindle for $500 million in cash." + articleBreak +
				"Brindle took a $500 million stake in Veltraco in 2012."},
		{"same direction, a 2012 stake and this year's purchase",
			"Veltraco will acquire Brindle for $500 million in cash." + articleBreak +
				"Veltraco took a $500 million stake in Brindle in 2012."},
	} {
		_, ds := extractAll(t, "en", c.body, "Veltraco", "Brindle")
		types := map[string]int{}
		for _, d := range ds {
			types[d.Type]++
		}
		if len(ds) != 2 || types[model.Investment] != 1 || types[model.Acquisition] != 1 {
			t.Errorf("%s: %+v, want one acquisition and one investment", c.name, ds)
		}
	}
}
