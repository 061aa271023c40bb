package names

import (
	"slices"
	"testing"
)

// Third review of b5bb16d (kindBefore): a family name ending like a kind
// of business ("Daxbauer", "Velthaus") before a word that is no company
// word in the list ("Kunststoffe", "Stahlbau", "Moden", "Fenster") is
// still cut off the name.
func TestStop35Review3FamilyNameBeforeAnyWordStays(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Veltraco übernimmt das Bremer Familienunternehmen Daxbauer Kunststoffe für 40 Millionen Euro.", "Daxbauer Kunststoffe"},
		{"Der Finanzinvestor Veltraco übernimmt die Grazer Trelbauer Stahlbau für 40 Millionen Euro.", "Trelbauer Stahlbau"},
		{"Veltraco übernimmt die Kölner Velthaus Moden für 40 Millionen Euro.", "Velthaus Moden"},
		{"Der Maschinenbauer Veltraco übernimmt die Kölner Velthaus Fenster GmbH für 40 Millionen Euro.", "Velthaus Fenster"},
	} {
		got := companiesOf(recognizeWithDealWords(t, "de", c.text), 0)
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: companies %q, want %s", c.text, got, c.want)
		}
	}
}
