// The review of da207f1 (a report bridging two groups): each case failed
// at da207f1 and passed at its parent. Lumped purchases of one buyer in one
// year, unpriced, must stay apart.

package extract

import (
	"testing"

	"dealwire/model"
)

func rv53dDump(t *testing.T, ds []model.Deal) {
	t.Helper()
	for _, d := range ds {
		var arts []string
		for _, s := range d.Sources {
			arts = append(arts, s.Article)
		}
		t.Logf("  %s %v value=%v date=%s sources=%v", d.Type, d.Parties, d.Value, d.Date, arts)
	}
}

// rv53dTogether: one deal has sources from both articles.
func rv53dTogether(ds []model.Deal, x, y string) bool {
	for _, d := range ds {
		hx, hy := false, false
		for _, s := range d.Sources {
			hx = hx || s.Article == x
			hy = hy || s.Article == y
		}
		if hx && hy {
			return true
		}
	}
	return false
}

// One outlet lumps two purchases of one buyer in one year into one
// sentence; two others tell each purchase alone. Two deals.
func TestRv53dLumpedTwoPurchasesCluster(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	dated := func(r report) report { r.Date = "2005"; return r }
	got := cluster(arts, []report{
		dated(rep(0, model.Acquisition, "Brindle", 0, "Brindle", "Quorvex")),
		dated(rep(1, model.Acquisition, "Brindle", 0, "Brindle", "Daxmoor")),
		dated(rep(2, model.Acquisition, "Brindle", 0, "Brindle", "Quorvex", "Daxmoor")),
	})
	if len(got) != 2 {
		rv53dDump(t, got)
		t.Errorf("%d deals, want 2", len(got))
	}
}

func TestRv53dLumpedTwoPurchasesText(t *testing.T) {
	rv53dRun(t, []string{"Brindle", "Quorvex", "Daxmoor"}, "a0", "a1",
		"en|Brindle bought Quorvex in 2005. The deal made Brindle the largest maker of valves in Europe.",
		"en|Brindle acquired Daxmoor in 2005. Daxmoor makes pumps in Ohio.",
		"en|In 2005 Brindle bought Quorvex and Daxmoor, two makers of industrial equipment.",
	)
}

func rv53dRun(t *testing.T, known []string, x, y string, bodies ...string) {
	t.Helper()
	ds := extractKnownLangs(t, known, bodies...)
	rv53dDump(t, ds)
	if rv53dTogether(ds, x, y) {
		t.Errorf("%s and %s, two deals, merged into one", x, y)
	}
}

// The lumped total: each outlet tells a price of its own purchase.
func TestRv53dLumpedTotal(t *testing.T) {
	rv53dRun(t, []string{"Brindle", "Quorvex", "Daxmoor"}, "a0", "a1",
		"en|Brindle bought Quorvex in 2005.",
		"en|Brindle bought Daxmoor in 2005.",
		"en|In 2005 Brindle bought Quorvex and Daxmoor for a total of 5 billion euros.",
	)
}

// A sale of a unit (seller, buyer, target) beside the buyer's purchase of
// the seller's rival... the seller itself, in the same year.
func TestRv53dThreePartySale(t *testing.T) {
	rv53dRun(t, []string{"Brindle", "Quorvex", "Halvorsen"}, "a0", "a1",
		"en|Brindle bought Quorvex in 2019.",
		"en|Brindle acquired Halvorsen in 2019.",
		"en|In 2019 Brindle bought Quorvex from Halvorsen.",
	)
}

// Each purchase told by two outlets (Italian, Spanish, English), one more
// outlet lumping both: still two deals.
func TestRv53dLumpedManyOutlets(t *testing.T) {
	rv53dRun(t, []string{"Brindle", "Quorvex", "Daxmoor"}, "a0", "a2",
		"it|Nel 2019 Brindle ha acquisito Quorvex.",
		"en|Brindle bought Quorvex in 2019.",
		"es|Brindle compró Daxmoor en 2019.",
		"en|Brindle acquired Daxmoor in 2019.",
		"en|In 2019 Brindle bought Quorvex and Daxmoor.",
	)
}

// One purchase priced, the other not: the merged deal takes the first's
// price for both companies.
func TestRv53dLumpedPricedOne(t *testing.T) {
	rv53dRun(t, []string{"Brindle", "Quorvex", "Daxmoor"}, "a0", "a1",
		"en|Brindle bought Quorvex for 3 billion euros in 2005.",
		"en|Brindle bought Daxmoor in 2005.",
		"en|In 2005 Brindle bought Quorvex and Daxmoor.",
	)
}
