package extract

import "testing"

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
