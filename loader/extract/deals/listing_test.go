package deals

import (
	"testing"

	"dealwire/model"
)

// A company that floated, with no object, listed itself: no company is
// sold ("a busy year for the publisher, which floated in Tokyo last
// December"), whoever else the sentence names.
func TestFloatingItselfIsNoSale(t *testing.T) {
	wantNoneOf(t, []string{model.Divestiture}, []langText{
		{"en", "It has been a busy year for Veltraco, which floated in Tokyo last December and bought a stake in Brindle."},
		{"en", "Veltraco floated on the Nasdaq in 2019, two years after Brindle's flotation."},
	}, "Veltraco", "Brindle")
}

// A company floated by another is sold by it, whether the object stands
// before the verb ("Veltraco, which Brindle floated in 2015") or the verb
// is passive.
func TestFloatedByAnother(t *testing.T) {
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco Systems, which Brindle Group floated in 2015, has since doubled its revenue."},
	}, "Veltraco", "Brindle")
}
