package deals

import (
	"testing"

	"dealwire/model"
)

// Developing together is a partnership, told by its noun ("un acuerdo de
// desarrollo conjunto", "a joint development agreement") or, in German,
// by "gemeinsam" with its verb at the clause's end ("wollen gemeinsam ein
// Verfahren ... entwickeln"), dealdev233.
func TestJointDevelopmentIsAPartnership(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco y Quorvex anunciaron el miércoles un acuerdo de desarrollo conjunto para producir butadieno."},
		{"en", "Veltraco and Quorvex signed a joint development agreement for renewable butadiene."},
		{"fr", "Veltraco et Quorvex ont signé un accord de développement conjoint pour le butadiène."},
		{"it", "Veltraco e Quorvex hanno firmato un accordo di sviluppo congiunto per il butadiene."},
		{"de", "Veltraco und Quorvex wollen gemeinsam ein Verfahren zur Herstellung von Butadien entwickeln."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2013-12-12")
		if len(got) != 1 || got[0].Type != model.Partnership || len(got[0].Parties) != 2 {
			t.Errorf("%s %q: %+v, want one partnership of the two", c.lang, c.text, got)
		}
	}
}
