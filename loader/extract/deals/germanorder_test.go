package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// German puts the subject after the verb when the sentence opens on
// something else, and a year may stand between the verb and its object:
// "2015 übernahm der Konzern den Wettbewerber Quorvex" buys the rival (not
// a rival named beside the deal), and "Der Konzern übernahm 2014 Brindle"
// is dated 2014 and done. A number before a noun still counts it:
// "beschäftigt 2015 Mitarbeiter".
func TestGermanWordOrderAroundTheObject(t *testing.T) {
	for _, c := range []struct{ text, target, date string }{
		{"2015 übernahm der Konzern den Wettbewerber Quorvex.", "Quorvex", "2015"},
		{"Der Münchner Konzern übernahm 2014 Brindle.", "Brindle", "2014"},
		{"Veltraco kaufte 2015 Brindle für 300 Millionen Euro.", "Brindle", "2015"},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), "de", "2020-06-30")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Date != c.date || got[0].Status != model.Completed {
			t.Errorf("%q: %+v, want the purchase of %s, dated %s and completed", c.text, got, c.target, c.date)
		}
	}
	if got := Find(sentence("Veltraco übernahm Brindle und beschäftigt 2015 Mitarbeiter.", "Veltraco", "Brindle"), "de", "2020-06-30"); len(got) != 1 || got[0].Date == "2015" {
		t.Errorf("%+v: 2015 counts staff, no year", got)
	}
}

// What goes to a buyer is sold, with or without its price told ("2016
// ging Quorvex an Brindle", "Stromnetz Radius geht an SEAS-NVE",
// dealdev71; "an den Eindhovener Zulieferkonzern VDL Groep", the buyer
// a few words on); not a listing ("ging 2005 an die Börse") nor a
// contract ("Der Auftrag ging an Brindle").
func TestGoingToABuyerWithoutAPrice(t *testing.T) {
	for _, text := range []string{"2016 ging Quorvex an Brindle.", "Quorvex geht an den niederländischen Zulieferkonzern Brindle."} {
		got := Find(sentence(text, "Quorvex", "Brindle"), "de", "2020-06-30")
		if len(got) != 1 || got[0].Type != model.Divestiture || !slices.Contains(got[0].Parties, "Quorvex") || !slices.Contains(got[0].Parties, "Brindle") {
			t.Errorf("%q: %+v, want Quorvex sold to Brindle", text, got)
		}
	}
	for _, text := range []string{"Quorvex ging 2005 an die Börse.", "Der Auftrag ging an Brindle."} {
		if got := Find(sentence(text, "Quorvex", "Brindle"), "de", "2020-06-30"); len(got) != 0 {
			t.Errorf("%q: %+v, want no deal", text, got)
		}
	}
}
