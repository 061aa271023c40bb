package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A company passing under another's control is bought by it, in each
// language's tenses ("passait sous le contrôle de", "passare sotto il
// controllo di", "pasó al control de", "kam unter die Kontrolle von",
// "came under the control of").
func TestPassingUnderControl(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Brindle passait sous le contrôle de Quorvex, pour 2,3 milliards de dollars."},
		{"it", "Nel 2008 toccò a Brindle passare sotto il controllo di Quorvex."},
		{"es", "En 2008 Brindle pasó al control de Quorvex."},
		{"de", "Brindle kam 2011 unter die Kontrolle von Quorvex."},
		{"en", "Brindle came under the control of Quorvex in 2008."},
	} {
		fs := Find(sentence(c.text, "Brindle", "Quorvex"), c.lang, "2020-10-29")
		if len(fs) != 1 || fs[0].Type != model.Acquisition || !slices.Contains(fs[0].Parties, "Quorvex") || !slices.Contains(fs[0].Parties, "Brindle") {
			t.Errorf("%s: %q = %+v, want Quorvex buying Brindle", c.lang, c.text, fs)
		}
	}
}

// Passing under the control of what is no company (the state, creditors)
// is no purchase.
func TestPassingUnderControlOfNoCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "En 2008 Brindle pasó al control de sus acreedores."},
		{"de", "Brindle kam 2011 unter die Kontrolle des Staates."},
		{"en", "Brindle came under the control of its creditors in 2008."},
	} {
		if fs := Find(sentence(c.text, "Brindle"), c.lang, "2020-10-29"); len(fs) != 0 {
			t.Errorf("%s: %q = %+v, want no deal", c.lang, c.text, fs)
		}
	}
}
