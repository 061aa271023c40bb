package extract

import (
	"testing"

	"dealwire/model"
)

// "The two" who pay together pay a third party, not each other: after a
// venture's split of its capital, "I due soci si sono impegnati a versare
// altri 1,9 miliardi" is no purchase between the partners.
func TestTheTwoPayingTogetherIsNoDealBetweenThem(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco e Brindle hanno annunciato ieri la nascita di Quorvex Fuel, una joint venture da circa 7,8 miliardi di dollari. La ripartizione è netta: Veltraco inietterà 2,4 miliardi di dollari per il 60% del capitale, Brindle 1,6 miliardi per il restante 40%. I due soci si sono impegnati a versare altri 1,9 miliardi a sostegno della capacità."},
		{"es", "Veltraco y Brindle anunciaron ayer el nacimiento de Quorvex Fuel, una empresa conjunta de unos 7.800 millones de dólares. El reparto es claro: Veltraco inyectará 2.400 millones de dólares por el 60% del capital, Brindle 1.600 millones por el 40% restante. Los dos socios se comprometieron a pagar otros 1.900 millones para la capacidad."},
		{"en", "Veltraco and Brindle announced Quorvex Fuel, a joint venture worth about $7.8 billion. The split is clear: Veltraco will inject $2.4 billion for 60% of the capital, Brindle $1.6 billion for the remaining 40%. The two partners will pay another $1.9 billion to support capacity."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex Fuel")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s: want the venture, got %+v", c.lang, ds)
		}
		for _, typ := range []string{model.Acquisition, model.Divestiture, model.Investment} {
			if d := dealOf(ds, typ, "Veltraco", "Brindle"); d != nil {
				t.Errorf("%s: the two paying together read as a deal between them: %+v", c.lang, *d)
			}
		}
	}
}
