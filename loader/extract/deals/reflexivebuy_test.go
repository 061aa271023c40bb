package deals

import (
	"testing"

	"dealwire/model"
)

// The Italian reflexive infinitive of buying is a purchase, as its other
// clitic forms are: "fu Veltraco a comprarsi la stessa Quorvex".
func TestItalianReflexivePurchase(t *testing.T) {
	for _, text := range []string{
		"Nell'aprile 2015 fu Veltraco a comprarsi la stessa Quorvex per 6,4 miliardi di dollari.",
		"Veltraco ha deciso di acquistarsi Quorvex per 2 miliardi di euro.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "it", "")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: want Veltraco's purchase of Quorvex, got %+v", text, got)
		}
	}
}
