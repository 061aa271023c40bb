package extract

import (
	"testing"

	"dealwire/model"
)

// "Schlucken" and "avaler" (to swallow) tell a takeover in every form
// ("den Rivalen Brindle zu schlucken", "Brindle, avalée en 2019").
func TestSwallowedIsTakenOver(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Im vergangenen Jahr war die Veltraco Corp mit dem Versuch gescheitert, den skandinavischen Rivalen Brindle SA zu schlucken, das Angebot war zu niedrig."},
		{"fr", "La société Brindle SA, avalée en 2019 par Veltraco Corp pour 300 millions d'euros, garde son siège à Lyon."},
	} {
		wantDealOf(t, extractTextIn(t, c.lang, c.text), model.Acquisition, "Veltraco", "Brindle")
	}
}
