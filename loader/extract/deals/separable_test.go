package deals

import (
	"testing"

	"dealwire/model"
)

// A German verb whose particle ends the clause tells a deal with it:
// "griff ... beim X zu" snaps a company up; not without the company it
// is snapped from ("griff ... zum Telefon"), nor where the next verb says
// what was snapped up ("griff bei Quorvex zu und bestellte 20 Flugzeuge",
// an order). ("gab ... an X ab" is no sale: "gab Marktanteile an Quorvex
// ab", share lost to a rival.)
func TestGermanSeparableVerbsOfBuying(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the type of the one deal found, "" for none
	}{
		{"Im September griff Veltraco für 2,27 Milliarden Euro beim Kosmetikhersteller Quorvex zu.", model.Acquisition},
		{"Veltraco griff beim Gespräch mit Quorvex zum Telefon.", ""},
		{"Veltraco griff bei Quorvex zu und bestellte 20 Flugzeuge.", model.Supply},
		{"Im dritten Quartal gab Veltraco erstmals Marktanteile an Quorvex ab.", ""},
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
