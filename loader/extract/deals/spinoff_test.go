package deals

import (
	"testing"

	"dealwire/model"
)

// A unit spun off, in the Italian "scorporare" and the German past of
// "abspalten", is divested.
func TestSpunOffUnitIsDivested(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"it", "Nel febbraio 2016 Veltraco ha scorporato la controllata Quorvex e l'ha quotata a Londra."},
		{"it", "Veltraco scorporerà la controllata Quorvex entro l'anno."},
		{"de", "Im September 2012 spaltete Veltraco die Staplersparte Quorvex ab."},
		{"de", "Eigenständig ist Quorvex seit 2012, als Veltraco die Staplersparte abspaltete."},
	}, "Veltraco", "Quorvex")
}
