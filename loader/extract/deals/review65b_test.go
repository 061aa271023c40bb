package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Review of stop 65, second round (3bc75007, 05debefe, fd9e9846): inputs
// the three commits read worse than their parent f0ac2bf2 did. Each test
// fails at fd9e9846 and passes at f0ac2bf2.

const published65b = "2020-07-23"

// acquisitionOf65b is the first acquisition Find reads in text naming
// both a and b, and whether there is one.
func acquisitionOf65b(lang, text, a, b string, companies ...string) (Found, []Found, bool) {
	got := Find(sentence(text, companies...), lang, published65b)
	for _, f := range got {
		if f.Type == model.Acquisition && slices.Contains(f.Parties, a) && slices.Contains(f.Parties, b) {
			return f, got, true
		}
	}
	return Found{}, got, false
}

// 3bc75007 "entré dans le giron de": a person joining a group (its
// former officer, someone who worked at another company) is no takeover
// of the company the sentence names beside them.
func TestReview65bPersonEnteringAFoldIsNoTakeover(t *testing.T) {
	for _, text := range []string{
		"L'ancien patron de Quorvex est entré dans le giron de Veltraco en 2015.",
		"Après vingt ans chez Quorvex, Jean Dupont est entré dans le giron de Veltraco en 2015.",
		"Jean Dupont, ancien dirigeant de Quorvex, est entré dans le giron de Veltraco en 2015.",
	} {
		noAcquisition(t, "fr", text, "Quorvex", "Veltraco")
	}
}

// 3bc75007 giron in a relative clause: the company "qui" stands for is
// bought by the one whose fold it is, not the other way round
// ("Brindle, qui était passée dans le giron de Quorvex": Quorvex bought
// Brindle; "Quorvex, qui est passée dans le giron de Veltraco": Veltraco
// bought Quorvex).
func TestReview65bFoldInARelativeClauseIsNotInverted(t *testing.T) {
	for _, c := range []struct{ text, notBuyer string }{
		{"Veltraco a racheté Brindle, qui était passée dans le giron de Quorvex en 2008.", "Brindle"},
		{"Quorvex, qui est passée dans le giron de Veltraco en 2011, a annoncé hier un partenariat avec Brindle.", "Quorvex"},
	} {
		for _, f := range Find(sentence(c.text, "Veltraco", "Brindle", "Quorvex"), "fr", published65b) {
			if f.Type == model.Acquisition && f.Buyer == c.notBuyer {
				t.Errorf("%q: %+v, want %s no buyer", c.text, f, c.notBuyer)
			}
		}
	}
}

// 3bc75007 giron in a relative clause: the partnership the main clause
// tells keeps its subject as a side.
func TestReview65bFoldClauseKeepsThePartnershipsSubject(t *testing.T) {
	text := "Quorvex, qui est passée dans le giron de Veltraco en 2011, a annoncé hier un partenariat avec Brindle."
	got := Find(sentence(text, "Veltraco", "Brindle", "Quorvex"), "fr", published65b)
	if !slices.ContainsFunc(got, func(f Found) bool {
		return f.Type == model.Partnership && slices.Contains(f.Parties, "Quorvex") && slices.Contains(f.Parties, "Brindle")
	}) {
		t.Errorf("%q: %+v, want Quorvex's partnership with Brindle", text, got)
	}
}

// 3bc75007 giron after an apposed participle: what entered Veltraco's
// fold is Brindle, the company the participle follows, not the
// sentence's subject.
func TestReview65bFoldOfAnApposedParticipleIsNotTheSubjects(t *testing.T) {
	text := "Quorvex a signé un partenariat avec Brindle, entrée dans le giron de Veltraco en 2011."
	if f, got, ok := acquisitionOf65b("fr", text, "Quorvex", "Veltraco", "Veltraco", "Brindle", "Quorvex"); ok {
		t.Errorf("%q: %+v (all %+v), want no takeover of Quorvex by Veltraco", text, f, got)
	}
}

