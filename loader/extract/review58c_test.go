package extract

import (
	"testing"

	"dealwire/model"
)

// A carve-out before (or after) a change of owner: Hexcorp sells Quisby
// to Tarnell in June 2021 (two outlets, a sale told seller first), and a
// piece on Ferrow Group says "In 2021 Quisby sold it its coatings arm"
// (rightly Ferrow; it recalls Hexcorp's sale of Quisby to Tarnell too).
// Quisby is what is sold in the one and the seller in the other: two
// sales. The pass guards the host's seller (TestReview58bSoldThenSelling)
// but not the guess's own: joined, Ferrow is outvoted by Tarnell and its
// purchase of the coatings arm is lost.
func TestReview58cUnitSaleBesideTheSaleOfItsSeller(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Divestiture, "Tarnell", 0, "Hexcorp", "Quisby", "Tarnell"), "2021-06"),
		dated(rep(1, model.Divestiture, "Tarnell", 0, "Hexcorp", "Quisby", "Tarnell"), "2021-06-03"),
		guessedBy(dated(rep(2, model.Divestiture, "Ferrow Group", 0, "Quisby", "Ferrow Group"), "2021"), "Ferrow Group"),
	}, false)
	if len(got) != 2 || dealWith(got, "Quisby", "Ferrow Group") == nil {
		t.Fatalf("%+v: want Hexcorp's sale of Quisby apart from Quisby's sale of a unit to Ferrow", got)
	}
}

// The same with the first sale's buyer undisclosed ("Hexcorp sells
// Quisby", two outlets, June 2021) beside "In 2021 Quisby sold it its
// coatings arm" in a piece on Ferrow Group. Joined, no buyer outvotes
// Ferrow and the row says Hexcorp sold Quisby to Ferrow, which no outlet
// told.
func TestReview58cUnitSaleBesideAnUndisclosedSale(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Divestiture, "", 0, "Hexcorp", "Quisby"), "2021-06"),
		dated(rep(1, model.Divestiture, "", 0, "Hexcorp", "Quisby"), "2021-06-03"),
		guessedBy(dated(rep(2, model.Divestiture, "Ferrow Group", 0, "Quisby", "Ferrow Group"), "2021"), "Ferrow Group"),
	}, false)
	if dealWith(got, "Hexcorp", "Ferrow Group") != nil || len(got) != 2 {
		t.Fatalf("%+v: want Hexcorp's sale of Quisby apart from Quisby's sale of a unit to Ferrow", got)
	}
}

// A topping bid: two outlets tell Brightmoor's agreed (announced, not
// closed) offer for Calderon Foods in March 2023; a profile of Pellington
// says "It bought Calderon in 2023" (unpriced, completed, rightly
// Pellington, which later topped the offer; it names Brightmoor's agreed
// deal). Joined, Pellington is outvoted and the row says Brightmoor
// completed its purchase, which it never did: Pellington's purchase must
// stay, and Brightmoor's offer stays announced.
func TestReview58cToppingBid(t *testing.T) {
	won := guessedBy(dated(rep(2, model.Acquisition, "Pellington", 0, "Pellington", "Calderon Foods"), "2023"), "Pellington")
	won.Status = model.Completed
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Brightmoor", 0, "Brightmoor", "Calderon Foods"), "2023-03"),
		dated(rep(1, model.Acquisition, "Brightmoor", 0, "Brightmoor", "Calderon Foods"), "2023-03-21"),
		won,
	}, false)
	if d := dealWith(got, "Brightmoor", "Calderon Foods"); d == nil || d.Status != model.Announced {
		t.Fatalf("%+v: Brightmoor's pending offer made completed", got)
	}
	if dealWith(got, "Pellington", "Calderon Foods") == nil {
		t.Fatalf("%+v: Pellington's purchase of Calderon lost", got)
	}
}

// A purchase in two steps told by one article: two outlets say Valora
// bought Ditsch in 2012; a piece on FEMSA says "Elle a pris 51% de Ditsch
// en janvier 2012 pour 100 millions, puis le solde en novembre pour 90
// millions", its "Elle" read as FEMSA: two reports of one article, two
// months and two prices apart, which mergeWithin leaves apart and the
// clustering keeps in two groups (one report of an article per deal).
// Each alone passes every guard beside Valora's row, so both join it:
// the row cites the article twice, takes one step's price and month, and
// keeps FEMSA as a side of Valora's purchase (its one article counted as
// two naming it, so not outvoted): "Valora acquires Ditsch, FEMSA for
// $100m". The guesses joined into one host are never compared with each
// other (one article, prices 10% apart).
func TestReview58cTwoStepsOfOneArticle(t *testing.T) {
	step := func(value float64, date string) report {
		r := guessedBy(dated(rep(2, model.Acquisition, "FEMSA", value, "FEMSA", "Ditsch"), date), "FEMSA")
		r.Status = model.Completed
		return r
	}
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		dated(rep(1, model.Acquisition, "Valora", 0, "Valora", "Ditsch"), "2012"),
		step(100e6, "2012-01"),
		step(90e6, "2012-11"),
	}, false)
	if dealWith(got, "Valora", "FEMSA") != nil {
		t.Fatalf("%+v: FEMSA made a side of Valora's purchase of Ditsch", got)
	}
	for _, d := range got {
		seen := map[string]bool{}
		for _, s := range d.Sources {
			if seen[s.Article] {
				t.Fatalf("%+v: article %s cited twice by one deal", got, s.Article)
			}
			seen[s.Article] = true
		}
	}
}
