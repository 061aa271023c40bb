package extract

import (
	"testing"

	"dealwire/model"
)

// A stake or the rest of a company secured is bought ("sicherten sich die
// Hamburger die restlichen Anteile an Quorvex"); a contract secured is
// no purchase. French "parts" are stakes, no goods supplied.
func TestSecuredStakeIsBought(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, c := range []struct {
		body, typ string
	}{
		{"de|Veltraco kauft Brindle. Im vergangenen Juli sicherten sich die Hamburger zwar die restlichen Anteile am Drahthersteller Quorvex.", model.Acquisition},
		{"en|Veltraco buys Brindle. In July Veltraco secured the remaining shares in Quorvex.", model.Acquisition},
		{"fr|Veltraco rachète Brindle. L'été dernier, la société avait bouclé le rachat des parts qu'elle ne détenait pas encore dans Quorvex, un fabricant de fil machine de cuivre.", model.Acquisition},
		{"de|Veltraco kauft Brindle. Im Juli sicherte sich Veltraco einen Großauftrag von Quorvex.", ""},
	} {
		ds := extractKnownLangs(t, known, c.body)
		var got *model.Deal
		for i := range ds {
			if len(ds[i].Parties) == 2 && ds[i].Parties[0] == "Veltraco" && ds[i].Parties[1] == "Quorvex" {
				got = &ds[i]
			}
		}
		switch {
		case c.typ == "" && got != nil:
			t.Errorf("%.40s: want no deal with Quorvex, got %+v", c.body, *got)
		case c.typ != "" && (got == nil || got.Type != c.typ):
			t.Errorf("%.40s: want a %s of Quorvex, got %+v", c.body, c.typ, ds)
		}
	}
}
