package extract

import (
	"testing"

	"dealwire/model"
)

// Review e of stop 56 (7d654e3): inputs read wrong at dff439b, right at
// 7d654e3^. A Norwegian "og" quoted in another language's text joins two
// companies into one.
// Review e of stop 56 (7d654e3): "og" joining two Norwegian companies quoted in German.
func TestReview56eNames(t *testing.T) {
	text := `Die Reedereien Fjordvik og Kystline wollen fusionieren, berichtete die Zeitung. Fjordvik übernimmt Kystline für 300 Millionen Euro.`
	if cs := companiesIn(t, "de", text, "Quorvex", "Brindle"); hasCompany(cs, "Fjordvik og Kystline") {
		t.Errorf("two companies merged into Fjordvik og Kystline: %+v", cs)
	}
}

func TestReview56eDeals(t *testing.T) {
	runReviewCases(t, []reviewCase{
		{"de_og_asa_quote", []string{"Quorvex"}, []string{`de|„Fjordvik ASA og Kystline ASA fusjonerer“, meldete die Zeitung Dagens Næringsliv. Fjordvik ASA übernimmt Kystline ASA für 300 Millionen Euro.`}, keepsDeal(model.Acquisition, "Fjordvik", "Kystline")},
	})
}
