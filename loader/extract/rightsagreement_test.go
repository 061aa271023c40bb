package extract

import (
	"testing"

	"dealwire/model"
)

// An agreement over the rights to a product is a licence ("aveva girato a
// Boehringer Ingelheim i diritti sull'antitumorale olmutinib in un'intesa
// da 730 milioni").
func TestAgreementOverRightsIsALicence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Quorvex SpA, che già a luglio aveva girato a Veltraco Corp i diritti sull'antitumorale olmutinib in un'intesa da 730 milioni di dollari, è al secondo colpo."},
		{"en", "Quorvex SpA signed an agreement giving Veltraco Corp the worldwide rights to its diabetes drug for 400 million dollars, the companies said."},
	} {
		ds := extractTextIn(t, c.lang, c.text)
		if d := dealOf(ds, model.Licensing, "Veltraco", "Quorvex"); d == nil || d.Type != model.Licensing {
			t.Errorf("%q: %+v, want a licence", c.text, ds)
		}
	}
	// the word "right", a right to appoint directors, and rights a supply
	// deal brings are no licence
	for _, text := range []string{
		"Veltraco Corp said Quorvex SpA was the right partner for the alliance, which will develop electric trucks in Europe from 2025.",
		"Under the partnership agreement Veltraco Corp gets the right to appoint two directors to the board of Quorvex SpA, the companies said.",
		"Veltraco Corp signed a ten-year supply agreement with Quorvex SpA that gives it exclusive distribution rights for the turbines in Italy.",
	} {
		for _, d := range extractTextIn(t, "en", text) {
			if d.Type == model.Licensing {
				t.Errorf("%q: %+v, want no licence", text, d)
			}
		}
	}
}
