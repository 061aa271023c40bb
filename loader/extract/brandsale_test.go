package extract

import (
	"testing"

	"dealwire/model"
)

// Brands sold by their names, then whom they go to: "cede i marchi Green
// Giant e Le Sueur a Brindle" sells them to Brindle, as "sells its Green
// Giant and Le Sueur brands to Brindle" does; "a", "à" go on with a list
// of brands only in a range ("de Peugeot à Jeep").
func TestBrandsSoldToABuyerNamedAfterThem(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco ha ceduto i marchi Green Giant e Le Sueur a Brindle per 765 milioni di dollari."},
		{"es", "Veltraco vende las marcas Green Giant y Le Sueur a Brindle por 765 millones de dólares."},
		{"fr", "Veltraco cède les marques Green Giant et Le Sueur à Brindle pour 765 millions de dollars."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle")
		if d := dealOf(ds, model.Divestiture, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s %q: want Veltraco selling to Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// A range of brands after their maker stays brands: "le constructeur de
// Peugeot à Jeep" names no buyer.
func TestBrandRangeStaysBrands(t *testing.T) {
	cs, ds := extractAll(t, "fr", "Stellantis, le constructeur de Peugeot à Jeep, a racheté Brindle pour 765 millions d'euros.", "Stellantis", "Brindle")
	for _, c := range cs {
		if c.Name == "Jeep" {
			t.Errorf("Jeep, a brand of the range, read as a company: %+v", ds)
		}
	}
	if d := dealOf(ds, model.Acquisition, "Stellantis", "Brindle"); d == nil {
		t.Errorf("want Stellantis buying Brindle, got %+v", ds)
	}
}
