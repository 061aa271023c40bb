package names

import "testing"

// Review 60a: names the changes from aee81890 to 7473e86f misread.

// Trade unions and farmers' unions speak up about takeovers: "La Unión
// General de Trabajadores rechazó la compra de Quorvex" (UGT, Spain's
// second trade union), "The National Farmers Union welcomed the
// acquisition", "Unite the Union said the takeover ... would cost 500
// jobs". None is a company. With "union" dropped from institutionHeads
// (words.go) and these not in bodies.txt, each is read as a company beside
// the deal words ("Unite the Union" leaves "Union" as one). With "union"
// as a head, none is.
func TestReview60aTradeUnionsAreNoCompanies(t *testing.T) {
	for _, c := range []struct{ lang, text, union string }{
		{"es", "La Unión General de Trabajadores rechazó la compra de Quorvex por parte de Veltraco. Veltraco pagará 300 millones.", "Unión General de Trabajadores"},
		{"es", "La Unión General de Trabajadores firmó un acuerdo con Veltraco para los trabajadores de Quorvex.", "Unión General de Trabajadores"},
		{"en", "The National Farmers Union welcomed the acquisition of Quorvex by Veltraco for $2 billion.", "National Farmers Union"},
		{"en", "Unite the Union said the takeover of Quorvex by Veltraco would cost 500 jobs. Veltraco declined to comment.", "Union"},
	} {
		r := recognizeWithDealWords(t, c.lang, c.text)
		noCompanyOf(t, r, 0, c.union)
	}
}

// Unions of states and the UN's agencies that bodies.txt does not list
// sign agreements with companies: "The Eurasian Economic Union and
// Veltraco signed a cooperation agreement", "The Arab Maghreb Union signed
// a cooperation agreement with Veltraco", "The Universal Postal Union
// signed a partnership with Veltraco Holdings". They are public bodies,
// no companies and no deal parties. Without "union" among the
// institutionHeads each is read as a company.
func TestReview60aUnionsOfStatesAreNoCompanies(t *testing.T) {
	for _, c := range []struct{ text, union string }{
		{"The Eurasian Economic Union and Veltraco signed a cooperation agreement.", "Eurasian Economic Union"},
		{"The Arab Maghreb Union signed a cooperation agreement with Veltraco.", "Arab Maghreb Union"},
		{"The Universal Postal Union signed a partnership with Veltraco Holdings to modernise mail tracking.", "Universal Postal Union"},
	} {
		r := recognizeWithDealWords(t, "en", c.text)
		noCompanyOf(t, r, 0, c.union)
	}
}
