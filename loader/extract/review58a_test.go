package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Rival bids: two outlets tell Brightmoor's $1.00bn offer for Calderon
// Foods in 2023; a third, about Pellington, tells "It made a rival
// $1.08bn offer for Calderon" (its "It" rightly read as Pellington). Two
// bids, two deals: Pellington's bid must stay, with Pellington in it.
func TestReview58aRivalBidder(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Brightmoor", 1.0e9, "Brightmoor", "Calderon Foods"), "2023-03"),
		dated(rep(1, model.Acquisition, "Brightmoor", 1.0e9, "Brightmoor", "Calderon Foods"), "2023-03"),
		guessedBy(dated(rep(2, model.Acquisition, "Pellington", 1.08e9, "Pellington", "Calderon Foods"), "2023-05"), "Pellington"),
	}, false)
	if len(got) != 2 || dealWith(got, "Pellington", "Calderon Foods") == nil {
		t.Fatalf("%+v: want Brightmoor's and Pellington's rival bids as two deals", got)
	}
}

// A company sold twice in one year: private-equity firm Stonecrest
// bought Orvalo Packaging in February 2019 (told only by an article on
// Stonecrest: "In February it bought Orvalo"), and flipped it to Hexbridge
// in November (two outlets: "Hexbridge acquires Orvalo", its seller not
// named). Two purchases, two deals; Stonecrest's must not vanish.
func TestReview58aFlippedInOneYear(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Hexbridge", 0, "Hexbridge", "Orvalo Packaging"), "2019-11-12"),
		dated(rep(1, model.Acquisition, "Hexbridge", 0, "Hexbridge", "Orvalo Packaging"), "2019-11"),
		guessedBy(dated(rep(2, model.Acquisition, "Stonecrest", 0, "Stonecrest", "Orvalo Packaging"), "2019-02"), "Stonecrest"),
	}, false)
	if len(got) != 2 || dealWith(got, "Stonecrest", "Orvalo Packaging") == nil {
		t.Fatalf("%+v: want Stonecrest's February purchase apart from Hexbridge's November one", got)
	}
}

// A conglomerate reshaping its portfolio sells two units in one year:
// Tarnell buys Quisby's coatings arm for $400m (two outlets), and an
// article on Ferrow Group says "It bought Quisby's adhesives business in
// 2021" (unpriced). Two buyers of two units: two deals, Ferrow kept.
func TestReview58aTwoUnitsSoldInOneYear(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Tarnell", 400e6, "Tarnell", "Quisby"), "2021-06"),
		dated(rep(1, model.Acquisition, "Tarnell", 400e6, "Tarnell", "Quisby"), "2021-06-03"),
		guessedBy(dated(rep(2, model.Acquisition, "Ferrow Group", 0, "Ferrow Group", "Quisby"), "2021"), "Ferrow Group"),
	}, true)
	if len(got) != 2 || dealWith(got, "Ferrow Group", "Quisby") == nil {
		t.Fatalf("%+v: want Tarnell's and Ferrow's purchases from Quisby as two deals", got)
	}
}

// Several investors in one startup in one year: Velloran Ventures leads
// Kestrly's $20m Series A in 2022 (two outlets); a profile of Mordant
// Capital says "It also backed Kestrly in 2022" (its seed round). Whether
// one round or two, Mordant invested: it must not vanish from every deal.
func TestReview58aTwoInvestorsInOneStartup(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Investment, "Velloran Ventures", 20e6, "Velloran Ventures", "Kestrly"), "2022-09"),
		dated(rep(1, model.Investment, "Velloran Ventures", 20e6, "Velloran Ventures", "Kestrly"), "2022-09-14"),
		guessedBy(dated(rep(2, model.Investment, "Mordant Capital", 0, "Mordant Capital", "Kestrly"), "2022"), "Mordant Capital"),
	}, true)
	if dealWith(got, "Mordant Capital", "Kestrly") == nil {
		t.Fatalf("%+v: Mordant's investment in Kestrly lost", got)
	}
}

// Two activists build stakes in one listed company in one year: Brayford
// Partners takes a stake in Olmstead Retail (two outlets), and a piece on
// Kelvar Capital says "It bought a 4% stake in Olmstead in 2024". Two
// stakes, two deals.
func TestReview58aTwoActivistStakes(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Investment, "Brayford Partners", 0, "Brayford Partners", "Olmstead Retail"), "2024-02"),
		dated(rep(1, model.Investment, "Brayford Partners", 0, "Brayford Partners", "Olmstead Retail"), "2024-02"),
		guessedBy(dated(rep(2, model.Investment, "Kelvar Capital", 0, "Kelvar Capital", "Olmstead Retail"), "2024-07"), "Kelvar Capital"),
	}, false)
	if len(got) != 2 || dealWith(got, "Kelvar Capital", "Olmstead Retail") == nil {
		t.Fatalf("%+v: want Brayford's and Kelvar's stakes as two deals", got)
	}
}

// A biotech licenses two drugs in one year: Ostrava Bio licenses a
// candidate to Pharmedic for $40m upfront (two outlets), and an article on
// Lunex says "It licensed a second compound from Ostrava for $42m". Two
// licences, two deals. (Were "It" a misreading of Pharmedic, the deal
// would be Pharmedic's alone: read either way, no licence lists
// Pharmedic and Lunex as co-licensees.)
func TestReview58aTwoLicencesOfOneLicensor(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Licensing, "", 40e6, "Pharmedic", "Ostrava Bio"), "2020-01"),
		dated(rep(1, model.Licensing, "", 40e6, "Pharmedic", "Ostrava Bio"), "2020-01"),
		guessedBy(dated(rep(2, model.Licensing, "", 42e6, "Lunex", "Ostrava Bio"), "2020-10"), "Lunex"),
	}, false)
	if dealWith(got, "Pharmedic", "Lunex") != nil {
		t.Fatalf("%+v: one licence of Pharmedic and Lunex", got)
	}
}

