package extract

import (
	"testing"

	"dealwire/model"
)

// "The shares of X jumped 14% after Y agreed to buy the company": the
// shares are their price moving, no stake bought; the purchase is of the
// company. An article before the shares, as most languages write it,
// changes nothing.
func TestSharesMovingBeforeAPurchaseAreNoStake(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Las acciones de Pavona Retail se dispararon un 14% después de que Greyfield Capital acordara comprar la compañía por 1.500 millones de dólares."},
		{"en", "The shares of Pavona Retail jumped 14% after Greyfield Capital agreed to buy the company for $1.5 billion."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Pavona Retail", "Greyfield Capital")
		d := dealOf(ds, model.Acquisition, "Greyfield Capital", "Pavona Retail")
		if d == nil || d.Type != model.Acquisition {
			t.Errorf("%s %q: want Greyfield Capital buying Pavona Retail, got %+v", c.lang, c.text, ds)
		}
	}
}
