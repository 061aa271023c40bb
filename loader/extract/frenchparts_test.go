package extract

import (
	"testing"

	"dealwire/model"
)

// French "parts" are stakes ("le rachat des parts qu'elle ne détenait pas
// encore dans Quorvex"), no goods supplied; "parts de marché" are a
// market's, and leave a supply deal one.
func TestFrenchPartsAreStakes(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, c := range []struct {
		body, typ string
	}{
		{"fr|Veltraco rachète Brindle. L'été dernier, la société avait bouclé le rachat des parts qu'elle ne détenait pas encore dans Quorvex, un fabricant de fil machine de cuivre.", model.Acquisition},
		{"fr|Veltraco rachète Brindle. Veltraco achète des turbines à Quorvex pour gagner des parts de marché.", model.Supply},
	} {
		ds := extractKnownLangs(t, known, c.body)
		var got *model.Deal
		for i := range ds {
			if len(ds[i].Parties) == 2 && ds[i].Parties[0] != "Brindle" && ds[i].Parties[1] != "Brindle" {
				got = &ds[i]
			}
		}
		if got == nil || got.Type != c.typ {
			t.Errorf("%.60s: want a %s of Veltraco and Quorvex, got %+v", c.body, c.typ, ds)
		}
	}
}
