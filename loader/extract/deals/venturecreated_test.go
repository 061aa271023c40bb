package deals

import (
	"testing"

	"dealwire/model"
)

// An agreement that founds a company the apposition after it calls a
// joint venture is a joint venture, in every language read; an agreement
// with a venture already there is not.
func TestAgreementFoundingAVentureIsAJointVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco and Quorvex on Monday signed the agreement setting up Brindle Private Ltd., an equal joint venture that will run stores in India."},
		{"es", "Veltraco y Quorvex firmaron ayer el acuerdo para crear Brindle Private Ltd, una empresa conjunta al 50% que se dedicará al comercio mayorista."},
		{"fr", "Veltraco et Quorvex ont signé lundi l'accord créant Brindle Private Limited, une coentreprise détenue à parts égales."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle Private"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != model.JointVenture {
			t.Errorf("%s %q: %+v, want one joint venture", c.lang, c.text, got)
		}
	}
	got := Find(sentence("Veltraco signed the agreement with Brindle, its joint venture with Quorvex, on Monday.", "Veltraco", "Quorvex", "Brindle"), "en", "2024-03-05")
	for _, f := range got {
		if f.Type == model.JointVenture {
			t.Errorf("an agreement with a venture already there read as founding one: %+v", f)
		}
	}
}
