package deals

import "testing"

// Who makes an offer is the buyer, with words of what the offer is or
// of who the offerer is between ("l'offerta in contanti del fondo
// infrastrutturale Arcus", "a cash offer from infrastructure fund
// Arcus"), not the company that accepts it (dealdev238).
func TestOffererAfterADescription(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Brindle ha accettato ieri l'offerta in contanti del fondo infrastrutturale Quorvex, che valuta la società 760 milioni di sterline."},
		{"it", "Brindle ha accettato ieri l'offerta del fondo Quorvex."},
		{"en", "Brindle accepted a cash offer from infrastructure fund Quorvex."},
	} {
		fs := Find(sentence(c.text, "Brindle", "Quorvex"), c.lang, "2020-10-29")
		if len(fs) != 1 || fs[0].Buyer != "Quorvex" {
			t.Errorf("%s: %q = %+v, want Quorvex the buyer", c.lang, c.text, fs)
		}
	}
}
