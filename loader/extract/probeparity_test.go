package extract

import (
	"testing"

	"dealwire/model"
)

// Deals told in one language's own way, which the others' ways already
// read: an order placed "bei" the supplier before the goods, "beliefern",
// a sale joined to a purchase with both participles closing their
// clauses, a Spanish "escindirá".
func TestDealsToldInEachLanguagesOwnWay(t *testing.T) {
	for _, c := range []struct {
		lang, text, typ string
		parties         []string
	}{
		{"de", "Vereda Rail hat bei Stahlberg Mobility 20 Hochgeschwindigkeitszüge für 600 Millionen Euro bestellt.", model.Supply, []string{"Vereda Rail", "Stahlberg Mobility"}},
		{"de", "Dravik Steel wird Brennmark Automotive im Rahmen eines Fünfjahresvertrags im Wert von rund 900 Millionen Euro mit Aluminiumblechen beliefern.", model.Supply, []string{"Dravik Steel", "Brennmark Automotive"}},
		{"de", "Die Falkenrath AG hat Severin Optics für 210 Millionen Euro gekauft und ihre Lichtsparte für 90 Millionen Euro an die Norlite Group veräußert.", model.Divestiture, []string{"Falkenrath", "Norlite Group"}},
		{"de", "Die Falkenrath AG hat Severin Optics für 210 Millionen Euro gekauft und ihre Lichtsparte für 90 Millionen Euro an die Norlite Group veräußert.", model.Acquisition, []string{"Falkenrath", "Severin Optics"}},
		{"es", "Aldermann Industrie escindirá su división de iluminación en una sociedad independiente, Lumora Lighting, que saldrá a bolsa el próximo año.", model.Divestiture, []string{"Aldermann Industrie", "Lumora Lighting"}},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Vereda Rail", "Stahlberg Mobility", "Dravik Steel", "Brennmark Automotive", "Falkenrath AG", "Severin Optics", "Norlite Group", "Aldermann Industrie", "Lumora Lighting")
		if d := dealOf(ds, c.typ, c.parties...); d == nil {
			t.Errorf("%s %q: want %s of %v, got %+v", c.lang, c.text, c.typ, c.parties, ds)
		}
	}
}

// The sale joined to the purchase is a deal of its own: the purchase
// keeps its price and the buyer of the unit is no party to it.
func TestGermanSaleJoinedToAPurchaseIsApart(t *testing.T) {
	_, ds := extractAll(t, "de", "Die Falkenrath AG hat Severin Optics für 210 Millionen Euro gekauft und ihre Lichtsparte für 90 Millionen Euro an die Norlite Group veräußert.", "Falkenrath AG", "Severin Optics", "Norlite Group")
	d := dealOf(ds, model.Acquisition, "Falkenrath", "Severin Optics")
	if d == nil || d.Value == nil || d.Value.Value != 210e6 {
		t.Fatalf("want the purchase of Severin Optics at €210m, got %+v", ds)
	}
	for _, p := range d.Parties {
		if p == "Norlite Group" {
			t.Errorf("the unit's buyer is no party of the purchase: %+v", *d)
		}
	}
}

// "beliefert" tells whom a company supplies, what it does (13 of the 14
// uses in the development sets); a new supply deal is told ahead, "wird
// ... beliefern".
func TestGermanSupplyToldAheadIsADealToldAsHabitIsNone(t *testing.T) {
	_, ds := extractAll(t, "de", "Brindle wird Quorvex ab 2025 mit Bremsen beliefern.", "Brindle", "Quorvex")
	if dealOf(ds, model.Supply, "Brindle", "Quorvex") == nil {
		t.Errorf("'wird ... beliefern': want Brindle supplying Quorvex, got %+v", ds)
	}
	_, ds = extractAll(t, "de", "Brindle beliefert Quorvex mit Bremsen, die Aktie stieg am Montag um 3 Prozent.", "Brindle", "Quorvex")
	if d := dealOf(ds, model.Supply, "Brindle", "Quorvex"); d != nil {
		t.Errorf("'beliefert': what Brindle does, no deal: %+v", *d)
	}
}
