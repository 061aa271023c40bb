package extract

import "testing"

// A drug candidate named right before its name is a product, no company,
// though a headline names it beside the licensee ("Kravlo signs Velmax
// licence with Germany's Brindle"): it is licensed, not a side of the
// licence.
func TestDrugCandidateIsAProduct(t *testing.T) {
	text := "Kravlo signs 1 bln crown Velmax licence with Germany's Brindle\n\n" +
		"STOCKHOLM, July 21 - Swedish drug developer Kravlo Therapeutics said on Wednesday it had licensed the European rights to its kidney disease drug candidate Velmax to Brindle Arzneimittel in a deal worth about 1 billion Swedish crowns ($115 million).\n\n" +
		"The licence covers the European Economic Area, Switzerland and Britain. Velmax, an oral formulation of the steroid budesonide, is being developed for a rare autoimmune disease."
	for _, c := range companiesIn(t, "en", text) {
		if c.Name == "Velmax" {
			t.Errorf("companies %+v: Velmax is a drug", c)
		}
	}
}

// A person after a title in apposition is a person, with a French given
// name and a double-barrelled surname too ("The company's chief executive,
// Renée Aguiar-Lucander, said").
func TestChiefExecutiveWithAccentedGivenName(t *testing.T) {
	for _, c := range companiesIn(t, "en", "Kravlo Therapeutics licensed Velmax to Brindle. The company's chief executive, Renée Aguiar-Lucander, said the agreement would allow Kravlo to prepare a launch.", "Kravlo", "Brindle") {
		if c.Name == "Renée Aguiar-Lucander" {
			t.Errorf("companies %+v: a chief executive", c)
		}
	}
}

// A company called a takeover candidate is a company still ("acquisition
// candidate Kravlo", "il candidato Veltraco"): only a drug candidate is a
// product.
func TestTakeoverCandidateIsACompany(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Shares of acquisition candidate Kravlo jumped 8% on Monday. Investors expect a bid from Loftwise Inc for Kravlo this year.", "Kravlo"},
		{"fr", "Le candidat Kravlo SA a déposé une offre de 300 millions d'euros pour racheter Loftis.", "Kravlo"},
	} {
		found := false
		for _, co := range companiesIn(t, c.lang, c.text) {
			found = found || co.Name == c.want
		}
		if !found {
			t.Errorf("%s: %s is no company", c.lang, c.want)
		}
	}
}

// A lead or clinical candidate is a medicine too ("agreed to acquire lead
// candidate Zorvexa from Brindle Bio").
func TestLeadCandidateIsAProduct(t *testing.T) {
	for _, c := range companiesIn(t, "en", "Kravlo Pharma agreed to acquire lead candidate Zorvexa from Brindle Bio for $500 million.", "Kravlo Pharma", "Brindle Bio") {
		if c.Name == "Zorvexa" {
			t.Errorf("companies %+v: Zorvexa is a medicine", c)
		}
	}
}
