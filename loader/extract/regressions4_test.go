package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Two different deals between the same two companies at one price must not
// be given one type: oneTypeForOneStake (now oneTypeForOneDeal) linked an
// investment and a transfer without asking who buys (opposite directions)
// or whether one side has a year and the other none. (Since stop 62 an
// undated purchase at the price of a dated stake in the same direction
// is one deal (joinedLoneOutlets): the purchase here is dated.)
func TestStop33ReviewStakeLinksOtherDeals(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"opposite buyers",
			"Veltraco will buy the chip unit of Brindle for $2 billion, the company said on Monday." + articleBreak +
				"Brindle will invest $2 billion in Veltraco, the company said on Monday."},
		{"a 2012 stake and this year's purchase",
			"Veltraco will acquire Brindle for $500 million in cash." + articleBreak +
				"Brindle took a $500 million stake in Veltraco in 2012."},
		{"same direction, a 2012 stake and this year's purchase",
			"Veltraco will acquire Brindle for $500 million in cash this year." + articleBreak +
				"Veltraco took a $500 million stake in Brindle in 2012."},
	} {
		_, ds := extractAll(t, "en", c.body, "Veltraco", "Brindle")
		types := typesOf(ds)
		if len(ds) != 2 || types[model.Investment] != 1 || types[model.Acquisition] != 1 {
			t.Errorf("%s: %+v, want one acquisition and one investment", c.name, ds)
		}
	}
}

// Regressions of 6a188c4 against 0fb455b: a sale of a stake that names no
// recipient is linked to the seller's own investment (its buyer is the
// divestiture's seller, but only buyers are compared), and a tie between a
// joint venture and an acquisition takes the first article's class.
func TestStop33SecondReviewOneTypeLinksOtherDeals(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"a company's purchase and its sale",
			"Brindle will invest $500 million in Veltraco, the company said on Monday." + articleBreak +
				"Brindle sold its stake in Veltraco for $500 million on Monday."},
		{"a venture and a purchase",
			"Veltraco and Brindle will form a $2 billion joint venture, the companies said." + articleBreak +
				"Veltraco agreed to acquire Brindle for $2 billion in cash."},
	} {
		_, ds := extractAll(t, "en", c.body, "Veltraco", "Brindle")
		types := typesOf(ds)
		if len(ds) != 2 || types[model.Divestiture]+types[model.JointVenture] != 1 {
			t.Errorf("%s: %+v, want the two deals apart, each of its own type", c.name, ds)
		}
	}
}

// typesOf counts the deals of each type.
func typesOf(ds []model.Deal) map[string]int {
	types := map[string]int{}
	for _, d := range ds {
		types[d.Type]++
	}
	return types
}

// A bare deal word that names one company and leaves the other side to a
// guess ("With this transaction, Brindle becomes a pure marine company")
// is the article's deal of that company told again, not a deal of its own
// between it and the company guessed.
func TestBareDealWordNamingOneSideIsTheDealTold(t *testing.T) {
	sale := rep(0, model.Divestiture, "Ostravel", 490e6, "Brindle", "Ostravel")
	bare := rep(0, model.Other, "", 0, "Veltraco", "Brindle")
	bare.Generic, bare.Definite, bare.guessed, bare.sentence = true, true, "Veltraco", 3
	got := mergeWithin([]report{sale, bare})
	if len(got) != 1 || got[0].Type != model.Divestiture || !slices.Equal(got[0].Parties, []string{"Brindle", "Ostravel"}) {
		t.Fatalf("reports %+v, want the one sale of Brindle to Ostravel, the guess no party", got)
	}
	// "an agreement", pointing nowhere back, is a deal of its own
	fresh := bare
	fresh.Definite = false
	if got := mergeWithin([]report{sale, fresh}); len(got) != 2 {
		t.Errorf("reports %+v, want the sale and the agreement apart", got)
	}
	// naming only the guessed company, it is no side of the sale
	other := bare
	other.Parties = []string{"Veltraco", "Quorvex"}
	if got := mergeWithin([]report{sale, other}); len(got) != 2 {
		t.Errorf("reports %+v, want the sale and the other deal apart", got)
	}
}
