package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A price per share offered for part of a company is a partial bid, a stake
// sought, not a takeover: "für bis zu 25 Prozent der Quorvex-Aktien", "per
// salire al 29,9% di Quorvex", "por el 10% de Quorvex" (English "for up to 20
// percent of Quorvex" reads an investment). Right: no acquisition.
func TestReview64aPartialBidIsNoTakeover(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Veltraco bietet 12 Euro je Aktie für bis zu 25 Prozent der Quorvex-Aktien."},
		{"it", "Veltraco ha offerto 12 euro per azione per salire al 29,9% di Quorvex."},
		{"es", "Veltraco ofrece 5 euros por acción por el 10% de Quorvex."},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23") {
			if f.Type == model.Acquisition {
				t.Errorf("%s %q: %+v, want a stake sought, not a takeover", c.lang, c.text, f)
			}
		}
	}
}

// "over", "above", "über" before a bid do not always measure a rival's
// offer against another: a share price above the bid, a board deciding
// over the bid, shareholders voting "über das Übernahmeangebot". The
// offerer stays the bidder. Right: Veltraco's bid for Quorvex.
func TestReview64aOfferNamedAfterOverIsStillTheBid(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Quorvex shares closed at $13 on Friday, above Veltraco's offer of $12 a share."},
		{"en", "Quorvex's board will meet on Tuesday to decide over the offer from Veltraco, worth $2 billion."},
		{"de", "Die Quorvex-Aktionäre entscheiden bis Freitag über das Übernahmeangebot von Veltraco für 2 Milliarden Euro."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || !slices.Contains(got[0].Parties, "Veltraco") || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex", c.lang, c.text, got)
		}
	}
}

// A shareholder of the target saying what price it would accept, or what
// it thinks of the bid, neither bids nor is bid for. Right: the holder
// Daxmoor is no side of any acquisition.
func TestReview64aShareholdersStanceIsNoBid(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Daxmoor, Quorvex's biggest investor, said it would reject any offer below $15 a share."},
		{"en", "Daxmoor, which owns 30% of Quorvex, said it would not accept less than $15 a share, well above Veltraco's bid."},
		{"en", "Daxmoor, which owns 30% of Quorvex, said Veltraco's bid of $12 a share undervalued the company."},
		{"de", "Daxmoor, der 30 Prozent an Quorvex hält, will das Angebot von Veltraco über 12 Euro je Aktie nicht annehmen."},
	} {
		for _, f := range Find(sentence(c.text, "Daxmoor", "Quorvex", "Veltraco"), c.lang, "2020-07-23") {
			if f.Type == model.Acquisition && slices.Contains(f.Parties, "Daxmoor") {
				t.Errorf("%s %q: %+v, want Daxmoor no side of a bid", c.lang, c.text, f)
			}
		}
	}
}

// The offerer named after a passive "was offered ... by" is the bidder,
// not the company offered the price. Right: Veltraco bids for Quorvex.
func TestReview64aPassiveOffererBids(t *testing.T) {
	text := "Quorvex, which was offered $12 a share by Veltraco last year, rejected the approach."
	for _, f := range Find(sentence(text, "Veltraco", "Quorvex"), "en", "2020-07-23") {
		if f.Type == model.Acquisition && f.Buyer != "Veltraco" {
			t.Errorf("%+v, want Veltraco the bidder", f)
		}
	}
}

// Shares a company sells, buys back, or grants rights to at a price per
// share, a dividend per share, and its share price are no takeover bid,
// whatever word of offering stands near. Right: no acquisition.
func TestReview64aPerSharePricesThatAreNoBid(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Brindle went public in 2019, when it offered 20 million shares at $12 a share."},
		{"en", "In March Brindle offered to repurchase 5% of its stock at $40 a share."},
		{"en", "In March, Brindle offered warrants exercisable at $12 a share."},
		{"en", "Brindle's shares fell 10% to $8 a share in March after it offered weak guidance."},
		{"fr", "En 2019, Brindle a proposé un dividende de 1,20 euro par action."},
		{"es", "En 2019, Brindle ofreció sus acciones a 5 euros por acción en su salida a bolsa."},
		{"it", "Nel 2019 Brindle ha offerto le sue azioni a 3 euro per azione in occasione dello sbarco in Borsa."},
	} {
		for _, f := range Find(sentence(c.text, "Brindle"), c.lang, "2020-07-23") {
			if f.Type == model.Acquisition {
				t.Errorf("%s %q: %+v, want no bid", c.lang, c.text, f)
			}
		}
	}
}
