package names

import (
	"slices"
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
