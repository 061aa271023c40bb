package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

var review64bNames = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Kallomar"}

func review64bFind(lang, text string) []Found {
	return Find(sentence(text, review64bNames...), lang, "2020-07-23")
}

// The passive participles made founding words by 7f47c9fc ("established",
// "créée", "creada", "creata") also tell the making of a standard, a
// technology or a product line by two companies. Right: no joint venture
// (nothing in these sentences is a company founded).
func TestReview64bParticipleOfAProductIsNoVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "The standard was established by Veltraco and Quorvex in 2015."},
		{"fr", "La norme créée par Veltraco et Quorvex s'impose en Europe."},
		{"es", "La tecnología creada por Veltraco y Quorvex permite cargar baterías en diez minutos."},
		{"it", "La linea di prodotti creata da Veltraco e Quorvex ha venduto bene."},
	} {
		for _, f := range review64bFind(c.lang, c.text) {
			if f.Type == model.JointVenture {
				t.Errorf("%s %q: %+v, want no joint venture", c.lang, c.text, f)
			}
		}
	}
}

// "costituita da" / "constituida por" is "made up of": a "cordata" (a
// group of bidders) made up of Veltraco and Quorvex bids for, or buys,
// Brindle. Right: an acquisition of Brindle by the group, no joint
// venture of Veltraco and Quorvex (7f47c9fc reads one and loses the
// purchase's buyers).
func TestReview64bCordataCostituitaDaIsNoVenture(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Una cordata costituita da Veltraco e Quorvex ha presentato un'offerta per Brindle."},
		{"it", "La cordata, costituita da Veltraco e Quorvex, ha rilevato Brindle."},
		{"es", "Una agrupación constituida por Veltraco y Quorvex presentó una oferta por Brindle."},
	} {
		got := review64bFind(c.lang, c.text)
		bought := false
		for _, f := range got {
			if f.Type == model.JointVenture {
				t.Errorf("%s %q: %+v, want no joint venture", c.lang, c.text, f)
			}
			bought = bought || f.Type == model.Acquisition && slices.Contains(f.Parties, "Brindle") && slices.Contains(f.Parties, "Veltraco")
		}
		if !bought {
			t.Errorf("%s %q: %+v, want the group's bid for Brindle", c.lang, c.text, got)
		}
	}
}

// Founded by one person who worked at two companies: "former Veltraco and
// Quorvex executive John Smith", "Veltraco and Quorvex veteran", "Veltraco
// and Quorvex's former chief executive". companyPeople has only plurals
// ("executives", "veterans"), and no possessive check. Right: no joint
// venture.
func TestReview64bFoundedByTheTwoCompaniesManIsNoVenture(t *testing.T) {
	for _, text := range []string{
		"Brindle was founded in 2015 by former Veltraco and Quorvex executive John Smith.",
		"Brindle was founded in 2015 by Veltraco and Quorvex veteran John Smith.",
		"Brindle was founded in 2015 by Veltraco and Quorvex's former chief executive.",
	} {
		for _, f := range review64bFind("en", text) {
			if f.Type == model.JointVenture {
				t.Errorf("%q: %+v, want no joint venture", text, f)
			}
		}
	}
}

// A founding clause, then the company's sale in a second clause: the
// sale to Daxmoor is the deal priced at $2 billion. 7f47c9fc gives one
// joint venture of Veltraco and Quorvex priced at $2 billion, undated and
// announced, and no acquisition. Right: an acquisition of Brindle by
// Daxmoor for $2 billion (2019); no joint venture carries that price.
func TestReview64bFoundedThenSoldKeepsTheSale(t *testing.T) {
	text := "Brindle was founded in 1964 by Veltraco and Quorvex, and Daxmoor bought it in 2019 for $2 billion."
	got := review64bFind("en", text)
	sold := false
	for _, f := range got {
		if f.Type == model.JointVenture && f.Value != nil {
			t.Errorf("%+v: the venture founded in 1964 takes the 2019 sale's price", f)
		}
		sold = sold || f.Type == model.Acquisition && slices.Contains(f.Parties, "Daxmoor") && f.Value != nil && f.Value.Value == 2e9
	}
	if !sold {
		t.Errorf("%+v, want Daxmoor's $2 billion purchase of Brindle", got)
	}
}

// Commit 92719653's bidAgent takes the company after any agent word
// after the bid's word as the bidder: Spanish "por" is also "for"
// ("ofrece 12 euros por acción por Quorvex": the bid FOR Quorvex), and a
// target that rejects a bid is its agent ("rejected by Quorvex"). Right:
// Veltraco is the buyer in each.
func TestReview64bAgentOfRejectionOrPorIsNotTheBidder(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "Veltraco ofrece 12 euros por acción por Quorvex."},
		{"es", "Veltraco ofreció 12 euros por acción por Quorvex, valorada en 2.000 millones."},
		{"es", "La oferta de Veltraco, de 12 euros por acción, fue rechazada por Quorvex."},
		{"en", "Veltraco offered $12 a share for Quorvex, a bid that was rejected by Quorvex."},
	} {
		got := review64bFind(c.lang, c.text)
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex", c.lang, c.text, got)
		}
	}
}

// A bid told by its owner's name, rejected by the target named as agent:
// ownersBid keeps only the owner (pricedShares names no target), and the
// English sentence loses its deal, the Italian one its target. Right:
// Veltraco's (failed) bid for Quorvex, both sides.
func TestReview64bOwnedBidRejectedByTheTargetKeepsIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco's offer of $12 a share was rejected by Quorvex."},
		{"it", "L'offerta di Veltraco da 12 euro per azione è stata respinta da Quorvex."},
	} {
		got := review64bFind(c.lang, c.text)
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" || !slices.Contains(got[0].Parties, "Quorvex") {
			t.Errorf("%s %q: %+v, want Veltraco's bid for Quorvex", c.lang, c.text, got)
		}
	}
}

// A UK-style bid paid partly as a special dividend: "dividend" among the
// share-sale words drops the whole bid. Right: Veltraco's bid for Quorvex.
func TestReview64bSpecialDividendKeepsTheBid(t *testing.T) {
	text := "Veltraco offered 600 pence a share for Quorvex plus a special dividend of 20 pence."
	got := review64bFind("en", text)
	if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
		t.Errorf("%+v, want Veltraco's bid for Quorvex", got)
	}
}

// The premium told as "30 % more than the last price" (not after a
// premium noun) is read by percentSought as a stake sought, and the bid
// becomes an investment. Right: a takeover bid, an acquisition.
func TestReview64bPremiumAsMoreThanIsNoStake(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco propose 12 euros par action pour Quorvex, soit 30 % de plus que le dernier cours."},
		{"it", "Veltraco offre 12 euro per azione per Quorvex, il 30% in più rispetto alla chiusura di venerdì."},
	} {
		got := review64bFind(c.lang, c.text)
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%s %q: %+v, want Veltraco's takeover bid for Quorvex", c.lang, c.text, got)
		}
	}
}
