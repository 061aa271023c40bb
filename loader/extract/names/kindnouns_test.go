package names

import "testing"

// A German noun of a company's trade stands before a name without being
// part of it, a headline's article left out ("an Abwickler Quorvex"):
// run-off buyers are told as "Abwickler" and "Konsolidierer".
func TestGermanRunOffNounsAreNoNames(t *testing.T) {
	for _, text := range []string{
		"Veltraco verkauft Veltraco Leben an Abwickler Quorvex. Quorvex zahlt bis zu einer Milliarde Euro.",
		"Veltraco verkauft Veltraco Leben an Konsolidierer Quorvex. Quorvex zahlt bis zu einer Milliarde Euro.",
	} {
		r := recognizeWithDealWords(t, "de", text)
		wantCompanyIn(t, r, 0, "Quorvex")
		noCompanyOf(t, r, 0, "Abwickler Quorvex", "Konsolidierer Quorvex")
	}
}

// "Sports" ends a company's name as "Media" does, after a word that is
// also a title ("Premier Sports", not the premier of a country).
func TestSportsEndsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Premier Sports was sold to Veltraco a year ago for around £30 million.")
	wantCompanyIn(t, r, 0, "Premier Sports")
}

// "Big" starts a name ("Big River Steel"): the Italian "il big del lusso"
// is too rare to make it a word of a company's kind.
func TestBigStartsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Last October Veltraco bought 49.9% of Big River Steel for about $700 million.")
	wantCompanyIn(t, r, 0, "Big River Steel")
}

// "Travel" ends a company's name as "Airways" does, also after a given
// name ("Harvey World Travel", which read as a person).
func TestTravelEndsAName(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Webjet agreed to license its booking platform to Harvey World Travel. Harvey World Travel will take an 11 percent stake in Webjet.")
	wantCompanyIn(t, r, 0, "Harvey World Travel")
}

// A trader, an adviser or a marketplace before a name, in apposition,
// says it is a company, as a maker or a broker does: "Dutch grain trader
// Kelmora", "online marketplace Brindle".
func TestTradersAndMarketplacesAreCompanyNouns(t *testing.T) {
	for _, text := range []string{
		"The group agreed to take 51 percent of Dutch grain trader Kelmora for close to $1.3 billion.",
		"Last year Veltraco bought online marketplace Kelmora.",
	} {
		r := recognizeWithDealWords(t, "en", text)
		wantCompanyIn(t, r, 0, "Kelmora")
	}
}

// The French nouns of a trade say a name after them is a company, as
// "fabricant" does: "le cimentier Kelmora", "l'armateur Kelmora", "la
// SSII Kelmora".
func TestFrenchTradeNounsAreCompanyNouns(t *testing.T) {
	for _, text := range []string{
		"Le cimentier Kelmora a publié ses comptes annuels jeudi.",
		"Selon l'armateur Kelmora, les taux de fret ont doublé.",
		"Auparavant, Veltraco avait pris pied outre-Rhin en rachetant la SSII Kelmora.",
		"Veltraco a cédé sa filiale au voyagiste Kelmora.",
	} {
		r := recognizeWithDealWords(t, "fr", text)
		wantCompanyIn(t, r, 0, "Kelmora")
	}
}

// The Italian and Spanish nouns of a trade say a name after them is a
// company: "il grossista Kelmora", "la siderúrgica Kelmora".
func TestItalianAndSpanishTradeNounsAreCompanyNouns(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Secondo il grossista Kelmora, i prezzi sono saliti del 10%."},
		{"it", "L'armatore Kelmora ha chiuso l'anno in perdita."},
		{"es", "Según la siderúrgica Kelmora, la demanda ha caído un 10%."},
		{"es", "La cementera Kelmora ha cerrado el año con pérdidas."},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		wantCompanyIn(t, r, 0, "Kelmora")
	}
}

// A city before a comma and its state's "-based" is a place, no company:
// "SteadyMed, a San Ramon, California-based developer", in the way a
// "Chesapeake-based" chain's town is one.
func TestCityBeforeItsStateBasedIsAPlace(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Earlier this year Veltraco bought Kelmora, a San Ramon, California-based developer of a patch pump, for $141 million.")
	wantCompanyIn(t, r, 0, "Kelmora")
	noCompanyOf(t, r, 0, "San Ramon")
}
