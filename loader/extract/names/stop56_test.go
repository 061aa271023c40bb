package names

import (
	"slices"
	"strings"
	"testing"
)

// A plural noun of people or firms opening a sentence ("Rivals",
// "Shareholders", "Azionisti") is no part of the name after it, though
// the corpus never writes it in lower case.
func TestPluralRoleOpensNoName(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Quorvex Dairies agreed to merge with Brindle Foods. Rivals Robert Wiseman Dairies and Dairy Crest cut prices."},
		{"en", "Quorvex Dairies agreed to merge with Brindle Foods. Shareholders Robert Wiseman Dairies and Dairy Crest voted for it."},
		{"it", "Quorvex Dairies si fonderà con Brindle Foods. Concorrenti Robert Wiseman Dairies e Dairy Crest tagliano i prezzi."},
	} {
		got := companiesOf(recognizeWithDealWords(t, c.lang, c.text), 0)
		if !slices.Contains(got, "Robert Wiseman Dairies") || slices.ContainsFunc(got, func(n string) bool { return n != "Robert Wiseman Dairies" && len(n) > len("Robert Wiseman Dairies") }) {
			t.Errorf("%s: companies %q, want Robert Wiseman Dairies alone", c.lang, got)
		}
	}
}

// The Turkish "ve" ("and") inside a Turkish firm's legal name joins it in
// any language's text; the German noun "Joint Venture" before a venture's
// name is no part of it.
func TestTurkishAndJointVentureNoun(t *testing.T) {
	got := companiesOf(recognizeWithDealWords(t, "en", "Quorvex and Brindle formed the venture TPI Kompozit Kanat Sanayi ve Ticaret A.S. to make blades."), 0)
	if !slices.Contains(got, "TPI Kompozit Kanat Sanayi ve Ticaret") {
		t.Errorf("companies %q, want the whole Turkish name", got)
	}
	got = companiesOf(recognizeWithDealWords(t, "de", "Quorvex und Brindle gründeten am Dienstag das Joint Venture Kanat Kompozit AG."), 0)
	if slices.ContainsFunc(got, func(n string) bool { return strings.HasPrefix(n, "Joint") || strings.HasPrefix(n, "Venture") }) || !slices.Contains(got, "Kanat Kompozit") {
		t.Errorf("companies %q, want Kanat Kompozit without the noun", got)
	}
}

// Scandinavian names join their "og" ("Ofotens og Vesteraalens
// Dampskibsselskab"), and an acronym in brackets may spell a compound's
// parts ("TFDS" for "Troms Fylkes Dampskibsselskap"): one company each,
// the acronym its alias.
func TestScandinavianNamesAndCompoundAcronyms(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Troms Fylkes Dampskibsselskap (TFDS) aus Tromsø und Ofotens og Vesteraalens Dampskibsselskab (OVDS) aus Narvik einigten sich am Dienstag auf eine Fusion. TFDS und OVDS fusionieren.")
	got := companiesOf(r, 0)
	if len(got) != 2 || !slices.Contains(got, "Troms Fylkes Dampskibsselskap") || !slices.Contains(got, "Ofotens og Vesteraalens Dampskibsselskab") {
		t.Errorf("companies %q, want the two shipping companies, each with its acronym", got)
	}
}

// A name right before a currency's noun is the currency's ("a 2.3 bln
// Swiss franc stake"), whatever company it names elsewhere.
func TestNameBeforeACurrencyIsNoCompany(t *testing.T) {
	got := companiesOf(recognizeWithDealWords(t, "en", "Quorvex shares slide as the von Finck family sells a 2.3 bln Swiss franc stake; Brindle lifts its holding."), 0)
	if slices.Contains(got, "Swiss") {
		t.Errorf("companies %q: the franc's Swiss read as the airline", got)
	}
}
