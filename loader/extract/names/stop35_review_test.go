package names

import (
	"slices"
	"testing"
)

// Review of 2c33f2c (trimGermanNouns + germanKindCompound): a family
// name ending in "-haus" or "-bauer" (as Neuhaus, Backhaus, Hofbauer,
// Steinbauer do) opens many German firms' names; after a town's
// adjective it is cut off as if it were "Autobauer" or "Modehaus".
func TestStop35ReviewFamilyNameEndingLikeAKindOfBusinessStays(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Der Maschinenbauer Veltraco übernimmt den Grazer Autozulieferer Trelbauer Technik für 40 Millionen Euro.", "Trelbauer Technik"},
		{"Der Maschinenbauer Veltraco AG übernimmt die Kölner Velthaus Logistik für 40 Millionen Euro.", "Velthaus Logistik"},
		{"Veltraco übernimmt das Leipziger Familienunternehmen Daxbauer Elektronik für 40 Millionen Euro.", "Daxbauer Elektronik"},
		{"Die Wiener Velthaus Versicherung übernimmt Veltraco für 40 Millionen Euro.", "Velthaus Versicherung"},
	} {
		got := companiesOf(recognizeWithDealWords(t, "de", c.text), 0)
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: companies %q, want %s", c.text, got, c.want)
		}
	}
}
