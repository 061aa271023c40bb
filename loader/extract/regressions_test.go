package extract

import (
	"slices"
	"testing"

	"dealwire/loader/extract/lexicon"
	"dealwire/model"
)

// Regressions a review proved in the first rules of stop 32 (66ff696 to
// 20694e9): each case was read right before them, wrong after, and is read
// right again.

// hasDeal: ds holds a deal of typ whose first (acting) party is first and
// that has other among its parties.
func hasDeal(ds []model.Deal, typ, first, other string) bool {
	return slices.ContainsFunc(ds, func(d model.Deal) bool {
		return d.Type == typ && len(d.Parties) > 0 && d.Parties[0] == first && slices.Contains(d.Parties, other)
	})
}

// saidLast, as first written (20694e9) and since removed, made the sayer at a sentence's end the buyer of an
// "it" sentence. A target's own statement about its buyer is just as
// common: "It will pay $2 billion ..., Brindle said" - "it" is Veltraco,
// Brindle only says so.
func TestTargetSayingWhatItsBuyerPays(t *testing.T) {
	text := "Veltraco agreed on Monday to buy Brindle, a maker of industrial sensors. Brindle's shares rose 30 percent. " +
		"It will pay $2 billion in cash for the sensor maker, Brindle said."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle")
	if hasDeal(ds, model.Acquisition, "Brindle", "Veltraco") {
		t.Errorf("deals %+v: Brindle read as buying Veltraco", ds)
	}
	if !hasDeal(ds, model.Acquisition, "Veltraco", "Brindle") {
		t.Errorf("deals %+v, want Veltraco buying Brindle", ds)
	}
}

// Same rule, "it" the buyer, the target's statement: an investment read
// the other way round.
func TestTargetSayingWhatItsBuyerBuys(t *testing.T) {
	text := "Veltraco agreed on Monday to buy Brindle, a maker of industrial sensors, for $2 billion. Brindle's shares rose 30 percent. " +
		"It will buy all outstanding shares for $20 each in cash, Brindle said."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle")
	for _, d := range ds {
		if len(d.Parties) > 0 && d.Parties[0] == "Brindle" {
			t.Errorf("deal %+v: Brindle read as the acting side", d)
		}
	}
}

// dealObject (34b92d7): a possessive after a deal word is "whose", not
// "what" - but after a buying verb ("Buying Quorvex's paint unit") the
// possessive is the seller of what is bought, no subject for the "it"
// after.
func TestPossessiveAfterABuyingVerbIsNoSubject(t *testing.T) {
	text := "Veltraco agreed on Monday to buy Brindle for $2 billion. Buying Quorvex's paint unit in 2019 doubled its sales. " +
		"It also bought Kelmora for $300 million in 2021."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle", "Quorvex", "Kelmora")
	if !hasDeal(ds, model.Acquisition, "Veltraco", "Kelmora") {
		t.Errorf("deals %+v, want Veltraco buying Kelmora", ds)
	}
}

// dealObject (34b92d7): Italian "e" is "and" as well as "is": "La cessione
// di Quorvex e Kelmora" (the sale of Quorvex and Kelmora) ties no deal word
// to Kelmora by a copula.
func TestItalianAndIsNoCopula(t *testing.T) {
	for _, text := range []string{
		"Veltraco ha annunciato lunedì l'acquisto di Brindle per 2 miliardi di euro. La cessione di Quorvex e Kelmora era attesa da mesi. Nel 2021 aveva rilevato Ostravel per 300 milioni di euro.",
		"Veltraco ha annunciato lunedì l'acquisto di Brindle per 2 miliardi di euro. Con l'acquisizione di Quorvex e Kelmora, due anni fa, il gruppo era già cresciuto. Nel 2021 aveva rilevato Ostravel per 300 milioni di euro.",
	} {
		ds := extractTextIn(t, "it", text, "Veltraco", "Brindle", "Quorvex", "Kelmora", "Ostravel")
		if !hasDeal(ds, model.Acquisition, "Veltraco", "Ostravel") {
			t.Errorf("%q: deals %+v, want Veltraco buying Ostravel", text, ds)
		}
	}
}

// dealOwner as first written (34b92d7) let any word stand between a deal word and "for":
// "a takeover offer for Quorvex", "a takeover bid for Quorvex" are bids for
// the target, not Quorvex's deals.
func TestOfferForIsNoOwner(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed on Monday to buy Brindle for $2 billion. Analysts had expected a higher takeover offer for Quorvex, its rival. It also bought Kelmora for $300 million in 2021.",
		"Veltraco agreed on Monday to buy Brindle for $2 billion. Private equity firms had also prepared a takeover bid for Quorvex in the spring. It also bought Kelmora for $300 million in 2021.",
	} {
		ds := extractTextIn(t, "en", text, "Veltraco", "Brindle", "Quorvex", "Kelmora")
		if !hasDeal(ds, model.Acquisition, "Veltraco", "Kelmora") {
			t.Errorf("%q: deals %+v, want Veltraco buying Kelmora", text, ds)
		}
	}
}

// roleSide as first written (177f0ee): a purchase with no buyer marked was taken as told
// from its first party, but a target's board approving its takeover names
// the target first; with "Anche" opening a role, "il venditore" (the
// seller) became the buyer Veltraco.
func TestUnmarkedBuyerIsNotTheFirstNamed(t *testing.T) {
	text := "Il consiglio di amministrazione di Brindle ha dato il via libera all'acquisizione da parte di Veltraco per 2 miliardi di euro. " +
		"Brindle chiuderà la sede di Torino. Anche il venditore ha dovuto fare cassa: ad agosto ha ceduto Kelmora per 300 milioni di euro."
	ds := extractTextIn(t, "it", text, "Veltraco", "Brindle", "Kelmora")
	if hasDeal(ds, model.Divestiture, "Veltraco", "Kelmora") {
		t.Errorf("deals %+v: Veltraco, the buyer, read as selling Kelmora", ds)
	}
}

// describedAt as first written (ba002ad) read seven words back, across another company's
// name: "German chemicals group Veltraco and US rival Brindle" describes
// Brindle as a German group too, and "the German group" later is then
// Brindle, named last.
func TestDescriptionStopsAtAnotherName(t *testing.T) {
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	toks, ms := mentionedSentences([]string{
		"German chemicals group Veltraco and US rival Brindle agreed to merge.",
		"Brindle makes coatings.",
		"For the German group, the merger is the largest since 2015.",
	}, "Veltraco", "Brindle")
	d := anaphorDescription(toks[2], ms[2], lex)
	if d == nil {
		t.Fatal("no description read in the third sentence")
	}
	if c := describedCompany(d, ms, toks, 2, nil, lex); c != "Veltraco" {
		t.Errorf("the German group read as %q, want Veltraco", c)
	}
}
