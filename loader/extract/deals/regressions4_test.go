package deals

import "testing"

// Stop 33 tried reading a described agent as the buyer ("by U.S. hedge
// fund Paulson") and took it out after two reviews; these sentences, which
// the first review proved it misread, guard the reading any later attempt
// must keep: Spanish "por" (for), French "par voie de ... sur", an
// advisor's or lender's "by", a holder's "held by", "by acquiring" name
// no buyer, and the subject buys.
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
// Pacific, Par Technology) is no agent: the subject buys (the stop-33
// attempt read the name's second word and lost the buyer).
func TestStop33ReviewAgentWordInsideAName(t *testing.T) {
	got := Find(sentence("Veltraco agreed to acquire Par Quorvex for $2 billion.", "Veltraco", "Par Quorvex"), "en", "")
	if len(got) != 1 || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco the buyer", got)
	}
}

// The second review's proofs against that attempt: an agent word or "de
// la part de" (a stake's seller) after the deal word that names no buyer,
// the first "von" of a German passive ("die Tochter von"), or a name inside
// a description of someone else.
func TestStop33SecondReviewAgentMisread(t *testing.T) {
	cases := []struct{ lang, text, bad string }{ // bad: the buyer misread
		// "la part de Brindle" is Brindle's stake, not "on the part of"
		{"fr", "Veltraco a annoncé le rachat de la part de Brindle.", "Brindle"},
		{"fr", "Quorvex a annoncé le rachat de la part de Brindle dans Veltraco pour 200 millions d'euros.", "Brindle"},
		// the first "von" after the auxiliary is "of"
		{"de", "2019 wurde die Tochter von Veltraco für 2 Milliarden Euro von Brindle gekauft.", "Veltraco"},
		// "by" + a means of financing
		{"en", "Brindle financed the takeover by spinning off Quorvex.", "Quorvex"},
		{"de", "Brindle finanziert die Übernahme durch den Verkauf der Tochter Quorvex.", "Quorvex"},
		{"de", "Veltraco finanziert die Übernahme durch Kapitalerhöhung bei Quorvex.", "Quorvex"},
		// a company named inside a description of a person, or after a
		// preposition missing from descriptionEnds
		{"en", "Brindle was bought by former Veltraco chief executive John Smith.", "Veltraco"},
		{"en", "Brindle was acquired by management after Veltraco walked away.", "Veltraco"},
		{"en", "Brindle was bought by private equity through Veltraco.", "Veltraco"},
	}
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), c.lang, "")
		for _, f := range got {
			if f.Buyer == c.bad {
				t.Errorf("%s %q: buyer %q, not the buyer", c.lang, c.text, f.Buyer)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s %q: no deal", c.lang, c.text)
		}
	}
}