// Two outlets rewriting one press release of Graydon both read "It
// acquired Wrenfield in 2018" (rightly Graydon); another outlet tells
// Harcastle buying Wrenfield in 2018 — a rival that lost, or a later
// flip. The joined row must not list Graydon as a third party of
// Harcastle's purchase: two deals.
func TestReview58aTwoOutletsGuessTheSameBuyer(t *testing.T) {
	got := clusterNaming(4, []report{
		dated(rep(0, model.Acquisition, "Harcastle", 0, "Harcastle", "Wrenfield"), "2018-04"),
		dated(rep(3, model.Acquisition, "Harcastle", 0, "Harcastle", "Wrenfield"), "2018-04"),
		guessedBy(dated(rep(1, model.Acquisition, "Graydon", 0, "Graydon", "Wrenfield"), "2018-09"), "Graydon"),
		guessedBy(dated(rep(2, model.Acquisition, "Graydon", 0, "Graydon", "Wrenfield"), "2018-09"), "Graydon"),
	}, false)
	for _, d := range got {
		if slices.Contains(d.Parties, "Graydon") && slices.Contains(d.Parties, "Harcastle") {
			t.Fatalf("%+v: one deal of two buyers", got)
		}
	}
}

// A rail supplier wins two contracts of like size in one year: Ostrel
// Rail wins a $120m train order from Kormak Transit (two outlets), and a
// piece on the Dunmore metro says "It awarded Ostrel a $126m contract for
// signalling". Two contracts, two deals; whichever way "It" is read, no
// contract lists Kormak and Dunmore as one buyer side.
func TestReview58aSupplierWinsTwoContracts(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Supply, "", 120e6, "Kormak Transit", "Ostrel Rail"), "2022-03"),
		dated(rep(1, model.Supply, "", 120e6, "Kormak Transit", "Ostrel Rail"), "2022-03"),
		guessedBy(dated(rep(2, model.Supply, "", 126e6, "Dunmore Metro", "Ostrel Rail"), "2022-08"), "Dunmore Metro"),
	}, false)
	if dealWith(got, "Kormak Transit", "Dunmore Metro") != nil {
		t.Fatalf("%+v: one contract of Kormak and Dunmore", got)
	}
}

// A bankrupt retailer's assets are sold piecemeal in one year at like
// prices: Saxby buys Pemberly Stores' shops for $30m (two outlets), and a
// piece on Tolland Brands says "It bought Pemberly's brand and website
// for $32m". Prices 6% apart are no proof of one deal: two purchases.
func TestReview58aBankruptAssetsToTwoBuyers(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Saxby", 30e6, "Saxby", "Pemberly Stores"), "2020-07"),
		dated(rep(1, model.Acquisition, "Saxby", 30e6, "Saxby", "Pemberly Stores"), "2020-07"),
		guessedBy(dated(rep(2, model.Acquisition, "Tolland Brands", 32e6, "Tolland Brands", "Pemberly Stores"), "2020-08"), "Tolland Brands"),
	}, false)
	if len(got) != 2 || dealWith(got, "Tolland Brands", "Pemberly Stores") == nil {
		t.Fatalf("%+v: want Saxby's and Tolland's purchases as two deals", got)
	}
}

// A hotel group sells two portfolios in one year at like prices: Rennick
// Hotels sells ten hotels to Aldmore REIT for €210m (two outlets, told as
// a sale, seller first), and a piece on Castellane Capital says "In 2019
// Rennick sold the fund a further portfolio for €200m". Two sales.
func TestReview58aTwoPortfolioSales(t *testing.T) {
	eur := func(r report) report {
		r.Value.Currency = "EUR"
		return r
	}
	got := clusterNaming(3, []report{
		eur(dated(rep(0, model.Divestiture, "Aldmore REIT", 210e6, "Rennick Hotels", "Aldmore REIT"), "2019-04")),
		eur(dated(rep(1, model.Divestiture, "Aldmore REIT", 210e6, "Rennick Hotels", "Aldmore REIT"), "2019-04")),
		guessedBy(eur(dated(rep(2, model.Divestiture, "Castellane Capital", 200e6, "Rennick Hotels", "Castellane Capital"), "2019-10")), "Castellane Capital"),
	}, false)
	if len(got) != 2 || dealWith(got, "Castellane Capital", "Rennick Hotels") == nil {
		t.Fatalf("%+v: want Aldmore's and Castellane's purchases from Rennick as two deals", got)
	}
}

// The join meant to happen, one purchase: Valmor buys Dinsel for $400m
// (two outlets), and a third outlet, counting the debt, writes "It bought
// Dinsel for $420m", its "It" misread as Fenmark. The deal's price is the
// one both named outlets give, not the lone misread outlet's.
func TestReview58aJoinedTakesTheLoneOutletsPrice(t *testing.T) {
	got := clusterNaming(3, []report{
		dated(rep(0, model.Acquisition, "Valmor", 400e6, "Valmor", "Dinsel"), "2012-05"),
		dated(rep(1, model.Acquisition, "Valmor", 400e6, "Valmor", "Dinsel"), "2012-05"),
		guessedBy(dated(rep(2, model.Acquisition, "Fenmark", 420e6, "Fenmark", "Dinsel"), "2012"), "Fenmark"),
	}, false)
	for _, d := range got {
		if slices.Contains(d.Parties, "Valmor") && (d.Value == nil || d.Value.Value != 400e6) {
			t.Fatalf("%+v: Valmor's purchase priced %v, want $400m as both naming outlets say", got, d.Value)
		}
	}
}
