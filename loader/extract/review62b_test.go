package extract

import (
	"fmt"
	"slices"
	"testing"

	"dealwire/model"
)

// Review of stop 62, second part: a month rule of joinedLoneOutlets, since
// dropped for these failures, joined two deals dated to one month that
// share a company not the first party of both, one of them told by one
// outlet alone. These tests hold that no such join comes back. A month is
// long: a company's deals with others in one month, a rival's bid, a
// target's own sale, a buyer's other purchase, are as many as the deals of
// one company in a month are; "on Monday" dates every
// deal of a news week to a day of the month the articles appear in.

// dealSignature is ds as sorted lines (type, date, sorted parties,
// sources), to compare runs.
func dealSignature(ds []model.Deal) []string {
	var rows []string
	for _, d := range ds {
		ps := slices.Clone(d.Parties)
		slices.Sort(ps)
		rows = append(rows, fmt.Sprintf("%s %q %v %d", d.Type, d.Date, ps, len(d.Sources)))
	}
	slices.Sort(rows)
	return rows
}

// Hazard: a bidding war. Veltraco agrees to buy Quorvex for $1 billion on
// Monday (two outlets); on Thursday Brindle makes a rival $1.05 billion
// bid (one outlet). Two bidders' offers for one target, in one month, at
// prices within a tenth (a counter-bid tops by a few percent): the rival
// bid must stay a deal of its own, not a third source of Veltraco's, and
// Brindle must not be listed as a party of Veltraco's purchase. The same
// holds where each bid is told by one outlet.
func TestReview62bRivalBidsForOneTargetStayApart(t *testing.T) {
	cases := map[string][]string{
		"told by two and one": {
			"en|Veltraco agreed on Monday to buy Quorvex for $1 billion.",
			"en|Veltraco said on Monday it would acquire Quorvex for $1 billion in cash.",
			"en|Brindle on Thursday launched a rival $1.05 billion bid for Quorvex.",
		},
		"each told by one": {
			"en|Veltraco agreed on Monday to buy Quorvex for $1 billion.",
			"en|Brindle on Thursday launched a rival $1.05 billion bid for Quorvex.",
		},
	}
	for name, bodies := range cases {
		ds := extractKnownLangs(t, review62aKnown, bodies...)
		if dealWith(ds, "Veltraco", "Brindle") != nil || dealOf(ds, model.Acquisition, "Brindle", "Quorvex") == nil {
			t.Errorf("%s: want Veltraco's and Brindle's bids for Quorvex apart, got:%s", name, review62aRows(ds))
		}
	}
}

// Hazard: a merger's party named second acts alone the same month. "Quorvex
// and Veltraco" agree to merge on Monday (two outlets, no price: an
// all-stock merger); on Thursday one outlet tells Veltraco's purchase of
// Brindle for $200 million. The actor guard (sharedBeyondActor) looks at
// the first party only, and a merger's order is the outlet's: Veltraco,
// second in the merger, is taken as acted on, and its bolt-on purchase
// becomes a source of the merger, Brindle a party of it.
func TestReview62bMergerPartyNamedSecondBuysAnotherCompany(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Quorvex and Veltraco agreed on Monday to combine in an all-stock merger.",
		"en|Quorvex and Veltraco said on Monday they would merge.",
		"en|Veltraco said on Thursday it had bought Brindle for $200 million.",
	)
	if dealWith(ds, "Quorvex", "Brindle") != nil || dealOf(ds, model.Acquisition, "Veltraco", "Brindle") == nil {
		t.Errorf("want the merger of Quorvex and Veltraco apart from Veltraco's purchase of Brindle, got:%s", review62aRows(ds))
	}
}

// Hazard: a target sells a unit the month it is bought. Veltraco agrees
// to buy Quorvex (two outlets, Monday); on Tuesday one outlet tells
// Quorvex's sale of its Daxmoor unit to Brindle (a carve-out the buyer
// does not want, or a remedy). The sale shares only Quorvex, first party
// of one of them: joined, the sale is lost and Daxmoor and Brindle are
// listed as parties of Veltraco's purchase.
func TestReview62bAcquiredCompanySellsAUnitTheSameMonth(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Veltraco agreed on Monday to buy Quorvex for $1 billion.",
		"en|Veltraco said on Monday it would acquire Quorvex for $1 billion in cash.",
		"en|Quorvex said on Tuesday it had sold its Daxmoor unit to Brindle.",
	)
	if dealWith(ds, "Veltraco", "Brindle") != nil || dealOf(ds, model.Divestiture, "Quorvex", "Daxmoor", "Brindle") == nil {
		t.Errorf("want Veltraco's purchase of Quorvex apart from Quorvex's sale of Daxmoor to Brindle, got:%s", review62aRows(ds))
	}
}

// Hazard: a stake sale to a buyer and the buyer's other purchase.
// Kallomar Capital agrees on Monday to sell its stake in Brindle to
// Veltraco (two outlets, told in the seller's voice: Kallomar first); on
// Thursday one outlet tells Veltraco's purchase of Quorvex. Veltraco buys
// in both, but the actor guard sees Kallomar and Veltraco as first
// parties: the purchase of Quorvex is lost into the stake sale.
func TestReview62bStakeSaleAndTheBuyersOtherPurchase(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Kallomar Capital agreed on Monday to sell its stake in Brindle to Veltraco.",
		"en|Kallomar Capital said on Monday it would sell its stake in Brindle to Veltraco.",
		"en|Veltraco said on Thursday it had bought Quorvex.",
	)
	if dealWith(ds, "Brindle", "Quorvex") != nil || dealOf(ds, model.Acquisition, "Veltraco", "Quorvex") == nil {
		t.Errorf("want Kallomar's sale of its Brindle stake apart from Veltraco's purchase of Quorvex, got:%s", review62aRows(ds))
	}
}

