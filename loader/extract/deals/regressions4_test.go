package deals

import "testing"

// describedAfter reads the first name within six "describing" words after
// any agent word up to 7 words past the deal word. Spanish "por" (for),
// French "par voie de ... sur", an advisor's or lender's "by", a holder's
// "held by", "by acquiring" all name no buyer; 0fb455b kept the subject.
func TestStop33ReviewDescribedAgentMisread(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"es", "Veltraco lanza una opa por la eléctrica Brindle."},
		{"es", "Veltraco mejora su oferta por la cementera Brindle."},
		{"es", "La opa de Veltraco por la eléctrica Brindle ha sido aceptada."},
		{"fr", "Veltraco lance une offre de rachat par voie d'OPA sur Brindle."},
		{"en", "Veltraco agreed to acquire Brindle in a deal advised by investment bank Quorvex."},
		{"en", "Veltraco agreed to acquire Brindle in a deal financed by Swiss bank Quorvex."},
		{"en", "Veltraco bought the 20% stake held by hedge fund Quorvex in Brindle for $2 billion."},
		{"en", "Veltraco bought Brindle by acquiring its parent Quorvex."},
	}
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), c.lang, "")
		if len(got) != 1 || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco the buyer", c.lang, c.text, got)
		}
	}
}

// An agent word that opens a company's name ("Par Quorvex", as Par
// Pacific, Par Technology) makes describedFrom stop on the name's second
// word; mentionAt finds no mention starting there and buyerOf returns ""
// at once, skipping the subject.
func TestStop33ReviewAgentWordInsideAName(t *testing.T) {
	got := Find(sentence("Veltraco agreed to acquire Par Quorvex for $2 billion.", "Veltraco", "Par Quorvex"), "en", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco the buyer", got)
	}
}
