package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of stop 65 (4018437a, 15c70a7c, f0ac2bf2): inputs the three
// commits read worse than their parent 296ca421 did. Each test fails at
// f0ac2bf2 and passes at 296ca421.

// noAcquisition fails t for each acquisition Find reads in text.
func noAcquisition(t *testing.T, lang, text string, companies ...string) {
	t.Helper()
	for _, f := range Find(sentence(text, companies...), lang, "2020-07-23") {
		if f.Type == model.Acquisition {
			t.Errorf("%s %q: %+v, want no acquisition", lang, text, f)
		}
	}
}

// 15c70a7c "bid from": a bid for work is no takeover.
func TestReview65aBidFromForWorkIsNoTakeover(t *testing.T) {
	noAcquisition(t, "en", "Quorvex accepted a bid from Veltraco to build its new headquarters.", "Veltraco", "Quorvex")
}

// 15c70a7c "bids from": tenders and auctions are no takeover of a bidder.
func TestReview65aTenderBidsAreNoTakeover(t *testing.T) {
	for _, text := range []string{
		"The city council received bids from Veltraco and Quorvex to run the bus network.",
		"The ministry received bids from Veltraco and Quorvex for the 5G spectrum.",
		"Veltraco won the auction after bids from Quorvex fell short.",
		"The contract went to Veltraco after bids from Quorvex and two others.",
	} {
		noAcquisition(t, "en", text, "Veltraco", "Quorvex")
	}
}

// 15c70a7c "offers from": offers of jobs or of products are no bids.
func TestReview65aJobAndProductOffersAreNoTakeover(t *testing.T) {
	for _, text := range []string{
		"Engineers at Quorvex received job offers from Veltraco.",
		"Customers can now compare broadband offers from Veltraco and Quorvex on the site.",
	} {
		noAcquisition(t, "en", text, "Veltraco", "Quorvex")
	}
}

// 15c70a7c "angebot von", "gebot von": German "Angebot" is as often a
// range of products, and a "Gebot" one in an auction of spectrum.
func TestReview65aGermanAngebotVonIsARange(t *testing.T) {
	for _, text := range []string{
		"Das Angebot von Veltraco umfasst 200 Produkte.",
		"Quorvex nimmt das Angebot von Veltraco in sein Sortiment auf.",
		"Kunden von Quorvex können das Angebot von Veltraco nutzen.",
		"Das Streaming-Angebot von Veltraco startet im Mai auch bei Quorvex.",
		"Das Gebot von Veltraco für die Frequenzen lag bei 2 Milliarden Euro.",
	} {
		noAcquisition(t, "de", text, "Veltraco", "Quorvex")
	}
}

// 15c70a7c "approaches from": approaches about a venture or a
// partnership stay that (the parent read a partnership, a joint venture).
func TestReview65aApproachesAboutAVenture(t *testing.T) {
	for _, text := range []string{
		"Quorvex received approaches from Veltraco about a partnership.",
		"Quorvex has received approaches from Veltraco about a joint venture in Brazil.",
	} {
		noAcquisition(t, "en", text, "Veltraco", "Quorvex")
	}
}

// 15c70a7c weigherOfOffer: a shareholder paid under an offer is no side
// of the takeover of the company it holds.
func TestReview65aShareholderPaidUnderAnOfferIsNoSide(t *testing.T) {
	for _, text := range []string{
		"Brindle, Quorvex's largest shareholder, will receive $400 million under the takeover offer from Veltraco.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23")
		if !slices.ContainsFunc(got, func(f Found) bool {
			return f.Type == model.Acquisition && slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Veltraco")
		}) {
			t.Errorf("%q: %+v, want Veltraco's bid for Quorvex", text, got)
		}
		for _, f := range got {
			if slices.Contains(f.Parties, "Brindle") {
				t.Errorf("%q: %+v, want Brindle no side", text, f)
			}
		}
	}
}

// 15c70a7c weigherOfOffer: the sentence's first company is not who
// receives the offer when another subject stands before the verb.
func TestReview65aFirstCompanyIsNotTheReceiver(t *testing.T) {
	text := "Brindle's shares rose after the regulator received the takeover offer from Veltraco for Quorvex."
	for _, f := range Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23") {
		if slices.Contains(f.Parties, "Brindle") {
			t.Errorf("%q: %+v, want Brindle no side", text, f)
		}
	}
}

// 15c70a7c outbidOffer: past the price, the window reaches a verb of
// another figure ("topped $40"): the bidder is dropped as a rival and the
// company bid for becomes its own buyer.
func TestReview65aOutbidWindowReachesAnotherPrice(t *testing.T) {
	for _, text := range []string{
		"Quorvex's stock topped $40 following the $2 billion offer from Veltraco.",
		"Quorvex's shares topped 40 euros after a 2 billion euro cash offer from Veltraco.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "en", "2020-07-23")
		if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco bidding for Quorvex", text, got)
		}
	}
}

// 15c70a7c outbidOffer "seeing off": once the rival is dropped the
// purchase the sentence tells is read as only proposed (the parent kept
// it announced, beside a stray deal of Veltraco's).
func TestReview65aSeenOffRivalKeepsThePurchaseStatus(t *testing.T) {
	text := "Quorvex bought Brindle after seeing off a rival bid from Veltraco."
	got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle"), "en", "2020-07-23")
	if !slices.ContainsFunc(got, func(f Found) bool {
		return f.Type == model.Acquisition && slices.Contains(f.Parties, "Brindle") && f.Status != model.Proposed
	}) {
		t.Errorf("%q: %+v, want Quorvex's purchase of Brindle not proposed", text, got)
	}
}

// 4018437a tookWith: an impersonal "se hizo" (was done) with a long time
// before "con" (with) takes nothing.
func TestReview65aImpersonalSeHizoTakesNothing(t *testing.T) {
	for _, text := range []string{
		"El lanzamiento se hizo a finales de 2013 con Quorvex y Veltraco como socios.",
		"La emisión de Veltraco se hizo a mediados de 2014 con Quorvex como banco colocador.",
		"El acuerdo entre Veltraco y Quorvex se hizo a finales de 2013 con la mediación del Gobierno.",
	} {
		noAcquisition(t, "es", text, "Veltraco", "Quorvex")
	}
}
