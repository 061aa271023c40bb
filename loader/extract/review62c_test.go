package extract

import (
	"testing"

	"dealwire/model"
)

// Review of stop 62, third part: joinedToldTwice joins two rows an article
// both feeds where they are of one class, share two companies, pass
// oneDealKinds and no price or date is apart. The clustering keeps two
// rows of one class and two companies apart mostly where their buyers
// differ (conflictingFacts); oneDealKinds lets two different first parties
// through unless each is named among the other's companies. Business news
// tells just that in one article: a company's sale of what it bought
// years ago ("Brindle agreed to buy Quorvex from Kallomar Capital, which
// bought it in 2016"), a sale after an earlier sale to another buyer
// collapsed. The story's own deal is undated (one undated is enough for
// oneDealDates), the recalled one dated; joined, one of the two is lost
// and the other takes its year, or its companies, from the wrong deal. In
// every test below the rows are two without the pass (checked by
// commenting it out); of equal sources and first sentence, which deal
// survives is decided by the ids' hash. (Two units bought from one
// seller, a creeping stake, a raised offer, a merger and a later sale, two
// alliances: the clustering already makes these one row before the pass,
// out of this review; a stake sold to one buyer and the rest to another
// stays two, investment and divestiture being two classes here.)

// review62cApart checks that ds holds the sale of Quorvex to Brindle,
// priced at $1 billion, not dated old, without the other deal's own
// company other (where there is one), and apart from it a deal of type
// typ listing others and not Brindle.
func review62cApart(t *testing.T, name string, ds []model.Deal, typ, old, other string, others ...string) {
	t.Helper()
	sale := dealWith(ds, "Brindle", "Quorvex")
	if sale == nil || sale.Value == nil || sale.Value.Value != 1e9 || sale.Date == old || (other != "" && dealWith(ds, "Brindle", other) != nil) {
		t.Errorf("%s: want the $1 billion sale of Quorvex to Brindle, not of %s, apart, got:%s", name, old, review62aRows(ds))
	}
	var earlier *model.Deal
	for i, d := range ds {
		if typeClass(d.Type) == typeClass(typ) && dealWith(ds[i:i+1], others...) != nil && dealWith(ds[i:i+1], "Brindle") == nil {
			earlier = &ds[i]
			break
		}
	}
	if earlier == nil {
		t.Errorf("%s: want the earlier deal of %v (%s) apart from the sale to Brindle, got:%s", name, others, old, review62aRows(ds))
	}
}

// Hazard: a buyout firm's exit told in the buyer's voice beside its
// purchase years before. "Brindle agreed to buy Quorvex from Kallomar
// Capital for $1 billion" (undated, the story's deal, two outlets) and
// "Kallomar Capital bought Quorvex in 2016" (the same article, and a
// background piece). Kallomar buys in one, sells in the other; the
// direction check sees Brindle and Kallomar first and neither named in
// the other deal. Joined, one row: Kallomar's 2016 purchase with Brindle
// among its parties, and the $1 billion sale lost.
func TestReview62cBuyoutExitToldByTheBuyerBesideThePurchase(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Brindle agreed to buy Quorvex from Kallomar Capital for $1 billion. Kallomar Capital bought Quorvex in 2016.",
		"en|Brindle will acquire Quorvex from Kallomar Capital for $1 billion.",
		"en|Kallomar Capital bought Quorvex in 2016.",
	)
	review62cApart(t, "exit", ds, model.Acquisition, "2016", "", "Kallomar Capital", "Quorvex")
}

// Hazard: an owner sells on what it bought from another. "Brindle agreed
// to buy Quorvex from Veltraco for $1 billion" (undated) and "Veltraco
// bought Quorvex from Kallomar Capital in 2016": two transfers of one
// company, Veltraco the seller in one and the buyer in the other. Joined,
// the row is Brindle's purchase dated 2016, with Kallomar Capital as a
// party; Veltraco's 2016 purchase is lost.
func TestReview62cOwnerSellsOnWhatItBought(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Brindle agreed to buy Quorvex from Veltraco for $1 billion. Veltraco bought Quorvex from Kallomar Capital in 2016.",
		"en|Brindle will acquire Quorvex from Veltraco for $1 billion.",
		"en|Veltraco bought Quorvex from Kallomar Capital in 2016.",
	)
	review62cApart(t, "sells on", ds, model.Acquisition, "2016", "Kallomar Capital", "Veltraco", "Quorvex", "Kallomar Capital")
}

// Hazard: the same chain told by the sellers. "Kallomar Capital agreed to
// sell Quorvex to Brindle for $1 billion" and "Veltraco sold Quorvex to
// Kallomar Capital in 2016": two divestitures with different sellers, the
// direction check asking only whether each first party is named after the
// other's (Veltraco is not in the sale to Brindle). Joined, one 2016
// sale by Veltraco to Kallomar and Brindle, unpriced.
func TestReview62cSaleChainToldBySellers(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Kallomar Capital agreed to sell Quorvex to Brindle for $1 billion. Veltraco sold Quorvex to Kallomar Capital in 2016.",
		"en|Kallomar Capital will sell Quorvex to Brindle for $1 billion.",
		"en|Veltraco sold Quorvex to Kallomar Capital in 2016.",
	)
	review62cApart(t, "chain", ds, model.Divestiture, "2016", "Veltraco", "Veltraco", "Quorvex", "Kallomar Capital")
}

// Hazard: a failed sale and the sale that followed, in one year. The
// article tells Kallomar Capital's agreed sale of Quorvex to Brindle
// (undated) and recalls its agreement of March 2020 to sell Quorvex to
// Veltraco, which collapsed. Two buyers, so the clustering keeps them
// apart; the pass joins them in either voice: one row of March 2020 with
// Veltraco and Brindle both buying Quorvex, unpriced, the $1 billion sale
// lost.
func TestReview62cCollapsedSaleAndTheSaleToAnotherBuyer(t *testing.T) {
	cases := map[string][]string{
		"told by the seller": {
			"en|Kallomar Capital agreed to sell Quorvex to Brindle for $1 billion. Kallomar Capital agreed in March 2020 to sell Quorvex to Veltraco, but the deal collapsed.",
			"en|Kallomar Capital will sell Quorvex to Brindle for $1 billion.",
			"en|Kallomar Capital agreed in March 2020 to sell Quorvex to Veltraco.",
		},
		"told by the buyers": {
			"en|Brindle agreed to buy Quorvex from Kallomar Capital for $1 billion. Veltraco agreed in March 2020 to buy Quorvex from Kallomar Capital, but the deal collapsed.",
			"en|Brindle will acquire Quorvex from Kallomar Capital for $1 billion.",
			"en|Veltraco agreed in March 2020 to buy Quorvex from Kallomar Capital.",
		},
	}
	for name, bodies := range cases {
		ds := extractKnownLangs(t, review62aKnown, bodies...)
		review62cApart(t, name, ds, model.Acquisition, "2020-03", "Veltraco", "Veltraco", "Quorvex", "Kallomar Capital")
	}
}
