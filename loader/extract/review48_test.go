package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// TestMiddleInitialIsNoListedFirm: a person's middle initial, followed by
// a surname, is no listed name opening with an initial ("B. Braun",
// "K Line"): "Thomas B. Braun" is one person, read as such before
// spacedInitial let knownAt go past the initial's stop.
func TestMiddleInitialIsNoListedFirm(t *testing.T) {
	for _, c := range []struct{ body, firm string }{
		{"Microsoft bought Zentek from the investor Thomas B. Braun for $40 million.", "B. Braun"},
		{"Microsoft bought Zentek for $40 million, said analyst Peter K. Line.", "K Line"},
	} {
		cs, ds := extractAll(t, "en", c.body)
		noCompany(t, cs, c.firm)
		for _, d := range ds {
			if slices.Contains(d.Parties, c.firm) {
				t.Errorf("%q: deal %+v has %s as a party", c.body, d, c.firm)
			}
		}
	}
}

// TestScorporatoInAccountsIsNoDivestiture: "scorporato" is, in Italian
// results, as often "excluding" ("scorporato l'effetto cambi": net of
// currency effects) as the masculine participle of a spin-off: two
// companies in such a sentence make no divestiture.
func TestScorporatoInAccountsIsNoDivestiture(t *testing.T) {
	for _, body := range []string{
		"Unicredit ha chiuso il trimestre con un utile in crescita del 10%; scorporato l'effetto cambi, i ricavi di Mediobanca sono saliti del 5%.",
		"Scorporato l'effetto cambi, il fatturato di Luxottica è cresciuto del 4%, più di quello di Safilo.",
		"Eni ha scorporato il contributo di Saipem dai conti, e l'utile adjusted sale a 2 miliardi.",
		"Stellantis ha scorporato l'effetto della valuta, e i ricavi sono cresciuti rispetto a Renault.",
		"Intesa Sanpaolo propone di scorporare dal confronto gli oneri di Ubi Banca, pari a 300 milioni di euro.",
	} {
		for _, d := range extractTextIn(t, "it", body) {
			if d.Type == model.Divestiture {
				t.Errorf("%q: deal %+v, want no divestiture", body, d)
			}
		}
	}
}
