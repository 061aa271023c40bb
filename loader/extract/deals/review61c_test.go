package deals

import "testing"

// review61cBuyer fails t unless text gives one deal whose buyer is want.
func review61cBuyer(t *testing.T, lang, text, want string) {
	t.Helper()
	fs := Find(sentence(text, "Veltraco", "Quorvex"), lang, "2020-10-29")
	if len(fs) != 1 || fs[0].Buyer != want {
		t.Errorf("%s: %q = %+v, want %s the buyer", lang, text, fs, want)
	}
}

// A public offer "of purchase/exchange ON a company" (OPA/OPS su, OPA
// sobre, offre de rachat sur): the "di/de" names what kind of offer it
// is, and the company after "su/sobre/sur" is the target. Veltraco, the
// subject that launches it, buys; Quorvex is bid for.
func TestReview61cPublicOfferOnTheTarget(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco ha lanciato un'offerta pubblica di acquisto su Quorvex."},
		{"it", "Veltraco ha lanciato un'offerta di acquisto su Quorvex."},
		{"it", "Veltraco ha lanciato un'offerta pubblica di scambio su Quorvex."},
		{"es", "Veltraco lanzó una oferta pública de adquisición sobre Quorvex."},
		{"es", "Veltraco lanzó una oferta de compra sobre Quorvex."},
		{"fr", "Veltraco a lancé une offre de rachat sur Quorvex."},
		{"fr", "Veltraco a lancé une offre publique de rachat sur Quorvex."},
	} {
		review61cBuyer(t, c.lang, c.text, "Veltraco")
	}
}

// An offer made TO the target's shareholders ("a takeover offer to
// shareholders of Quorvex", "ein Übernahmeangebot an Aktionäre von
// Quorvex"): the company after "of/von" owns the addressees and is bid
// for; Veltraco makes the offer and buys.
func TestReview61cOfferToTheTargetsShareholders(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco launched a takeover offer to shareholders of Quorvex."},
		{"en", "Veltraco made a takeover offer to holders of Quorvex shares."},
		{"de", "Veltraco legt ein Übernahmeangebot an Aktionäre von Quorvex vor."},
	} {
		review61cBuyer(t, c.lang, c.text, "Veltraco")
	}
}

// "ein Übernahmeangebot zum Kauf von Quorvex": an offer for the purchase
// OF Quorvex; Quorvex is what is bought, Veltraco buys.
func TestReview61cOfferForThePurchaseOf(t *testing.T) {
	review61cBuyer(t, "de", "Veltraco unterbreitet ein Übernahmeangebot zum Kauf von Quorvex.", "Veltraco")
}
