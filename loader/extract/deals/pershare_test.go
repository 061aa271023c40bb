package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A price offered for each share of a company is a bid for it, in every
// language read, whether the target is named after "for" or in the share
// the price is of (dealdev33, dealdev157, dealdev197: bids that were read
// as no deal, or as a stake).
func TestPricePerShareOfferedIsABid(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco, the Denver-based chain, offered $12 a share, or about $1.36 billion, for Quorvex."},
		{"en", "Veltraco offered A$2 cash for each Quorvex share, a bid then worth about A$350 million."},
		{"de", "Im Januar bot Veltraco 12 Dollar je Aktie für Quorvex, insgesamt 1,36 Milliarden Dollar."},
		{"de", "Veltraco bot 775 Pence je Aktie für Quorvex."},
		{"de", "Veltraco bot im März 775 Pence je Aktie für Quorvex."},
		{"fr", "En janvier, Veltraco proposait 2 dollars en numéraire pour chaque titre Quorvex."},
		{"es", "Veltraco ofrecerá 116 coronas suecas en efectivo por cada acción de Quorvex."},
		{"en", "Veltraco, whose 515p-a-share offer worth 4.9 billion pounds had carried the Quorvex board's recommendation since December, was outbid."},
		{"it", "Per ogni azione Quorvex, Veltraco offre 1,49 azioni di nuova emissione più 81 pence in contanti."},
		{"fr", "Pour chaque titre Quorvex, Veltraco propose 407 pence en espèces et 0,04568 action Veltraco nouvelle."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || len(got[0].Parties) != 2 || !slices.Contains(got[0].Parties, "Quorvex") ||
			got[0].Buyer != "Veltraco" || got[0].Status != model.Proposed {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex, proposed", c.lang, c.text, got)
		}
	}
}

// A bid's stake words are not what it buys: the bidder's holding told in
// an apposition ("WCB's largest shareholder with about 18 percent",
// dealdev197).
func TestBiddersHoldingIsNoStakeBought(t *testing.T) {
	text := "The contest began on Sept. 12, when Brindle, Quorvex's largest shareholder with about 18 percent, offered A$2 cash for each Quorvex share."
	got := Find(sentence(text, "Brindle", "Quorvex"), "en", "2020-07-23")
	if len(got) != 1 || got[0].Type != model.Acquisition || !slices.Contains(got[0].Parties, "Brindle") || !slices.Contains(got[0].Parties, "Quorvex") {
		t.Errorf("%+v: want Brindle's bid for Quorvex", got)
	}
	text = "Brindle, Quorvex's largest shareholder with about 18 percent, agreed on Monday to buy Quorvex for $2 billion."
	if got := Find(sentence(text, "Brindle", "Quorvex"), "en", "2020-07-23"); len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%+v: want Brindle's purchase of Quorvex", got)
	}
	// the holding the news is of stays a stake
	text = "Veltraco, which became Quorvex's largest shareholder with a 20% stake, said on Monday it would not sell."
	if got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "2020-07-23"); len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("%+v: want Veltraco's stake in Quorvex", got)
	}
}

// Shares sold, or bought back, at a price per share are no bid for a
// company; nor is a part of something else ("a share of").
func TestSharesSoldPerShareAreNoBid(t *testing.T) {
	for _, text := range []string{
		"Veltraco offered new shares at 300p each in a rights issue, raising 2 billion pounds.",
		"Veltraco offered to buy back shares at $40 a share.",
		"In 2019 Veltraco raised about 280 million euros in an initial public offering priced at 2.95 euros a share.",
		"Veltraco offers cloud services to Quorvex at $4 a share of capacity.",
		"Veltraco offered 10 million shares at $40 a share in its IPO.",
		"Veltraco offered its shares to investors at $40 a share in a placing.",
		"In its IPO, Veltraco offered shares at $40 a share.",
		"Il 16% di Veltraco è stato collocato in Borsa con un'offerta riservata agli investitori, a un prezzo di 11 euro per azione.",
		"Veltraco ha collocato in Borsa il 16% di Quorvex con un'offerta riservata agli investitori istituzionali, a un prezzo di 11 euro per azione.",
		"Quorvex shares rose 5% to $15 a share on Monday as investors bet on a higher bid.",
	} {
		for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "2020-07-23") {
			if f.Type == model.Acquisition {
				t.Errorf("%q: %+v, want no bid", text, f)
			}
		}
	}
}

