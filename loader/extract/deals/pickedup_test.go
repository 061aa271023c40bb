package deals

import (
	"testing"

	"dealwire/model"
)

// "Picked up" a company, or a stake in one, is a purchase; a business
// that "went to" a buyer is sold. Picked-up contracts, awards that went to
// someone, and people who went to a company are no deals.
func TestPickedUpAndWentTo(t *testing.T) {
	wantOne(t, model.Acquisition, []langText{
		{"en", "Veltraco picked up Brindle for $30 million in 2019."},
	}, "Veltraco", "Brindle")
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco picked up a 20% stake in Brindle last year."},
	}, "Veltraco", "Brindle")
	wantOne(t, model.Divestiture, []langText{
		{"en", "Veltraco's cryogenics business, the CTI and Polycold pump lines, went to Swedish industrial group Brindle for $675 million in a deal that closed in July 2019."},
	}, "Veltraco", "Brindle")
	wantNoneOf(t, []string{model.Acquisition, model.Investment}, []langText{
		{"en", "Veltraco picked up a $50 million contract from Brindle."},
	}, "Veltraco", "Brindle")
	wantNone(t, []langText{
		{"en", "The award went to Brindle, ahead of Veltraco."},
		{"en", "Veltraco's chief executive went to Brindle in 2019."},
	}, "Veltraco", "Brindle")
}
