package extract

import (
	"testing"

	"dealwire/model"
)

// A rival that bid a price per share, named alone, bid for the company the
// article's deal buys ("Essar, which had countered with $19 a share",
// dealdev172; "dessen Allen Media Group im vergangenen Jahr 23 Dollar je
// Aktie geboten hatte", dealdev141).
func TestRivalsBidPerShareIsForTheTarget(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nBrindle, which had countered last month with $19 a share, said on Thursday it would not raise its offer."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Dollar in bar.\n\nLeer geht Brindle aus, das im vergangenen Jahr 23 Dollar je Aktie geboten hatte."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle")
		d := dealWith(got, "Brindle", "Quorvex")
		if d == nil || d.Type != model.Acquisition || len(d.Parties) != 2 {
			t.Errorf("%s: %+v, want Brindle's bid for Quorvex", c.lang, got)
		}
	}
}

// The company named as the bidder's owner is not the bidder ("La
// controllata di Mediaset propone 4,50 euro per azione", dealdev191): no
// bid of the owner's.
func TestBiddersOwnerIsNoBidder(t *testing.T) {
	body := "Veltraco ha lanciato lunedì un'offerta da 2 miliardi di euro su Quorvex.\n\nA marzo la controllata di Brindle aveva proposto 4,50 euro per azione, in parte in contanti."
	got := extractTextIn(t, "it", body, "Veltraco", "Quorvex", "Brindle")
	if d := dealWith(got, "Brindle", "Quorvex"); d != nil {
		t.Errorf("%+v: Brindle read as bidding for Quorvex", got)
	}
}

// The bids of a price per share an article tells after the deal they led
// to are that deal, raised or not, whatever day they are dated
// (dealdev239: "Microsemi erhöht sein feindliches Angebot ... auf 3,98
// kanadische Dollar je Aktie" after Zarlink agreed to the takeover); a
// bid of years before is an attempt of its own.
func TestBidsOfTheDealToldAreThatDeal(t *testing.T) {
	body := "Nach zwei Monaten Abwehrkampf hat der kanadische Chipentwickler Quorvex der Übernahme durch den US-Konkurrenten Veltraco zugestimmt. " +
		"Veltraco erhöht sein feindliches Angebot um 19 Prozent auf 3,98 kanadische Dollar je Aktie in bar, wie beide Unternehmen am Donnerstag mitteilten.\n\n" +
		"Veltraco hatte im Juli öffentlich 3,35 kanadische Dollar je Aktie geboten, nachdem zwei vertrauliche Vorschläge abgelehnt worden waren."
	if got := extractTextIn(t, "de", body, "Veltraco", "Quorvex"); len(got) != 1 {
		t.Errorf("%+v: want one takeover of Quorvex", got)
	}
	body = "Quorvex agreed on Thursday to be bought by Veltraco for $525 million, ending two months of resistance.\n\n" +
		"In 2015 Veltraco had offered $2 a share for Quorvex, but the board rejected it."
	if got := extractText(t, body, "Veltraco", "Quorvex"); len(got) != 2 {
		t.Errorf("%+v: want the takeover and the bid of 2015", got)
	}
}

// A bid the target rejected, told after the deal agreed, is an attempt of
// its own even in the same year: joined into the deal, it would make the
// agreed deal failed (review 64a).
func TestRejectedBidStaysApartFromTheDeal(t *testing.T) {
	body := "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\n" +
		"In January Quorvex rejected Veltraco's first offer of $11 a share as too low."
	got := extractText(t, body, "Veltraco", "Quorvex")
	if d := review64aWithValue(got, 2e9); d == nil || d.Status != model.Announced {
		t.Errorf("%+v: want the agreed purchase announced", got)
	}
}
