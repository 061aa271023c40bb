package deals

import (
	"slices"
	"testing"
)

// A company named as the parent of the units that are the sides is no
// side: "Die Veltraco-Töchter Quorvex und Brindle wollen gemeinsam ...
// entwickeln", "Veltraco's units Quorvex and Brindle will jointly
// develop", "mit der Eni-Chemietochter Versalis" (dealdev233).
func TestParentOfUnitsIsNoSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Veltraco-Töchter Quorvex und Brindle wollen gemeinsam einen Elektromotor entwickeln."},
		{"en", "Veltraco's units Quorvex and Brindle will jointly develop an electric motor."},
		{"de", "Anfang 2013 hatte Quorvex mit der Veltraco-Chemietochter Brindle ein Gemeinschaftsunternehmen gegründet."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "2013-12-12")
		if len(got) != 1 || slices.Contains(got[0].Parties, "Veltraco") || len(got[0].Parties) != 2 {
			t.Errorf("%s %q: %+v, want Quorvex and Brindle alone", c.lang, c.text, got)
		}
	}
}
