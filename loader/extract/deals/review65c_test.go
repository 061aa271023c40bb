package deals

import (
	"testing"

	"dealwire/model"
)

// Review of stop 65, third round (1fc139d8, 96e14549): inputs the two
// commits read worse than fd9e9846. Each test fails at 96e14549 and
// passes at fd9e9846.

const published65c = "2020-07-23"

// noAcquisition65c fails t for each acquisition Find reads in text.
func noAcquisition65c(t *testing.T, lang, text string, companies ...string) {
	t.Helper()
	for _, f := range Find(sentence(text, companies...), lang, published65c) {
		if f.Type == model.Acquisition {
			t.Errorf("%s %q: %+v, want no acquisition", lang, text, f)
		}
	}
}

// 96e14549 weighedBid: offers "from" a company that customers, a union
// or a works council receive, reject or accept are no takeover bid
// (weighedBid asks only for a weighing verb near, not who weighs).
func TestReview65cWeighedOfferOfNoTakeover(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Customers received offers from Veltraco and Quorvex."},
		{"de", "Die Gewerkschaft lehnte das Angebot von Quorvex ab."},
		{"de", "Der Betriebsrat hat das Angebot von Quorvex angenommen."},
	} {
		noAcquisition65c(t, c.lang, c.text, "Veltraco", "Quorvex")
	}
}

// 96e14549 weighedBid: a bid from a company's founder is the founder's,
// not the company's.
func TestReview65cBidFromAFoundersCompany(t *testing.T) {
	noAcquisition65c(t, "en", "Veltraco rejected a bid from Quorvex's founder.", "Veltraco", "Quorvex")
}

// 96e14549 weighedBid: offers for a joint venture stay a joint venture.
func TestReview65cOffersForAJointVenture(t *testing.T) {
	text := "Quorvex accepted offers from Veltraco and Brindle for a joint venture."
	for _, f := range Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", published65c) {
		if f.Type != model.JointVenture {
			t.Errorf("%q: %+v, want a joint venture", text, f)
		}
	}
}

// 96e14549 "who weighs the offer is never its buyer": a company that
// receives approval, clearance or backing for its own offer, or rejects
// something else and goes on to buy, is the buyer; the swap made the
// target buy it.
func TestReview65cWeigherOfSomethingElseStaysTheBuyer(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Quorvex received regulatory approval for its takeover offer, which values Veltraco at $2 billion."},
		{"en", "Quorvex received approval from regulators for its takeover offer to Veltraco shareholders."},
		{"en", "Quorvex received clearance from Brussels for its offer to buy Veltraco."},
		{"en", "Quorvex received financing from banks for its takeover offer, which values Veltraco at $2 billion."},
		{"en", "Quorvex rejected claims that its takeover offer undervalued Veltraco."},
		{"en", "Quorvex rejected calls to raise its takeover offer, which values Veltraco at $2 billion."},
		{"en", "Quorvex rejected the offer and bought Veltraco instead."},
		{"en", "Quorvex rejected the approach and later acquired Veltraco."},
		{"it", "Quorvex ha ricevuto il via libera della Consob all'offerta pubblica, che valuta Veltraco 2 miliardi."},
		{"es", "Quorvex ha recibido la autorización de la CNMV para su oferta pública, que valora Veltraco en 2.000 millones."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, published65c) {
			if f.Type == model.Acquisition && f.Buyer == "Veltraco" {
				t.Errorf("%s %q: %+v, want Quorvex the buyer", c.lang, c.text, f)
			}
		}
	}
}
