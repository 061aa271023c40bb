package deals

import (
	"testing"

	"dealwire/model"
)

// Joining a partner in a venture named beside a word for one is the
// joint venture, with the company the sentence refers to as the other
// partner: "En 2019, le groupe s'est associé avec Michelin dans Symbio,
// une coentreprise" (dealdev46), as "si è alleato con Michelin in Symbio,
// una joint venture" was.
func TestPartnershipInANamedVentureIsTheVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "En 2019, le groupe s'est associé avec Quorvex dans Brindle, une coentreprise consacrée à la pile à hydrogène."},
		{"it", "Nel 2019 il gruppo si è alleato con Quorvex in Brindle, una joint venture per le celle a combustibile."},
	} {
		got := Find(sentence(c.text, "Quorvex", "Brindle"), c.lang, "2021-03-01")
		if len(got) != 1 || got[0].Type != model.JointVenture || !got[0].Anaphor {
			t.Errorf("%s %q: %+v, want the joint venture of Quorvex and the company referred to", c.lang, c.text, got)
		}
	}
}

// A referring subject is no description of the company a preposition
// ties to it: "the group partnered with Quorvex" (not "the group
// Quorvex"), "hatten sie gemeinsam mit Plug Power das
// Gemeinschaftsunternehmen HyPulsion gegründet" (dealdev211).
func TestReferringSubjectBeforeWith(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "In 2019 the group partnered with Quorvex in Brindle, a joint venture for hydrogen fuel cells."},
		{"de", "Schon 2012 hatten sie gemeinsam mit Quorvex das Gemeinschaftsunternehmen Brindle gegründet, das Brennstoffzellen für Gabelstapler vermarkten sollte."},
	} {
		got := Find(sentence(c.text, "Quorvex", "Brindle"), c.lang, "2021-03-01")
		if len(got) != 1 || got[0].Type != model.JointVenture || !got[0].Anaphor {
			t.Errorf("%s %q: %+v, want the joint venture of Quorvex and the company referred to", c.lang, c.text, got)
		}
	}
}
