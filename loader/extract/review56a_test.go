package extract

import (
	"testing"

	"dealwire/model"
)

// Review a of stop 56 (5f935b7): inputs the batch read wrong, right at 4999d15.
func TestReview56aDeals(t *testing.T) {
	runReviewCases(t, []reviewCase{
		// 1. contracts for work
		{"en_bidding_rivals", nil, []string{"en|Veltraco and Quorvex are both bidding for the contract for the construction of the new bridge."}, noDealBetween("Veltraco", "Quorvex")},
		{"it_rivals_contract", nil, []string{"it|Veltraco ha strappato a Quorvex il contratto per la costruzione del nuovo ponte."}, noDealBetween("Veltraco", "Quorvex")},
		// 2. securing
		{"it_secured_as_client", nil, []string{"it|Veltraco si è assicurata Quorvex come cliente per i prossimi cinque anni."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"fr_secured_as_client", nil, []string{"fr|Veltraco s'est assuré Quorvex comme client pour cinq ans."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"de_secured_order", nil, []string{"de|Veltraco sicherte sich einen Großauftrag des Autobauers Quorvex."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"de_secured_support", nil, []string{"de|Veltraco hat sich die Unterstützung des Großaktionärs Quorvex gesichert."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		{"it_secured_sponsor", nil, []string{"it|Veltraco si è assicurata Quorvex come sponsor di maglia fino al 2027."}, noFalseDeal(model.Acquisition, "Veltraco", "Quorvex")},
		// 3. combined with
		{"en_combined_trial", nil, []string{"en|In the trial, a drug made by Veltraco combined with chemotherapy from Quorvex cut tumours by half."}, noDealBetween("Veltraco", "Quorvex")},
		{"en_combined_share", nil, []string{"en|Veltraco combined with Quorvex and Brindle controls 60% of the market, regulators said."}, noFalseDeal(model.Merger, "Veltraco", "Quorvex")},
		{"en_combined_bid", nil, []string{"en|Veltraco combined with Quorvex to win the contract for the metro line."}, noFalseDeal(model.Merger, "Veltraco", "Quorvex")},
		// 4. goods sold
		{"en_sells_uk_arm_apposition", nil, []string{"en|Veltraco sells UK dairy arm, its last foreign business, to Quorvex for $300 million."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"en_sells_cement_plants_list", nil, []string{"en|Veltraco sells cement plants in Germany, Poland and Hungary to Quorvex for $1.2 billion."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"it_vende_cementerie", nil, []string{"it|Veltraco vende cementerie in Italia, Grecia e Turchia a Quorvex per 1,2 miliardi di euro."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"es_vende_cementeras", nil, []string{"es|Veltraco vende cementeras en México, Colombia y Perú a Quorvex por 500 millones de dólares."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"fr_vend_cimenteries", nil, []string{"fr|Veltraco vend cimenteries en Allemagne, Pologne et Hongrie à Quorvex pour 1,2 milliard d'euros."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		{"en_sells_off", nil, []string{"en|Veltraco sells off cement plants in Germany, Poland and Hungary to Quorvex."}, keepsDeal(model.Divestiture, "Veltraco", "Quorvex")},
		// 5. fractions am/an
		{"de_third_to", nil, []string{"de|Veltraco verkauft ein Drittel an Quorvex, den Rest behält der Konzern."}, actingFirst(model.Divestiture, "Veltraco", "Quorvex")},
	})
}

func TestReview56aNames(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Customers Bancorp agreed to buy Quorvex for $300 million.", "Customers Bancorp"},
		{"en", "Quorvex agreed to buy Brindle. Customers Bancorp shares fell.", "Customers Bancorp"},
	} {
		cs := companiesIn(t, c.lang, c.text, "Quorvex", "Brindle")
		if !hasCompany(cs, c.want) {
			t.Errorf("%s: %q: companies %+v, want %s", c.lang, c.text, cs, c.want)
		}
	}
	if cs := companiesIn(t, "en", "Buyers Edge Platform agreed to buy Quorvex for $300 million.", "Quorvex"); hasCompany(cs, "Edge Platform") {
		t.Errorf("invented company Edge Platform: %+v", cs)
	}
	runReviewCases(t, []reviewCase{
		{"en_customers_bancorp_deal", []string{"Quorvex"}, []string{"en|Customers Bancorp agreed to buy Quorvex for $300 million."}, keepsDeal(model.Acquisition, "Customers Bancorp", "Quorvex")},
		{"en_buyers_edge_deal", []string{"Quorvex"}, []string{"en|Buyers Edge Platform agreed to buy Quorvex for $300 million."}, noFalseDeal(model.Acquisition, "Edge Platform", "Quorvex")},
	})
}
