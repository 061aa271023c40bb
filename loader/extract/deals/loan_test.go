package deals

import "testing"

// A loan the seller grants the buyer is no price of the deal, in any of
// the languages read ("Tesco le concederá un préstamo de 80 millones de
// libras").
func TestLoanIsNoPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Brindle se quedará con más de 150 de sus 200 tiendas y Veltraco le concederá un préstamo de 80 millones de libras."},
		{"it", "Brindle rileverà 150 negozi e Veltraco le concederà un prestito di 80 milioni di sterline."},
		{"fr", "Brindle reprendra 150 magasins et Veltraco lui accordera un prêt de 80 millions de livres."},
		{"de", "Brindle übernimmt 150 Filialen, Veltraco gewährt dafür ein Darlehen über 80 Millionen Pfund."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Brindle"), c.lang, "2013-09-10") {
			if f.Value != nil {
				t.Errorf("%s: %+v priced at a loan", c.lang, f)
			}
		}
	}
}

// A lender named before a price leaves the price a price: "Grâce à un
// prêt de BNP, Acme achète Vitel pour 200 millions d'euros".
func TestLenderBeforeAPrice(t *testing.T) {
	for _, f := range Find(sentence("Grâce à un prêt de Bnp, Ami achète Vel pour 200 millions d'euros.", "Ami", "Vel", "Bnp"), "fr", "2024-03-05") {
		if f.Value == nil {
			t.Errorf("%+v: the price is lost", f)
		}
	}
}

// A word of about between the loan and its amount keeps it a loan
// ("einen Kredit über rund 300 Millionen Euro").
func TestLoanOfAbout(t *testing.T) {
	for _, before := range []string{"der geschäftsmann einen kredit über rund ", "avec un prêt d'environ ", "un prêt d'un montant de ",
		"un préstamo de más de ", "un prestito di oltre ", "einen kredit über bis zu "} {
		if !loanRightBefore(before) {
			t.Errorf("loanRightBefore(%q) = false", before)
		}
	}
}
