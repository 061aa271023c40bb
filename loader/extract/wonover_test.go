package extract

import (
	"testing"

	"dealwire/model"
)

// "Aggiudicarsi", "adjudicarse", "s'adjuger" (to win a company) state a
// purchase in the pluperfect too, the tense of the deals an article recalls
// ("si era aggiudicata", "se había adjudicado", "s'était adjugé").
func TestWonOverInThePluperfect(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Nel 2014 il gruppo Kravlo si era aggiudicato l'americana Brindle per 150 milioni di dollari."},
		{"es", "En 2014 el grupo Kravlo se había adjudicado la estadounidense Brindle por 150 millones de dólares."},
		{"fr", "En 2014, le groupe Kravlo s'était adjugé l'américain Brindle pour 150 millions de dollars."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Kravlo", "Brindle")
		wantDealOf(t, ds, model.Acquisition, "Kravlo", "Brindle")
	}
}
