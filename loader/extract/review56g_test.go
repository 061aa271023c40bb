package extract

import (
	"testing"

	"dealwire/model"
)

// Review g of stop 56 (17d89a6): "de bilan" after an amount may be what
// is handed over, not a company's size; the amount stays the price.
func TestReview56gFrBilan(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{name: "fr_cede_bilan", bodies: []string{"fr|Quorvex cède à Veltraco 2 milliards d'euros de bilan."}, check: valuedDeal(model.Acquisition, 2e9, "Quorvex", "Veltraco")},
	})
}
