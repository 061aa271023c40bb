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
		{"en", "Veltraco, which Brindle once owned, floated last year."},
	}, "Veltraco", "Brindle")
}
