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

// A stake taken is told with what comes after the company: a share, a
// price, the holder it makes ("steigt bei Quorvex als Großaktionär ein");
// not with a role that holds nothing ("als Hauptsponsor"), a business
// entered with it ("in die Produktion von Batteriezellen"), or a person
// joining ("stieg Veltraco-Gründer Hans Müller bei Quorvex ein").
func TestGermanStakeEntryWhatFollows(t *testing.T) {
	known := []string{"Veltraco", "Quorvex"}
	for _, body := range []string{
		"de|Veltraco steigt bei Quorvex als Großaktionär ein.",
		"de|Veltraco steigt bei Quorvex mit 20 Prozent ein.",
		"de|Veltraco steigt bei Quorvex für 50 Millionen Euro ein.",
	} {
		if d := dealOf(extractKnownLangs(t, known, body), model.Investment, "Veltraco", "Quorvex"); d == nil {
			t.Errorf("want Veltraco's stake in Quorvex from %q", body[3:])
		}
	}
	for _, body := range []string{
		"de|Der Autobauer Veltraco steigt beim Fußballclub Quorvex als Hauptsponsor ein.",
		"de|Veltraco steigt bei Quorvex in die Produktion von Batteriezellen ein.",
		"de|Im Mai stieg Veltraco-Gründer Hans Müller bei Quorvex ein.",
		"de|Nun steigt Veltraco bei den Verhandlungen über Quorvex ein.",
	} {
		if d := dealOf(extractKnownLangs(t, known, body), model.Investment, "Veltraco", "Quorvex"); d != nil {
			t.Errorf("%q: no stake taken, got %+v", body[3:], d)
		}
	}
}