// Hazard: a portfolio reshuffle told in the buyer's voice. Veltraco agrees
// on Monday to buy Quorvex (two outlets); on Thursday one outlet tells
// Brindle buying Veltraco's Daxmoor unit. Told as "Veltraco sold Daxmoor
// to Brindle" the sale stays apart (oneDealKinds: Veltraco's sale is no
// purchase of its own); told as "Brindle bought Daxmoor from Veltraco" the
// direction check misses Veltraco selling, and the sale joins Veltraco's
// purchase. Both wordings must give the same two deals.
func TestReview62bBuyerSellsAUnitTheSameMonthToldByItsBuyer(t *testing.T) {
	for _, sale := range []string{
		"en|Veltraco said on Thursday it had sold Daxmoor to Brindle.",
		"en|Brindle said on Thursday it had bought Daxmoor from Veltraco.",
	} {
		ds := extractKnownLangs(t, review62aKnown,
			"en|Veltraco agreed on Monday to buy Quorvex for $1 billion.",
			"en|Veltraco said on Monday it would acquire Quorvex for $1 billion in cash.",
			sale,
		)
		if len(ds) != 2 || dealWith(ds, "Quorvex", "Daxmoor") != nil {
			t.Errorf("%q: want Veltraco's purchase of Quorvex apart from the sale of Daxmoor to Brindle, got:%s", sale, review62aRows(ds))
		}
	}
}

// Hazard: word order of an alliance decides. Veltraco and Brindle form a
// joint venture on Monday (two outlets); on Thursday one outlet tells
// Veltraco's partnership with Ostravel. "Veltraco and Ostravel signed a
// partnership" stays apart (the actor guard: Veltraco first in both);
// "Ostravel and Veltraco signed a partnership", the same news, joins the
// venture, Ostravel listed as its partner. A company's two alliances of
// a month must not hang on which name an outlet puts first.
func TestReview62bTwoAlliancesOfAMonthHangOnWordOrder(t *testing.T) {
	for _, partnership := range []string{
		"en|Veltraco and Ostravel signed a partnership on Thursday.",
		"en|Ostravel and Veltraco signed a partnership on Thursday.",
	} {
		ds := extractKnownLangs(t, review62aKnown,
			"en|Veltraco and Brindle formed a joint venture on Monday.",
			"en|Veltraco and Brindle set up a joint venture on Monday.",
			partnership,
		)
		if dealWith(ds, "Brindle", "Ostravel") != nil || dealWith(ds, "Veltraco", "Ostravel") == nil {
			t.Errorf("%q: want the venture with Brindle and the partnership with Ostravel apart, got:%s", partnership, review62aRows(ds))
		}
	}
}

// Hazard: days that are publication dates, weeks apart, read as one
// month. Two outlets published on 6 October tell Veltraco's agreement "on
// Monday" (5 October) to buy Quorvex; one published on 28 October tells
// Kallomar Capital's purchase "on Tuesday" (27 October) of a stake in
// Quorvex (an arbitrage fund building a position in a target). Both dates
// name a day, 22 days apart: the month rule cut them to 2020-10 and the
// stake became a third source of the takeover, Kallomar a party of it.
// Dates naming different days weeks apart are no evidence of one deal.
func TestReview62bDaysWeeksApartAreNotOneMonth(t *testing.T) {
	arts := []model.Article{
		{ID: "a0", Language: "en", Published: "2020-10-06", Body: "Veltraco agreed on Monday to buy Quorvex for $1 billion."},
		{ID: "a1", Language: "en", Published: "2020-10-06", Body: "Veltraco said on Monday it would acquire Quorvex for $1 billion in cash."},
		{ID: "a2", Language: "en", Published: "2020-10-28", Body: "Kallomar Capital said on Tuesday it had bought a stake in Quorvex."},
	}
	ds := extractListed(t, review62aKnown, arts)
	if dealWith(ds, "Veltraco", "Kallomar Capital") != nil || dealWith(ds, "Kallomar Capital", "Quorvex") == nil {
		t.Errorf("want the takeover of 5 October apart from the stake of 27 October, got:%s", review62aRows(ds))
	}
}

// Hazard: the rows depend on the order a map is walked (the month rule
// ranged over a map; the first link a set takes shuts out the next by
// agreeAcross). Veltraco's purchase of Quorvex (two outlets, no price,
// October 2020) has two lone neighbours in the month that do not agree
// with each other (prices $100 million and $300 million): Brindle's rival
// offer for Quorvex and Kallomar Capital's investment in Veltraco. Which
// one is swallowed changes from run to run on the same input. (Both ought
// to stay apart; at the least the output must be the same every run.)
func TestReview62bMonthJoinsDependOnMapOrder(t *testing.T) {
	bodies := []string{
		"en|Veltraco agreed in October 2020 to buy Quorvex.",
		"en|Veltraco will acquire Quorvex, it said in October 2020.",
		"en|Brindle made a rival $100 million offer for Quorvex in October 2020.",
		"en|Kallomar Capital invested $300 million in Veltraco in October 2020.",
	}
	first := dealSignature(extractKnownLangs(t, review62aKnown, bodies...))
	for range 40 {
		if again := dealSignature(extractKnownLangs(t, review62aKnown, bodies...)); !slices.Equal(first, again) {
			t.Fatalf("rows differ between runs on one input:\n %q\n %q", first, again)
		}
	}
	if len(first) != 3 {
		t.Errorf("want three deals (Veltraco's purchase, Brindle's offer, Kallomar's investment), got %q", first)
	}
}
