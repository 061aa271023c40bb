package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A venture the two already hold, named by its own name, stays a deal of
// its own beside their merger: only a venture the sentence gives no name
// is the merger told again (see TestReview49aMergerRetoldAsItsVentureIsOneDeal).
func TestNamedVentureOfTheTwoBesideTheirMerger(t *testing.T) {
	ds := extractTextIn(t, "fr", "Veltraco et Quorvex vont fusionner, a annoncé Veltraco. Quorvex détiendra 50 % du nouveau groupe. "+
		"Les deux groupes ne partent pas de zéro : ils contrôlent déjà à 50/50 Brindle Seeds, leur coentreprise nord-américaine.", "Veltraco", "Quorvex", "Brindle Seeds")
	var venture bool
	for _, d := range ds {
		if d.Type == model.JointVenture && slices.Contains(d.Parties, "Brindle Seeds") {
			venture = true
		}
	}
	if !venture {
		t.Errorf("deals %+v, want the venture Brindle Seeds", ds)
	}
}
