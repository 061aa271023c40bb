package names

import "testing"

// A name ending in "Union" is a company's where the text says so
// ("Commercial Union et General Accident fusionnent", dealdev234): the
// word heads public bodies' names too ("European Union"), which the list
// of bodies holds, and trade unions', which no deal makes companies.
func TestCompanyNamedUnion(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "Commercial Union et General Accident ont annoncé mercredi leur fusion par échange d'actions. Le londonien Commercial Union a racheté L'Epargne de France en 1984.")
	wantCompanyIn(t, r, 0, "Commercial Union")
	r = recognizeWithDealWords(t, "en", "The Soviet Union collapsed in 1991. The Communication Workers Union said it would fight the merger. The European Union approved it.")
	noCompanyOf(t, r, 0, "Soviet Union", "Communication Workers Union", "European Union")
}
