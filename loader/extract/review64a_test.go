package extract

import (
	"testing"

	"dealwire/model"
)

// withValue is the deal of got priced at v; nil if none.
func review64aWithValue(got []model.Deal, v float64) *model.Deal {
	for i := range got {
		if got[i].Value != nil && got[i].Value.Value == v {
			return &got[i]
		}
	}
	return nil
}

// A bid the target rejected a year or more before the deal agreed is an
// attempt of its own: joined into the deal, its failure must not make the
// agreed deal failed, nor give it the bid's year. Right: the $2 billion
// takeover is announced (and undated or dated as the news).
func TestReview64aEarlierRejectedBidLeavesTheDealAgreed(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $14 a share, or about $2 billion in cash.\n\nQuorvex had rejected Veltraco's offer of $11 a share last year."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro.\n\nBereits 2019 hatte Quorvex ein Angebot von Veltraco über 11 Euro je Aktie abgelehnt."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex")
		if d := review64aWithValue(got, 2e9); d == nil || d.Status != model.Announced || d.Date == "2019" {
			t.Errorf("%s: %+v, want the $2 billion takeover announced, not failed nor of 2019", c.lang, got)
		}
	}
}

// A bid the other way round (Veltraco for Quorvex) is not the deal the
// article tells (Quorvex buying Veltraco, or its unit): a withdrawn bid
// joined into it makes the purchase failed. Right: the purchase stays
// announced, and the bid is a deal of its own.
func TestReview64aBidTheOtherWayIsNotTheDeal(t *testing.T) {
	for _, c := range []struct {
		body  string
		value float64
	}{
		{"Quorvex agreed on Monday to buy Veltraco for $3 billion in cash and stock.\n\nIn March, Veltraco withdrew its offer of $12 a share for Quorvex after Quorvex's board refused to engage.", 3e9},
		{"Quorvex agreed on Monday to buy Veltraco's chemicals unit for $500 million.\n\nIn March, Veltraco withdrew its offer of $12 a share for Quorvex after Quorvex's board refused to engage.", 5e8},
	} {
		got := extractText(t, c.body, "Veltraco", "Quorvex")
		if d := review64aWithValue(got, c.value); d == nil || d.Status != model.Announced || len(got) != 2 {
			t.Errorf("%q: %+v, want Quorvex's purchase announced and Veltraco's withdrawn bid apart", c.body, got)
		}
	}
}

// A company named alone with a price per share bid for another company
// (an indefinite one the article does not name) did not bid for the
// target of the article's deal. Right: no deal of Brindle's with Quorvex.
func TestReview64aBidForAnUnnamedCompanyIsNotForTheTarget(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nLast year Brindle offered $8 a share for a smaller rival, but the bid failed."},
		{"de", "Veltraco übernimmt Quorvex für 2 Milliarden Euro.\n\nBrindle hatte im März 12 Euro je Aktie für einen kleineren Konkurrenten geboten, war aber gescheitert."},
		{"fr", "Veltraco va racheter Quorvex pour 2 milliards d'euros.\n\nEn 2019, Brindle proposait 8 euros par action pour un concurrent plus petit, sans succès."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle")
		if d := dealWith(got, "Brindle", "Quorvex"); d != nil {
			t.Errorf("%s: %+v, want no bid of Brindle's for Quorvex", c.lang, got)
		}
	}
}

// Per-share prices that are no bid (a dividend proposed, warrants, a
// buyback, a share price after guidance), told of a company named alone,
// do not become its bid for the target of the article's deal. Right: no
// deal of Brindle's.
func TestReview64aPerSharePriceOfAnotherCompanyIsNoRivalBid(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nBrindle's shares fell 10% to $8 a share in March after it offered weak guidance."},
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nIn March, Brindle offered warrants exercisable at $12 a share."},
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nIn March Brindle offered to repurchase 5% of its stock at $40 a share."},
		{"fr", "Veltraco va racheter Quorvex pour 2 milliards d'euros.\n\nEn 2019, Brindle a proposé un dividende de 1,20 euro par action."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex", "Brindle")
		if d := dealWith(got, "Brindle"); d != nil {
			t.Errorf("%s: %+v, want no deal of Brindle's", c.lang, got)
		}
	}
}

// The buyer's own listing years before, its shares offered at a price per
// share, is no bid for the company it now buys, nor the date of the deal.
// Right: one deal, the takeover, not dated 2015.
func TestReview64aBuyersListingIsNoBid(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Veltraco agreed on Monday to buy Quorvex for $2 billion in cash.\n\nVeltraco went public in 2015, offering 20 million shares at $12 a share."},
		{"es", "Veltraco comprará Quorvex por 2.000 millones de euros.\n\nEn 2015, Veltraco ofreció sus acciones a 5 euros por acción en su salida a bolsa."},
		{"it", "Veltraco ha acquisito Quorvex per 2 miliardi di euro.\n\nNel 2015 Veltraco ha offerto le sue azioni a 3 euro per azione in occasione dello sbarco in Borsa."},
	} {
		got := extractTextIn(t, c.lang, c.body, "Veltraco", "Quorvex")
		if len(got) != 1 || got[0].Date == "2015" {
			t.Errorf("%s: %+v, want the takeover alone, not of 2015", c.lang, got)
		}
	}
}
