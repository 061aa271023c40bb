package extract

import (
	"testing"

	"dealwire/model"
)

// Review b of stop 56 (fd1dab6): inputs read wrong at fd1dab6, right at
// 5f935b7.
// Review b of stop 56 (fd1dab6): inputs the batch read wrong, right at 5f935b7.
func TestReview56bDeals(t *testing.T) {
	runReviewCases(t, []reviewCase{
		// 1. the opening company made a partner of a venture it does not own
		{"v_en_shares_fell", nil, []string{"en|Brindle shares fell after Daxmoor, a joint venture with Quorvex, won the tender."}, noDealBetween("Brindle", "Quorvex")},
		{"v_en_stock_rose", nil, []string{"en|Brindle stock rose 5% after Daxmoor, a joint venture with Quorvex, won the tender."}, noDealBetween("Brindle", "Quorvex")},
		{"v_en_when", nil, []string{"en|When Brindle left the market, Daxmoor, a joint venture with Quorvex, took its place."}, noDealBetween("Brindle", "Quorvex")},
		{"v_en_unlike", nil, []string{"en|Unlike Brindle, Daxmoor, a joint venture with Quorvex, kept its prices."}, noDealBetween("Brindle", "Quorvex")},
		{"v_it_titolo", nil, []string{"it|Il titolo Brindle è sceso dopo che Daxmoor, una joint venture con Quorvex, ha vinto la gara."}, noDealBetween("Brindle", "Quorvex")},
		{"v_fr_action", nil, []string{"fr|L'action Brindle a chuté après que Daxmoor, une coentreprise avec Quorvex, a remporté l'appel d'offres."}, noDealBetween("Brindle", "Quorvex")},
		{"v_de_aktie", nil, []string{"de|Brindle-Aktien fielen, nachdem Daxmoor, ein Joint Venture mit Quorvex, den Auftrag gewann."}, noDealBetween("Brindle", "Quorvex")},
		{"v_de_fiel", nil, []string{"de|Brindle fiel um 5 Prozent, nachdem Daxmoor, ein Gemeinschaftsunternehmen mit Quorvex, den Zuschlag erhielt."}, noDealBetween("Brindle", "Quorvex")},
		// 2. "Joint Venture" inside a company's own name
		{"n_de_jv_gmbh_deal", []string{"Quorvex"}, []string{"de|Quorvex übernimmt die Halden Joint Venture GmbH für 300 Millionen Euro."}, keepsDeal(model.Acquisition, "Quorvex", "Halden Joint Venture")},
		{"n_en_vsp_deal", []string{"Quorvex"}, []string{"en|Quorvex agreed to buy Vietsovpetro Joint Venture for $300 million."}, exactDeal(model.Acquisition, "Quorvex", "Vietsovpetro Joint Venture")},
	})
}

func TestReview56bNames(t *testing.T) {
	wantCompaniesIn(t, []companyCase{
		{"en", "Quorvex agreed to buy Vietsovpetro Joint Venture for $300 million.", "Vietsovpetro Joint Venture"},
		{"en", "Quorvex agreed to buy Halden Joint Venture LLC for $300 million.", "Halden Joint Venture"},
		{"de", "Quorvex übernimmt die Halden Joint Venture GmbH für 300 Millionen Euro.", "Halden Joint Venture"},
		{"it", "Quorvex ha comprato la Halden Joint Venture Srl per 300 milioni di euro.", "Halden Joint Venture"},
		{"fr", "Quorvex a racheté Halden Joint Venture SA pour 300 millions d'euros.", "Halden Joint Venture"},
		{"es", "Quorvex compró Halden Joint Venture SA por 300 millones de euros.", "Halden Joint Venture"},
	}, "Quorvex")
}
