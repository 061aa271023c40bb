package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// "Aggiudicarsi", "adjudicarse", "s'adjuger" (to win a company) state a
// purchase in the pluperfect too, the tense of the deals an article recalls
// ("si era aggiudicata", "se había adjudicado", "s'était adjugé"), and in
// the Spanish present perfect ("se ha hecho con").
func TestWonOverInThePluperfect(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Nel 2014 il gruppo Kravlo si era aggiudicato l'americana Brindle per 150 milioni di dollari."},
		{"es", "En 2014 el grupo Kravlo se había adjudicado la estadounidense Brindle por 150 millones de dólares."},
		{"es", "La española Kravlo se ha hecho con la francesa Brindle por 300 millones de euros, según anunció el lunes."},
		{"fr", "En 2014, le groupe Kravlo s'était adjugé l'américain Brindle pour 150 millions de dollars."},
		{"fr", "En 2019, le groupe Kravlo s'est adjugé la totalité du capital de Brindle, fabricant lyonnais de vannes industrielles."},
		// a tender, a price or a market further on is not what is won
		{"fr", "En 2019, Kravlo s'était adjugé Brindle au prix de 12 euros par action, soit 80 millions d'euros au total."},
		{"it", "Nel 2019 Kravlo si era aggiudicata il leader del mercato italiano delle valvole, Brindle, per 200 milioni di euro."},
		{"it", "Nel 2019 Kravlo si era aggiudicata Brindle nella gara indetta dai commissari straordinari, per 200 milioni di euro."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		wantDealOf(t, ds, model.Acquisition, "Kravlo", "Brindle")
	}
}

// What a company wins besides a company is no purchase: a tender, a
// contract, works, a prize, a share of a market ("si era aggiudicata la gara",
// "se había hecho con el premio", "s'était adjugé l'appel d'offres").
func TestWonSomethingElse(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Nel 2021 Kravlo si era aggiudicata la gara indetta da Brindle per la fornitura di turbine eoliche in Puglia."},
		{"it", "Nel 2021 Kravlo si è aggiudicata il contratto da 40 milioni di euro con Brindle per la manutenzione delle turbine."},
		{"es", "La española Kravlo se había hecho con el premio a la mejor empresa exportadora del año, por delante de Brindle."},
		{"es", "En 2020 Kravlo se hizo con el 30% del mercado europeo de válvulas, por delante de Brindle."},
		{"fr", "En 2021, Kravlo s'était adjugé l'appel d'offres lancé par Brindle pour la modernisation de ses usines."},
		{"it", "Nel 2021 Kravlo si era aggiudicata i lavori di costruzione del nuovo stabilimento di Brindle a Torino."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		if d := dealOf(ds, model.Acquisition, "Kravlo", "Brindle"); d != nil {
			t.Errorf("%q: %+v, want no purchase", c.text, d)
		}
	}
}

// Winning an auction or a bidding war for a company is buying it ("won
// a hotly contested auction for Brindle", "ha vinto l'asta per Brindle").
func TestWonTheAuctionForACompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Kravlo Corp won a hotly contested auction for Brindle Inc in 2005 with a 1.93 billion pound bid."},
		{"en", "In 2005 Kravlo Corp won a bidding war for Brindle Inc."},
		{"en", "It is the latest deal for Kravlo Corp, which won a hotly contested auction for Brindle Inc, a medicines maker, in 2005, and bought cough syrup maker Veltraco in December 2007 for about $2.3 billion."},
		{"it", "Nel 2005 Kravlo ha vinto l'asta per Brindle, mettendo sul piatto 1,9 miliardi di sterline."},
		{"es", "En 2005 Kravlo ganó la subasta por Brindle con una oferta de 1.900 millones de libras."},
		{"fr", "Kravlo a gagné les enchères pour Brindle."},
		{"de", "Kravlo siegte im Bietergefecht um Brindle."},
		{"es", "Kravlo se impuso en la subasta por Brindle."},
		{"it", "Kravlo si è imposta nell'asta per Brindle."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle", "Veltraco")
		wantDealOf(t, ds, model.Acquisition, "Kravlo", "Brindle")
	}
}

// Only who wins an auction buys: one lost, left, run for a seller or held
// for goods, bonds or spectrum tells no purchase.
func TestAuctionsNotWon(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Kravlo Corp lost the auction for Brindle Inc to Veltraco Group, which paid $2 billion."},
		{"en", "Kravlo Corp pulled out of the bidding war for Brindle Inc, leaving Veltraco Group as the only bidder."},
		{"en", "Kravlo Corp said on Monday it had hired Veltraco to run an auction for its Brindle unit, which could fetch $2 billion."},
		{"es", "Kravlo y Brindle pujaron en la subasta de espectro, en la que el Gobierno recaudó 1.000 millones de euros."},
		{"it", "Kravlo e Brindle hanno partecipato all'asta per le frequenze 5G, che ha fruttato 6,5 miliardi di euro allo Stato."},
	} {
		for _, d := range extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle", "Veltraco") {
			if d.Type == model.Acquisition && slices.Contains(d.Parties, "Kravlo") {
				t.Errorf("%q: %+v, want no purchase by Kravlo", c.text, d)
			}
		}
	}
}
