package deals

import (
	"testing"

	"dealwire/model"
)

// German verbs whose particle ends the clause tell a deal with it:
// "griff ... beim X zu" snaps a company up, "gab ... an X ab" hands a
// business to X; without the word that names the other side ("ein
// Angebot ... ab", a bid given) they tell none.
func TestGermanSeparableVerbsOfBuyingAndSelling(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the type of the one deal found, "" for none
	}{
		{"Im September griff Veltraco für 2,27 Milliarden Euro beim Kosmetikhersteller Quorvex zu.", model.Acquisition},
		{"2007 gab Veltraco seine Sparte für 100 Millionen Euro an Quorvex ab.", model.Divestiture},
		{"Veltraco griff beim Gespräch mit Quorvex zum Telefon.", ""},
		{"Veltraco gab am Montag eine Prognose für Quorvex ab.", ""},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), "de", "2024-03-05")
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%q: found %v %v, want no deal", c.text, got[0].Type, got[0].Parties)
		case c.want != "" && (len(got) != 1 || got[0].Type != c.want):
			t.Errorf("%q: found %+v, want one %s", c.text, got, c.want)
		}
	}
}
