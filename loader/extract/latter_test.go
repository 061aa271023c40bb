package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// "The latter" is the company the sentence before named last, whichever
// it names first: "Stanmore Beverages and Kyrie Brewing ... The latter
// will buy" is Kyrie Brewing's purchase.
func TestTheLatterIsTheCompanyNamedLast(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Stanmore Beverages and Kyrie Brewing both reported weaker beer volumes on Thursday. The latter also announced that it would buy Mexican craft brewer Cervecería Paloma for $210 million."},
		{"it", "Stanmore Beverages e Kyrie Brewing hanno registrato giovedì un calo dei volumi di birra. Quest'ultima ha anche annunciato l'acquisto del birrificio messicano Cervecería Paloma per 210 milioni di dollari."},
		{"es", "Stanmore Beverages y Kyrie Brewing registraron el jueves un descenso de sus volúmenes de cerveza. Esta última anunció además la compra de la cervecera mexicana Cervecería Paloma por 210 millones de dólares."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Stanmore Beverages", "Kyrie Brewing", "Cervecería Paloma")
		d := dealOf(ds, model.Acquisition, "Kyrie Brewing", "Cervecería Paloma")
		if d == nil || slices.Contains(d.Parties, "Stanmore Beverages") {
			t.Errorf("%s: want Kyrie Brewing buying Cervecería Paloma, got %+v", c.lang, ds)
		}
	}
}
