package extract

import (
	"testing"

	"dealwire/model"
)

// The German "steigt ... bei X ein" is a stake taken in X, its particle
// closing the clause or followed by a second verb ("steigt bei Quorvex ein
// und bewahrt das Unternehmen vor der Insolvenz"); "stieg damit in das
// OTC-Geschäft ein" enters a market, no company.
func TestGermanStakeEntry(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	for _, body := range []string{
		"de|Der US-Medienkonzern Veltraco steigt beim hoch verschuldeten Satellitenradio Quorvex ein und bewahrt das Unternehmen damit vor der Insolvenz.",
		"de|Im Februar stieg der japanische Mischkonzern Veltraco mit 20 Prozent bei Quorvex ein.",
	} {
		ds := extractKnownLangs(t, known, body)
		if d := dealOf(ds, model.Investment, "Veltraco", "Quorvex"); d == nil {
			t.Errorf("want Veltraco's stake in Quorvex from %q, got %+v", body[3:], ds)
		}
	}
	ds := extractKnownLangs(t, known, "de|2009 erwarb Veltraco von Brindle die Quorvex und stieg damit in das OTC-Geschäft in Südostasien ein.")
	if d := dealOf(ds, model.Investment, "Veltraco", "Quorvex"); d != nil {
		t.Errorf("a market entered is no stake: %+v", d)
	}
}
