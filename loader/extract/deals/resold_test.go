package deals

import (
	"testing"

	"dealwire/model"
)

// A business sold on or back is a sale, in every language read:
// "zurückverkauft", "weiterverkauft", "revendu", "rivenduto", "revendió".
func TestResoldIsASale(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Ende März hat Veltraco das Werk an Quorvex zurückverkauft."},
		{"de", "Veltraco hat die Sparte 2015 an Quorvex weiterverkauft."},
		{"fr", "En 2015, Veltraco a revendu sa filiale à Quorvex."},
		{"it", "Veltraco ha rivenduto la controllata a Quorvex per 100 milioni di euro."},
		{"es", "Veltraco revendió su filial a Quorvex por 100 millones de euros."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2024-03-05")
		if len(got) != 1 || got[0].Type != model.Divestiture {
			t.Errorf("%s %q: %+v, want one sale", c.lang, c.text, got)
		}
	}
}
