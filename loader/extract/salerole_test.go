package extract

import "testing"

// "The buyer" of a sale is the company the sale goes to, where the
// sentence marks no buyer ("la cessione della propria divisione di resine
// alla britannica Synthomer"): a deal told after it with its subject left
// unsaid is that buyer's (dealdev215), not the seller's.
func TestBuyerOfASaleByItsRole(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"it", "Veltraco esce dalle resine adesive\n\nIl gruppo chimico americano Veltraco ha annunciato ieri la cessione della propria divisione di resine adesive alla britannica Quorvex per un miliardo di dollari in contanti. " +
			"Per il venditore si tratta della seconda uscita dell'anno.\n\n" +
			"Il compratore, quotato a Londra, finanzierà l'acquisto con un aumento di capitale. Il gruppo aveva già fatto shopping oltreoceano: nell'aprile del 2020 aveva chiuso l'acquisizione della statunitense Brindle, valutata 824 milioni di dollari."},
		{"en", "Veltraco sells resins unit to Quorvex\n\nVeltraco announced on Wednesday the sale of its adhesive resins division to Britain's Quorvex for $1 billion in cash. " +
			"For the seller it is the second exit of the year.\n\n" +
			"The buyer, listed in London, will fund the purchase with a rights issue. The group has shopped abroad before: in April 2020 it completed the takeover of Brindle, valued at $824 million."},
	} {
		_, ds := extractAll(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle")
		wantBuyerWithout(t, c.lang, ds, "Brindle", "Quorvex", "Veltraco")
	}
}
