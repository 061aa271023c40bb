package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A name right after a deal phrase of several words ("took over", "took
// control of", "se hizo con") is what is dealt in, as after one deal
// word: named once, in passing, it is a company.
func TestNameAfterADealPhrase(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Arla took over Brelcott Dairies in 2003.", "Brelcott Dairies"},
		{"en", "DNV took control of Kelmora in 2012.", "Kelmora"},
		{"es", "En 2015 Veltraco se hizo con Quorvex por 300 millones.", "Quorvex"},
		{"fr", "En 2008, Veltraco a pris le contrôle de Quorvex.", "Quorvex"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		wantCompanyIn(t, r, 0, c.name)
	}
}

// A phrase says nothing of a name before it ("Shay Segev took over as
// chief executive": a man), of one further off ("took over the
// Illinois plant"), nor does a round of funding of what follows it
// ("su ronda de financiación Serie F").
func TestDealPhraseOnlyBeforeTheName(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "In March Orlan Vesk took over as chief executive.", "Orlan Vesk"},
		{"en", "In 2019 the group took over the former Brelmont plant near Leeds.", "Brelmont"},
		{"es", "Veltraco y Daxmoor participan en su ronda de financiación Kestra.", "Kestra"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
}
