package deals

import (
	"testing"

	"dealwire/model"
)

// A unit spun off in the German past ("als Y die Sparte X abspaltete")
// is divested.
func TestSpunOffUnitIsDivested(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"de", "Eigenständig ist Quorvex seit 2012, als Veltraco die Staplersparte abspaltete."},
		{"de", "Quorvex ist unabhängig, seit Veltraco die Tochter 2015 abspaltete und an die Börse brachte."},
		{"de", "Veltraco spaltet die Sparte Quorvex ab und bringt sie an die Börse."},
		// (cases of the stop 37 review: abbreviations, commas and a long
		// clause before the particle)
		{"de", "Veltraco spaltet die Sparte Quorvex zum 1. Januar ab."},
		{"de", "Veltraco spaltet die Sparte Quorvex, die Pumpen herstellt, ab."},
		{"de", "Veltraco spaltet die Medizintechniksparte Quorvex im Rahmen einer umfassenden Neuaufstellung des gesamten Konzerns bis Ende 2025 ab."},
	}, "Veltraco", "Quorvex")
}

// A group splitting off by itself, "spaltete" of opinions and the Italian
// "scorporare" of accounts spin no unit off (cases of the stop 37
// review).
func TestSplitsThatSpinNothingOff(t *testing.T) {
	wantNoneOf(t, []string{model.Divestiture}, []langText{
		{"it", "Scorporando l'effetto cambi, i ricavi di Veltraco sono cresciuti del 4%, ha detto Quorvex."},
		{"it", "I ricavi di Veltraco, scorporata la controllata Quorvex, sono scesi del 3%."},
		{"de", "Die Frage spaltete den Aufsichtsrat von Veltraco und Quorvex."},
		{"de", "Die Frage spaltet den Aufsichtsrat von Veltraco und Quorvex."},
		{"de", "Die Frage spaltet ab sofort den Aufsichtsrat von Veltraco und Quorvex."},
		{"de", "Eigenständig ist Quorvex seit 2012, als sich das Team von Veltraco abspaltete."},
	}, "Veltraco", "Quorvex")
}
