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
}
