package extract

import (
	"testing"

	"dealwire/model"
)

// "Zugreifen", with its particle closing the clause, is seizing a company
// offered ("dann griff der Autovermieter Lex Service zu"); "greift zu
// drastischen Maßnahmen" is resorting to something, no purchase.
func TestSeizedInGerman(t *testing.T) {
	text := "Bis 1999 gehörte das Pannengeschäft Brindle SA den Mitgliedern des Automobilclubs; dann griff der Autovermieter Veltraco Corp zu, der 437 Millionen Pfund auf den Tisch legte."
	wantDealOf(t, extractTextIn(t, "de", text), model.Acquisition, "Veltraco", "Brindle")
	text = "Veltraco Corp greift zu drastischen Maßnahmen und streicht 3000 Stellen bei Brindle SA, wie das Unternehmen mitteilte."
	if ds := extractTextIn(t, "de", text); len(ds) > 0 {
		t.Errorf("%q: %+v, want no deal", text, ds)
	}
}
