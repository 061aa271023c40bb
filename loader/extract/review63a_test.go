package extract

import (
	"testing"

	"dealwire/model"
)

// Review of stop 63 (joinedMisreadings): a row one outlet alone tells
// joins the one row other outlets tell that shares two of its companies,
// of one class and direction, in its year (and month where both name
// one). Two companies shared is less than it looks: a holder selling down
// a stake sells to several buyers, a buyout pair or two co-investors deal
// together again, a buyer of a stake takes the rest later in the year, a
// company sells on what it bought. And the row the lone one joins keeps
// its own price, so a price only the lone outlet gives is lost. In every
// test below the rows are as wanted with the pass commented out of
// cluster.go (checked).

// Hazard: a holder sells down its stake to two buyers in one week.
// Kallomar Capital sells 10% of Quorvex to Veltraco on Monday (two
// outlets); on Thursday one outlet tells Brindle buying another 5% of
// Quorvex from Kallomar (a block trade, a placement). Two sales to two
// buyers share the seller and the company sold: joined, Brindle is listed
// as a party of Veltraco's stake and Brindle's own stake is lost. The
// same whichever voice the lone outlet tells it in.
func TestReview63aTwoBuyersOfOneHoldersStakes(t *testing.T) {
	for _, second := range []string{
		"en|Kallomar Capital sold a 5% stake in Quorvex to Brindle on Thursday.",
		"en|Brindle bought a 5% stake in Quorvex from Kallomar Capital on Thursday.",
	} {
		ds := extractKnownLangs(t, review62aKnown,
			"en|Kallomar Capital sold a 10% stake in Quorvex to Veltraco on Monday.",
			"en|Kallomar Capital said on Monday it had sold a 10% stake in Quorvex to Veltraco.",
			second,
		)
		brindle := dealWith(ds, "Brindle", "Quorvex")
		if dealWith(ds, "Veltraco", "Brindle") != nil || brindle == nil || len(brindle.Sources) != 1 {
			t.Errorf("%q: want Veltraco's and Brindle's stakes in Quorvex apart, got:%s", second, review62aRows(ds))
		}
	}
}

// Hazard: a buyout pair's two deals of one week. Kallomar Capital and
// Brindle agree on Monday to buy Quorvex for $1 billion (two outlets); on
// Thursday one outlet tells the same two firms taking a stake in Daxmoor
// (club deals and co-investors who back company after company together
// are common: two growth funds co-leading rounds in several start-ups a
// month). The companies shared are the acting pair, not anything acted
// on: joined, Daxmoor is listed as a party of the $1 billion takeover of
// Quorvex and the stake in Daxmoor is lost.
func TestReview63aConsortiumsTakeoverAndItsOtherStake(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Kallomar Capital and Brindle agreed on Monday to buy Quorvex for $1 billion.",
		"en|Kallomar Capital and Brindle said on Monday they would acquire Quorvex for $1 billion.",
		"en|Kallomar Capital and Brindle invested in Daxmoor on Thursday.",
	)
	if dealWith(ds, "Quorvex", "Daxmoor") != nil || dealWith(ds, "Kallomar Capital", "Daxmoor") == nil {
		t.Errorf("want the takeover of Quorvex apart from the stake in Daxmoor, got:%s", review62aRows(ds))
	}
}

// Hazard: a stake, then the rest, in one year. Veltraco buys 20% of
// Quorvex from Kallomar Capital in March 2020 (two outlets); a later
// article recalls, dated only to the year, that in 2020 Veltraco also
// bought the rest of Quorvex from Kallomar. A month named by one and a
// year by the other are "one time" to oneDealDates, and the companies are the
// same three: joined, the takeover is lost into the March stake (its type
// and date kept).
func TestReview63aStakeThenTakeoverInOneYear(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Veltraco bought a 20% stake in Quorvex from Kallomar Capital in March 2020.",
		"en|Veltraco said it bought a 20% stake in Quorvex from Kallomar Capital in March 2020.",
		"en|In 2020 Veltraco also bought the rest of Quorvex from Kallomar Capital.",
	)
	if len(ds) != 2 || dealOf(ds, model.Investment, "Veltraco", "Quorvex") == nil || !hasType(ds, model.Acquisition) {
		t.Errorf("want the March stake and the takeover of the rest as two deals, got:%s", review62aRows(ds))
	}
}

// hasType: a deal of ds is of type typ.
func hasType(ds []model.Deal, typ string) bool {
	for _, d := range ds {
		if d.Type == typ {
			return true
		}
	}
	return false
}

// Hazard: bought and sold on in one year. Veltraco buys Quorvex from
// Kallomar Capital in March 2020 (two outlets); another article says that
// in 2020 Veltraco sold Quorvex on to Brindle (a flip, a business bought
// with a larger one and sold, a remedy). Veltraco buys in one and sells
// in the other, but oneDealKinds sees two different first parties where
// one voice is the third company's (Brindle buying, or Kallomar selling),
// and the companies shared are two: joined, Brindle is listed in
// Veltraco's purchase and the sale is lost. joinedToldTwice keeps this
// apart (review 62c: one buyer or seller to both); this join does not.
func TestReview63aBoughtAndSoldOnInOneYear(t *testing.T) {
	for name, bodies := range map[string][]string{
		"the buyers' voice": {
			"en|Veltraco bought Quorvex from Kallomar Capital in March 2020.",
			"en|Veltraco said it bought Quorvex from Kallomar Capital in March 2020.",
			"en|Brindle bought Quorvex from Veltraco in 2020.",
		},
		"the sellers' voice": {
			"en|Kallomar Capital sold Quorvex to Veltraco in March 2020.",
			"en|Kallomar Capital said it sold Quorvex to Veltraco in March 2020.",
			"en|Veltraco sold Quorvex to Brindle in 2020.",
		},
	} {
		ds := extractKnownLangs(t, review62aKnown, bodies...)
		if dealWith(ds, "Kallomar Capital", "Brindle") != nil || dealWith(ds, "Brindle", "Quorvex", "Veltraco") == nil {
			t.Errorf("%s: want Veltraco's purchase of Quorvex apart from its sale of Quorvex to Brindle, got:%s", name, review62aRows(ds))
		}
	}
}

// Hazard (information lost in the very case the join is for): two
// outlets tell the stake Pisto, Brindle Bank and Lombard Capital took in
// January 2010 without a price; the third outlet, which reads Antin for
// Brindle Bank, gives the price, 600 million. Joined, the row keeps the
// two outlets' (missing) price: the row has a source stating a figure and
// no value, though "a deal's value is the figure most of its sources
// give". Apart, the price was at least listed on the lone row.
func TestReview63aLoneOutletsPriceLost(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Investment, "Pisto", 0, "Pisto", "Brindle Bank", "Lombard Capital"), "2010-01"),
		dated(rep(1, model.Investment, "Pisto", 0, "Pisto", "Brindle Bank", "Lombard Capital"), "2010-01-12"),
		dated(rep(2, model.Investment, "Antin", 600e6, "Antin", "Pisto", "Lombard Capital"), "2010"),
	}
	got := clusterNaming(3, rs, true)
	if d := dealWith(got, "Antin"); d == nil || d.Value == nil || d.Value.Value != 600e6 {
		t.Errorf("want the stake's 600 million kept on the row that lists Antin, got:%s", review62aRows(got))
	}
}
