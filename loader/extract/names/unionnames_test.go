package names

import "testing"

// A name ending in "Union" is a public body's or a trade union's unless
// the list holds it as a company: "Commercial Union et General Accident
// fusionnent" (dealdev234) names two insurers, "The Soviet Union" and "The
// Communication Workers Union" none (see also review60a_test.go).
func TestCompanyNamedUnion(t *testing.T) {
	r := recognizeWithDealWords(t, "fr", "Commercial Union et General Accident ont annoncé mercredi leur fusion par échange d'actions. Le londonien Commercial Union a racheté L'Epargne de France en 1984.")
	wantCompanyIn(t, r, 0, "Commercial Union")
	wantCompanyIn(t, r, 0, "General Accident")
	r = recognizeWithDealWords(t, "en", "The Soviet Union collapsed in 1991. The Communication Workers Union said it would fight the merger. The European Union approved it.")
	noCompanyOf(t, r, 0, "Soviet Union", "Communication Workers Union", "European Union")
}

// "Stahlkocher" is a German steelmaker, no name: "Japans zweitgrößter
// Stahlkocher setzt auf Indien" (dealdev235).
func TestStahlkocherIsNoName(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Japans zweitgrößter Stahlkocher setzt auf Indien. JFE Steel übernimmt 14,99 Prozent am indischen Hersteller JSW Steel.")
	noCompanyOf(t, r, 0, "Stahlkocher")
	wantCompanyIn(t, r, 0, "JFE")
}
