package names

import (
	"testing"

	"dealwire/loader/extract/deals"
)

// A name right after a phrase of a company taken ("took over", "se hizo
// con", "s'est offert") is what is taken, as after one
// deal word: named once, in passing, it is a company.
func TestNameAfterADealPhrase(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "Arla took over Brelcott Dairies in 2003.", "Brelcott Dairies"},
		{"en", "In 2012 the group took over Kelmora.", "Kelmora"},
		{"es", "En 2015 Veltraco se hizo con Quorvex.", "Quorvex"},
		{"fr", "En 2008, Veltraco s'est offert Quorvex.", "Quorvex"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		wantCompanyIn(t, r, 0, c.name)
	}
}

// A phrase says nothing of a name before it ("Orlan Vesk took over as
// chief executive": a man), of one further off ("took over the former
// Brelmont plant"), of someone's ("took over Brightman's role"), nor of
// one an article opens ("se hizo con la Liga": a cup won); see
// review58d_test.go for the phrases that are no cues.
func TestDealPhraseOnlyBeforeTheName(t *testing.T) {
	for _, c := range []struct{ lang, text, name string }{
		{"en", "In March Orlan Vesk took over as chief executive.", "Orlan Vesk"},
		{"en", "In 2019 the group took over the former Brelmont plant near Leeds.", "Brelmont"},
		{"en", "Tillery took over Brightman's role in the spring.", "Brightman"},
		{"es", "El Real Madrid se hizo con la Liga tras ganar al Cádiz.", "Liga"},
	} {
		r := recognizeWith(t, []Doc{docOf(c.lang, c.text)}, deals.IsCue)
		noCompanyOf(t, r, 0, c.name)
	}
}
