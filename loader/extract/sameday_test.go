package extract

import (
	"testing"

	"dealwire/model"
)

// One venture told the same day by three outlets, two naming the partners
// and one a partner and the venture (Porsche and Customcells' Cellforce,
// dealdev166): one deal, where each article names every company.
func TestSameDayVentureJoinsItsTwoReadings(t *testing.T) {
	rs := []report{
		dated(rep(0, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
		dated(rep(1, model.JointVenture, "", 0, "Veltraco", "Brindle"), "2021-06-21"),
		dated(rep(2, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
	}
	arts := articlesNaming(3, rs, false)
	if got := cluster(arts, rs); len(got) != 1 || len(got[0].Sources) != 3 {
		t.Fatalf("%+v: want one venture told by three outlets", got)
	}
}

// Two ventures a company sets up on one day with two others, each told by
// outlets that name only its own partner, stay two.
func TestSameDayVenturesWithOthersStayApart(t *testing.T) {
	rs := []report{
		dated(rep(0, model.JointVenture, "", 0, "Veltraco", "Quorvex"), "2021-06-21"),
		dated(rep(1, model.JointVenture, "", 0, "Veltraco", "Brindle"), "2021-06-21"),
	}
	if got := clusterNaming(2, rs, true); len(got) != 2 {
		t.Fatalf("%+v: want the two ventures apart", got)
	}
}
