package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Takeover bids, one or more, named by their maker are bids for the
// company that weighs them: "rejected two takeover bids from Veltraco",
// "rebuffed three unsolicited proposals from Veltraco", "a rival cash bid
// from Veltraco". The maker bids. ("Bids from" alone are a tender's as
// often, "offers from" a job's or a product's, "das Angebot von" a range:
// see review65a_test.go.)
func TestBidsFromACompany(t *testing.T) {
	for _, c := range []struct {
		lang, text, status string
	}{
		{"en", "Quorvex rejected two takeover bids from Veltraco last spring.", model.Failed},
		{"en", "Quorvex rejected two takeover offers from Veltraco last spring.", model.Failed},
		{"en", "Quorvex rebuffed three unsolicited proposals from Veltraco last spring, the last of them worth $28.8 billion.", model.Failed},
		{"en", "Quorvex is weighing two takeover approaches from Veltraco.", model.Proposed},
		{"en", "Quorvex's board is weighing a rival cash bid from Veltraco.", model.Proposed},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex"), c.lang, "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Status != c.status || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s %q: %+v, want one %s acquisition of Quorvex", c.lang, c.text, got, c.status)
			continue
		}
		if got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: buyer %q, want Veltraco", c.lang, c.text, got[0].Buyer)
		}
	}
}

// A rival whose bid the winner saw off, past its price, is no side: "won
// control of Quorvex ..., seeing off a £71 million cash bid from
// Veltraco", "topping the $1.8 billion offer from Veltraco".
func TestRivalBidSeenOffPastItsPrice(t *testing.T) {
	for _, text := range []string{
		"In 2005 Brindle won control of Quorvex with an all-share offer worth about £76 million, seeing off a £71 million cash bid from Veltraco.",
		"Brindle agreed to buy Quorvex for $2 billion, topping the $1.8 billion offer from Veltraco.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23")
		if len(got) == 0 {
			t.Errorf("%q: no deal, want Brindle buying Quorvex", text)
		}
		for _, f := range got {
			if slices.Contains(f.Parties, "Veltraco") {
				t.Errorf("%q: %+v, want Veltraco no side", text, f)
			}
		}
	}
}

// The company that rejects or receives an offer is bid for, though
// asides stand between it and the offer's clause: "L'americana Quorvex,
// proprietaria di cento alberghi, treni e battelli, ha respinto l'offerta
// con cui Veltraco puntava a rilevarne il controllo".
func TestWhoRejectsAnOfferFarBeforeIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "L'americana Quorvex, proprietaria di cento alberghi, treni e battelli di lusso, ha respinto ieri l'offerta da 1,86 miliardi di dollari con cui Veltraco Company, la società alberghiera del gruppo Brindle, puntava a rilevarne il controllo."},
		{"fr", "Le conseil d'administration de Quorvex a rejeté jeudi, à l'unanimité, l'offre de rachat non sollicitée de 1,86 milliard de dollars déposée le 18 octobre par Veltraco Company (VC), filiale hôtelière du conglomérat Brindle."},
		{"en", "The board of Quorvex, which owns 50 hotels, trains and river cruises, last week rejected the unsolicited $1.86 billion takeover proposal from Veltraco, the Brindle Group hospitality arm."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "2020-07-23")
		if !slices.ContainsFunc(got, func(f Found) bool {
			return f.Type == model.Acquisition && slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Veltraco")
		}) {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex", c.lang, c.text, got)
		}
	}
}
