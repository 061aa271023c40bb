package extract

import (
	"testing"

	"dealwire/model"
)

// One venture told the same day by three outlets, two naming the partners
// and one a partner and the venture, its sentence naming the other
// partner too (Porsche and Customcells' Cellforce, dealdev166): one deal,
// where each article names every company.
func TestSameDayVentureJoinsItsTwoReadings(t *testing.T) {
	venture := dated(rep(1, model.JointVenture, "", 0, "Veltraco", "Brindle"), "2021-06-21")
	venture.Evidence = "Veltraco and Quorvex set up Brindle, which will make battery cells."
	rs := []report{
		dated(rep(0, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
		venture,
		dated(rep(2, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
	}
	arts := articlesNaming(3, rs, false)
	if got := cluster(arts, rs); len(got) != 1 || len(got[0].Sources) != 3 {
		t.Fatalf("%+v: want one venture told by three outlets", got)
	}
}

// Two ventures a company sets up on one day with two others, each told by
// outlets whose sentences name only its own partner, stay two, even where
// each article names the other partner in passing.
func TestSameDayVenturesWithOthersStayApart(t *testing.T) {
	rs := []report{
		dated(rep(0, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
		dated(rep(1, model.JointVenture, "", 0, "Veltraco", "Brindle"), "2021-06-21"),
	}
	for _, ownOnly := range []bool{true, false} {
		if got := clusterNaming(2, rs, ownOnly); len(got) != 2 {
			t.Fatalf("%+v: want the two ventures apart", got)
		}
	}
}