// fd9e9846 openingYearAgo: "a year ago" opening a sentence that goes on
// to today's deal, dated in the sentence itself, dates a comparison, not
// the deal.
func TestReview65bYearAgoComparisonKeepsTheDealsOwnDate(t *testing.T) {
	for _, c := range []struct{ lang, text, date string }{
		{"en", "A year ago, Quorvex was worth twice as much; Veltraco agreed on Tuesday to buy it for $2 billion.", "2020-07-21"},
		{"en", "A year ago, few expected that Veltraco would buy Quorvex this month.", "2020-07"},
		{"es", "Hace un año, nadie imaginaba que Veltraco compraría Quorvex en julio.", "2020-07"},
		{"fr", "Il y a un an, Quorvex était encore une start-up; aujourd'hui Veltraco la rachète pour 2 milliards d'euros.", "2020-07-23"},
	} {
		f, got, ok := acquisitionOf65b(c.lang, c.text, "Veltraco", "Quorvex", "Veltraco", "Quorvex")
		if !ok || f.Date != c.date {
			t.Errorf("%s %q: %+v, want the purchase dated %s", c.lang, c.text, got, c.date)
		}
	}
}

// fd9e9846 openingYearAgo: a year-ago comparison before a deal told in
// the present or the conditional makes it neither a year old nor
// completed.
func TestReview65bYearAgoComparisonCompletesNoDeal(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Vor einem Jahr lag der Kurs bei 20 Euro, nun übernimmt Veltraco Quorvex."},
		{"de", "Vor einem Jahr war Quorvex noch doppelt so viel wert, jetzt kauft Veltraco das Unternehmen."},
		{"de", "Vor einem Jahr hätte niemand gedacht, dass Veltraco Quorvex kaufen würde."},
		{"en", "A year ago, Quorvex was a start-up; now Veltraco is paying $2 billion for it."},
	} {
		f, got, ok := acquisitionOf65b(c.lang, c.text, "Veltraco", "Quorvex", "Veltraco", "Quorvex")
		if !ok || f.Status == model.Completed || f.Date == "2019" {
			t.Errorf("%s %q: %+v, want the purchase neither completed nor dated 2019", c.lang, c.text, got)
		}
	}
}

// 05debefe outbidFrom: "beat", "exceeded", "topped" of anything but a
// rival's bid (sales, expectations) cut the span the sentence's status is
// read in, and a failure told after them is lost.
func TestReview65bBeatOfSomethingElseKeepsTheFailure(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy Quorvex, whose sales beat expectations, but the deal collapsed.",
		"Veltraco agreed to buy Quorvex, but the deal, which beat analysts' expectations, was abandoned in March.",
	} {
		f, got, ok := acquisitionOf65b("en", text, "Veltraco", "Quorvex", "Veltraco", "Quorvex")
		if !ok || f.Status != model.Failed {
			t.Errorf("%q: %+v, want the purchase failed", text, got)
		}
	}
}

// 05debefe outbidFrom: a rival's bid topped in an aside tells no status,
// but the deal's own status told after the aside still does.
func TestReview65bStatusAfterTheRivalsBidAside(t *testing.T) {
	text := "Veltraco agreed to buy Quorvex, topping a bid from Brindle, and the deal was completed in May."
	f, got, ok := acquisitionOf65b("en", text, "Veltraco", "Quorvex", "Veltraco", "Quorvex", "Brindle")
	if !ok || f.Status != model.Completed {
		t.Errorf("%q: %+v, want the purchase completed", text, got)
	}
}