// What a proposal values the target at is the bid's price ("a proposal
// that values its smaller rival at £30.8 million", dealdev221).
func TestProposalValuingItsTargetIsItsPrice(t *testing.T) {
	text := "Instead, Veltraco has offered 66 new shares for every 30 Quorvex shares, a proposal that values its smaller rival at £30.8 million."
	got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "2020-07-23")
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Value == nil || got[0].Value.Value != 30.8e6 || got[0].Value.Currency != "GBP" {
		t.Errorf("%+v: want Veltraco's bid for Quorvex at £30.8 million", got)
	}
}

// Pence or cents per share are a share's price, not a count of goods
// bought ("zahlte 775 Pence je Aktie", the share noun singular).
func TestPencePerShareIsAPrice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Veltraco zahlte 775 Pence je Aktie für Quorvex."},
		{"it", "Veltraco pagherà 775 pence per azione per Quorvex."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%s %q: %+v, want Veltraco's purchase of Quorvex", c.lang, c.text, got)
		}
	}
}

// A company whose offer a bid is measured against is a rival, no side of
// the bid (dealdev213: "an 8 percent premium to Sage's bid").
func TestOfferOutbidIsNoSide(t *testing.T) {
	for _, text := range []string{
		"Veltraco, acting through its vehicle Daxmoor, on Tuesday offered 135 crowns a share in cash, an 8 percent premium to Brindle's bid that won the recommendation of Quorvex's board.",
		"Veltraco offered 135 crowns a share for Quorvex, topping the offer from Brindle.",
	} {
		got := Find(sentence(text, "Veltraco", "Daxmoor", "Brindle", "Quorvex"), "en", "2020-07-23")
		if len(got) != 1 || slices.Contains(got[0].Parties, "Brindle") || !slices.Contains(got[0].Parties, "Veltraco") {
			t.Errorf("%q: %+v, want Veltraco's bid, Brindle no side", text, got)
		}
	}
}

// What a bidder already holds, told before its bid, and the premium the
// price adds are no stake the bid seeks: the bid is for the company
// (dealdev53: "che detiene già poco meno del 29% del gruppo emiliano,
// offre 2,60 euro per azione"; dealdev60: "a premium of about 30 percent").
func TestBidBesideHoldingOrPremiumIsForTheCompany(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Veltraco, che detiene già poco meno del 29% di Quorvex, offre 2,60 euro per azione."},
		{"en", "Veltraco offered 12 dollars a share for Quorvex, a premium of about 30 percent to Friday's close."},
		{"en", "Veltraco offered 12 dollars a share for Quorvex at a premium of about 30 percent to Friday's close."},
		{"en", "Quorvex shareholders will be offered one new Veltraco share for each of their shares, a premium of about 30 percent to Friday's close."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex", c.lang, c.text, got)
		}
	}
}

// A company named after the bid only as who tells of it is no side
// (review 64a's leftover: "Veltraco offered $12 a share for Quorvex,
// Daxmoor said on Monday").
func TestWhoTellsOfABidIsNoSide(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco offered $12 a share for Quorvex, Daxmoor said on Monday."},
		{"en", "Veltraco bid $2 billion for Quorvex, Daxmoor said on Monday."},
		{"de", "Veltraco bietet 12 Euro je Aktie für Quorvex, teilte Daxmoor am Montag mit."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Daxmoor"), c.lang, "2020-07-23")
		if len(got) != 1 || slices.Contains(got[0].Parties, "Daxmoor") || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex, Daxmoor no side", c.lang, c.text, got)
		}
	}
}
