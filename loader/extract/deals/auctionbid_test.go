package deals

import (
	"testing"

	"dealwire/model"
)

// A company won at auction ("ersteigerte"), taken for oneself ("si era
// presa"), or bid for with an indicative offer, is a purchase or a bid.
func TestAuctionsAndIndicativeOffersAreAcquisitions(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Reste von Quorvex ersteigerte im Februar 2014 der chinesische Zulieferer Veltraco für 149,2 Millionen Dollar."},
		{"it", "Veltraco si era presa nel 2016 la francese Quorvex."},
		{"fr", "Le fonds Veltraco avait soumis à Quorvex une offre indicative de plus de 27 millions de livres."},
		{"en", "Veltraco made an indicative offer of 27 million pounds for Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%s %q: %+v, want one purchase or bid", c.lang, c.text, got)
		}
	}
}
