package extract

import (
	"slices"
	"testing"
)

// TestOpenerHidesNoPersonBeforeFirm: a word that only opens the sentence
// ("Per") stands before an analyst's name; the given name after
// it still parts the person from the firm after "di"/"de", so the firm is
// the company, not the analyst and the firm as one name.
func TestOpenerHidesNoPersonBeforeFirm(t *testing.T) {
	cases := []struct{ lang, body, person, firm string }{
		{"it", "Il gruppo Alfa Holding ha comprato Zentek SpA per 40 milioni di euro. Per Chiara Vescovini di Orobica Ricerche Sim il segnale conta.",
			"Chiara Vescovini di Orobica Ricerche Sim", "Orobica Ricerche Sim"},
		{"it", "Il gruppo Alfa Holding ha comprato Zentek SpA per 40 milioni di euro. Per Marco Bianchi di Corvina Securities il prezzo è alto.",
			"Marco Bianchi di Corvina Securities", "Corvina Securities"},
	}
	for _, c := range cases {
		cs := companiesIn(t, c.lang, c.body)
		noCompany(t, cs, c.person)
		wantCompany(t, cs, c.firm)
	}
}

// TestListedNameWithSpacedInitials: a listed name opening with initials
// is found written with a space after each stop ("D. E. Shaw", "T. Rowe
// Price"), not only its last word ("Shaw", a company of its own).
func TestListedNameWithSpacedInitials(t *testing.T) {
	cs := companiesIn(t, "en", "Orsted bought Deepwater Wind from the hedge fund D. E. Shaw for $510 million in 2018. T. Rowe Price, a shareholder, backed the sale.")
	wantCompany(t, cs, "D. E. Shaw")
	wantCompany(t, cs, "T. Rowe Price")
	noCompany(t, cs, "Shaw", "Shaw Communications", "Rowe Price")
}

// TestInvestorsEndsAFundsName: "Investors" ends a fund's name as
// "Investments" and "Partners" do: after a listed name ("Citi"), "Citi
// Infrastructure Investors" is written whole, not cut to "Citi
// Infrastructure", which no other outlet writes.
func TestInvestorsEndsAFundsName(t *testing.T) {
	cs := companiesIn(t, "en", "Kelda Group said on Wednesday it had agreed to be bought by a consortium led by Citi Infrastructure Investors for 3 billion pounds.")
	for _, c := range cs {
		if slices.Contains(c.Aliases, "Citi Infrastructure Investors") {
			return
		}
	}
	t.Errorf("companies %+v, want one written Citi Infrastructure Investors", cs)
}

// TestCompanyWordsOfIndustry: "Works", "Diamonds", "Products", "Controls"
// and their like end a company's name: "Stanley Works", opened by a
// given name, is a company, and so is "Quorvex Diamonds".
func TestCompanyWordsOfIndustry(t *testing.T) {
	for _, c := range []struct{ body, firm string }{
		{"In 2010 Stanley Works and Black & Decker merged.", "Stanley Works"},
		{"In 2008 Veltraco paid $10 million for a stake in Quorvex Diamonds, owner of a mine in Tanzania.", "Quorvex Diamonds"},
	} {
		wantCompany(t, companiesIn(t, "en", c.body), c.firm)
	}
}