// 05debefe withoutControlOfNoCompany "se hizo ... con": a company named
// a few words into "con" (after its kind: "la cadena de supermercados
// Quorvex"), a unit of a company, or a company followed by "como" in
// another sense ("como parte de su expansión") is still what was taken.
func TestReview65bSeHizoConACompanyAfterAnyTime(t *testing.T) {
	for _, text := range []string{
		"Veltraco se hizo a finales de 2013 con la cadena de supermercados Quorvex.",
		"Veltraco se hizo a finales de 2013 con la filial española de Quorvex.",
		"Veltraco se hizo a finales de 2013 con el negocio europeo de Quorvex.",
		"Veltraco se hizo a finales de 2013 con Quorvex como parte de su expansión.",
	} {
		if _, got, ok := acquisitionOf65b("es", text, "Veltraco", "Quorvex", "Veltraco", "Quorvex"); !ok {
			t.Errorf("%q: %+v, want Veltraco's purchase of Quorvex", text, got)
		}
	}
}

// 05debefe triggers: "bid from", "bids from", "offers from" after a
// target rejecting, receiving or weighing them are takeover bids.
func TestReview65bRejectedBidFromIsATakeoverBid(t *testing.T) {
	for _, text := range []string{
		"Quorvex rejected a bid from Veltraco.",
		"Quorvex, the British chipmaker, rejected a bid from Veltraco worth $2 billion.",
		"Quorvex has received bids from Veltraco and Brindle for the company.",
		"Quorvex said it would consider offers from Veltraco and Brindle for the whole company.",
	} {
		if _, got, ok := acquisitionOf65b("en", text, "Quorvex", "Veltraco", "Veltraco", "Quorvex", "Brindle"); !ok {
			t.Errorf("%q: %+v, want Veltraco's bid for Quorvex", text, got)
		}
	}
}

// 05debefe triggers: German "Angebot von", "Gebot von" that the target
// or its shareholders reject or accept are takeover offers.
func TestReview65bGermanOfferRejectedOrAccepted(t *testing.T) {
	for _, text := range []string{
		"Quorvex lehnte ein Angebot von Veltraco über 2 Milliarden Euro ab.",
		"Der Vorstand von Quorvex lehnte das Gebot von Veltraco ab.",
		"Die Aktionäre von Quorvex haben das Angebot von Veltraco angenommen.",
	} {
		if _, got, ok := acquisitionOf65b("de", text, "Quorvex", "Veltraco", "Veltraco", "Quorvex"); !ok {
			t.Errorf("%q: %+v, want Veltraco's offer for Quorvex", text, got)
		}
	}
}

// 05debefe triggers "cash bid": a cash bid in an auction of bonds is no
// takeover of a company named beside it.
func TestReview65bCashBidInABondAuction(t *testing.T) {
	noAcquisition(t, "en", "Veltraco placed a cash bid in the government bond auction, alongside Quorvex.", "Veltraco", "Quorvex")
}

// 3bc75007 giron: entering a stock index's fold ("le giron du CAC 40")
// is no takeover, and no deal with the company it is compared to.
func TestReview65bEnteringAnIndexIsNoTakeover(t *testing.T) {
	for _, text := range []string{
		"Quorvex est entrée dans le giron du CAC 40 en 2010, comme Veltraco.",
		"Comme Veltraco, Quorvex est entrée dans le giron du CAC 40 en 2010.",
	} {
		noAcquisition(t, "fr", text, "Quorvex", "Veltraco")
	}
}

// 3bc75007 "dans son giron": the fold's clause opening the sentence
// ("son" is Veltraco's, named later) draws the sentence's date to itself,
// and the purchase the sentence goes on to tell is left undated and only
// announced.
func TestReview65bFoldClauseKeepsTheOtherPurchasesDate(t *testing.T) {
	text := "Brindle est entrée dans son giron en 2012, lorsque Veltraco a racheté Quorvex pour 2 milliards d'euros."
	f, got, ok := acquisitionOf65b("fr", text, "Veltraco", "Quorvex", "Veltraco", "Quorvex", "Brindle")
	if !ok || f.Status != model.Completed || f.Date != "2012" {
		t.Errorf("%q: %+v, want Veltraco's purchase of Quorvex completed in 2012", text, got)
	}
}
