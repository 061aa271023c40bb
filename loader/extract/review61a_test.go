package extract

import "testing"

// review61a: inputs the sale-recipient reading of 66e8b58c and the
// contrast turns of 7290049c misread.

// saleRecipient takes the company after any "to", "a", "an" within five
// words before it for the buyer of a sale, but those words are also the
// French auxiliary ("Veltraco a cédé Ostravel": has sold), the German "an"
// of a stake ("seine Mehrheitsbeteiligung an Ostravel": in), the English
// infinitive ("expects to complete the sale of Ostravel") and the Italian
// "a" of a time ("ha ceduto a fine giugno la controllata Ostravel"). In
// each the company is what is sold, and the buyer is unnamed; yet "the
// buyer" of the next paragraph is read as Ostravel, and Ostravel is made
// the buyer of Brindle. Right: Ostravel, the unit sold, buys nothing.
func TestReview61aSaleRecipientIsNotWhatIsSold(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Veltraco se sépare d'Ostravel\n\nLe groupe chimique américain Veltraco a cédé Ostravel pour un milliard de dollars en numéraire. " +
			"Pour le vendeur, c'est la deuxième sortie de l'année.\n\n" +
			"L'acheteur, coté à Londres, financera l'achat par une augmentation de capital. Le groupe avait déjà fait des emplettes: en avril 2020, il avait finalisé le rachat de Brindle, valorisé 824 millions de dollars."},
		{"de", "Veltraco trennt sich von Ostravel\n\nDer amerikanische Chemiekonzern Veltraco verkauft seine Mehrheitsbeteiligung an Ostravel für eine Milliarde Dollar in bar. " +
			"Für den Verkäufer ist es der zweite Ausstieg des Jahres.\n\n" +
			"Der Käufer, in London notiert, finanziert den Kauf mit einer Kapitalerhöhung. Der Konzern hatte schon im Ausland eingekauft: im April 2020 schloss er die Übernahme von Brindle ab, die mit 824 Millionen Dollar bewertet wurde."},
		{"en", "Veltraco to sell Ostravel\n\nVeltraco said on Wednesday it expects to complete the sale of Ostravel for $1 billion in cash by June. " +
			"For the seller it is the second exit of the year.\n\n" +
			"The buyer, listed in London, will fund the purchase with a rights issue. The group has shopped abroad before: in April 2020 it completed the takeover of Brindle, valued at $824 million."},
		{"it", "Veltraco esce da Ostravel\n\nIl gruppo chimico americano Veltraco ha ceduto a fine giugno la controllata Ostravel per un miliardo di dollari in contanti. " +
			"Per il venditore si tratta della seconda uscita dell'anno.\n\n" +
			"Il compratore, quotato a Londra, finanzierà l'acquisto con un aumento di capitale. Il gruppo aveva già fatto shopping oltreoceano: nell'aprile del 2020 aveva chiuso l'acquisizione della statunitense Brindle, valutata 824 milioni di dollari."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel", "Kallomar")
		if d := dealWith(ds, "Brindle", "Ostravel"); d != nil {
			t.Errorf("%s: %+v, want no purchase of Brindle by Ostravel, the unit sold", c.lang, *d)
		}
	}
}

// otherOfPair now turns to the other of the article's two also when the
// sentence before was about a company outside them. But where that
// company is the subject of a deal of its own, told just before ("Rival
// Kallomar bought Brindle in 2012"), the turn contrasts the group with
// it: "The group, for its part, bought Ostravel" is Veltraco, the active
// buyer the paragraph is about, not Quorvex, the target of its takeover.
// Before 7290049c the code read Veltraco; now it reads Quorvex.
func TestReview61aTurnAwayFromARivalsOwnDeal(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion. Quorvex's board backed the offer. " +
			"Veltraco has been the most active buyer in the sector. Rival Kallomar bought Brindle in 2012 for $500 million. " +
			"The group, for its part, bought Ostravel in 2014 for $300 million."},
		{"es", "Veltraco acordó el lunes comprar Quorvex por 2.000 millones de dólares. El consejo de Quorvex apoyó la oferta. " +
			"Veltraco ha sido el comprador más activo del sector. Su rival Kallomar compró Brindle en 2012 por 500 millones de dólares. " +
			"El grupo, por su lado, compró Ostravel en 2014 por 300 millones de dólares."},
		{"it", "Veltraco ha accettato lunedì di rilevare Quorvex per 2 miliardi di dollari. Il consiglio di Quorvex ha appoggiato l'offerta. " +
			"Veltraco è stato il compratore più attivo del settore. La rivale Kallomar ha rilevato Brindle nel 2012 per 500 milioni di dollari. " +
			"Il gruppo, dal canto suo, ha rilevato Ostravel nel 2014 per 300 milioni di dollari."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle", "Ostravel", "Kallomar")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Veltraco", "Quorvex")
	}
}

// The new phrases "de su lado" and "da parte loro" are no turn where they
// are "on its side" and "on their part" of someone else: "Con los bancos
// de su lado, la empresa compró Ostravel" (with the banks on its side),
// "Senza obiezioni da parte loro, la società ha rilevato Ostravel"
// (without objections on their part). The company goes on being the one
// the text was about, Veltraco, as with "a su favor" or "dei sindacati";
// the code turns to Quorvex.
func TestReview61aSidePhrasesThatAreNoTurn(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"es", "Veltraco acordó el lunes fusionarse con Quorvex. Quorvex aceptó las condiciones tras dos meses. " +
			"Veltraco dijo que la fusión crearía un líder. Con los bancos de su lado, la empresa compró Ostravel en 2014 por 300 millones de dólares."},
		{"it", "Veltraco ha accettato lunedì di fondersi con Quorvex. Quorvex ha accettato le condizioni dopo due mesi. " +
			"Veltraco ha detto che la fusione creerà un leader. Senza obiezioni da parte loro, la società ha rilevato Ostravel nel 2014 per 300 milioni di dollari."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Ostravel")
		wantBuyerWithout(t, c.lang, ds, "Ostravel", "Veltraco", "Quorvex")
	}
}
