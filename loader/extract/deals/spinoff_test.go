package deals

import (
	"testing"

	"dealwire/model"
)

// A unit spun off, in the Italian "scorporare" and the German
// "abspaltete", is divested.
func TestSpunOffUnitIsDivested(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"it", "Nel febbraio 2016 Veltraco ha scorporato la controllata Quorvex e l'ha quotata a Londra."},
		{"it", "Veltraco scorporerà la controllata Quorvex entro l'anno."},
		{"it", "Quorvex è indipendente dal 2016, quando Veltraco l'ha scorporata."},
		{"de", "Eigenständig ist Quorvex seit 2012, als Veltraco die Staplersparte abspaltete."},
	}, "Veltraco", "Quorvex")
}

// What accounts take out ("scorporati gli effetti", "l'IVA"), a group
// splitting off by itself, and "spaltete" of opinions spin no unit off
// (cases of the stop 37 review).
func TestSplitsThatSpinNothingOff(t *testing.T) {
	wantNoneOf(t, []string{model.Divestiture}, []langText{
		{"it", "Scorporando l'effetto cambi, i ricavi di Veltraco sono cresciuti del 4%, ha detto Quorvex."},
		{"it", "Al netto delle poste scorporate, l'utile di Veltraco è salito del 12%, ha detto Quorvex."},
		{"it", "Secondo i dati scorporati da Quorvex, Veltraco ha perso quote di mercato."},
		{"de", "Die Frage spaltete den Aufsichtsrat von Veltraco und Quorvex."},
		{"de", "Eigenständig ist Quorvex seit 2012, als sich das Team von Veltraco abspaltete."},
	}, "Veltraco", "Quorvex")
	// the purchase of the unit stays the buyer's
	got := Find(sentence("La rete scorporata da Veltraco è stata acquistata da Quorvex.", "Veltraco", "Quorvex"), "it", "")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Quorvex" {
		t.Errorf("the unit bought: %+v, want one acquisition by Quorvex", got)
	}
}
