package extract

import (
	"testing"

	"dealwire/model"
)

// A deal priced in crowns of no nation is priced in those of the nation
// the article is about: Danish crowns in a story of Danish companies,
// Swedish ones where it names no Nordic nation.
func TestBareCrownsTakeTheArticlesNation(t *testing.T) {
	for _, c := range []struct {
		lang, text, currency string
	}{
		{"en", "Kravlo, the Danish food ingredients group based in Copenhagen, sold its sugar business to Brindle in March 2009 for 5.45 billion crowns.", "DKK"},
		{"it", "La danese Kravlo ha ceduto la sua divisione zucchero alla tedesca Brindle per 5,6 miliardi di corone.", "DKK"},
		{"de", "Der norwegische Konzern Kravlo verkauft sein Fischmehlgeschäft für rund 3 Milliarden Kronen an Brindle.", "NOK"},
		{"en", "Kravlo sold its sugar business to Brindle in March 2009 for 5.45 billion crowns.", "SEK"},
		{"en", "Kravlo, the Danish group, sold its sugar business to Brindle in March 2009 for 5.45 billion Swedish crowns.", "SEK"},
		// the Czech crown; "kroner" is never Swedish; a tie goes to the nation named first
		{"en", "Kravlo, the Czech utility, sold its grid business to Brindle for 5 billion crowns, the Prague-based company said.", "CZK"},
		{"en", "Kravlo, the Oslo-listed group, sold its Swedish unit to Brindle for 3 billion kroner; Brindle is Sweden's biggest Swedish-owned Stockholm dairy.", "NOK"},
		{"en", "Danish dairy group Kravlo sold its Norwegian unit to Brindle for 2 billion crowns.", "DKK"},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		d := dealOf(ds, model.Divestiture, "Kravlo", "Brindle")
		if d == nil || d.Value == nil {
			t.Errorf("%s: deals %+v, want Kravlo's priced sale to Brindle", c.text, ds)
			continue
		}
		if d.Value.Currency != c.currency {
			t.Errorf("%s: currency %s, want %s", c.text, d.Value.Currency, c.currency)
		}
	}
}

// A sign written in mixed case ("DKr", "SKr5") is money, no company, glued
// to its figure or not.
func TestMixedCaseSignsAreNoCompanies(t *testing.T) {
	for _, text := range []string{
		"Kravlo Corp agreed to buy Brindle A/S for DKr 2 billion.",
		"Norwegian group Kravlo bought Brindle for SKr5 billion.",
		"Kravlo Holdings agreed to buy Brindle Systems for Dkr 5 billion.",
		"Kravlo Holdings agreed to buy Brindle Systems for SKR 5 billion.",
	} {
		for _, c := range companiesIn(t, "en", text, "Kravlo", "Brindle") {
			if c.Name == "DKr" || c.Name == "SKr5" || c.Name == "SKr" || c.Name == "Dkr" || c.Name == "SKR" {
				t.Errorf("%q: %s is a company", text, c.Name)
			}
		}
	}
}

// Names shaped as a sign folded ("SKR", "RS2", "FR8") are names still: a
// sign is one as written ("DKr", "Rs").
func TestNamesShapedAsSigns(t *testing.T) {
	for text, want := range map[string]string{
		"Brindle Holdings agreed to buy SKR for 20 million dollars.": "SKR",
		"Brindle agreed to buy RS2 for 300 million euros.":           "RS2",
	} {
		found := false
		for _, c := range companiesIn(t, "en", text, "Brindle") {
			found = found || c.Name == want
		}
		if !found {
			t.Errorf("%q: %s is no company", text, want)
		}
	}
}
