package deals

import (
	"testing"

	"dealwire/model"
)

// Taking full or sole ownership of a company buys all of it: no stake.
func TestTakingFullOwnershipBuys(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "In 2011 Veltraco took full ownership of Quorvex, a maker of hydraulic controls."},
		{"en", "Veltraco has since taken sole ownership of Quorvex."},
		{"en", "Veltraco acquired full ownership of Quorvex in 2019 for $120 million."},
	}, "Veltraco", "Quorvex")
}

// An ownership interest bought is still a stake; a company held under
// another's ownership is no deal of it.
func TestOwnershipInterestIsAStake(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "In 2011 Veltraco bought a 20% ownership interest in Quorvex."},
	}, "Veltraco", "Quorvex")
	wantNoneOf(t, []string{model.Acquisition}, []langText{
		{"en", "Quorvex has been under full Veltraco ownership since 2011 and sells pumps."},
	}, "Veltraco", "Quorvex")
}
