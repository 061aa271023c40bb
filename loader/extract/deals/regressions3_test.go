package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Regressions a third review proved in 267d9a4, each read right again now.

// subjectAfterColon now needs one of a short list of verbs (actingVerbs)
// right after the company opening the words after a colon. Most ways a
// headline tells a buyer are not on it ("to buy", "will buy", "snaps up",
// "erwirbt", "will ... übernehmen", "rachète", "acquisisce", "comprará"),
// so the company before the colon is read as the buyer. 6376ab2 read
// Brindle the buyer in each.
func TestColonSubjectWithAnUnlistedVerbBuys(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Veltraco under pressure: Brindle to buy its chemicals arm for $2 billion."},
		{"en", "Veltraco under pressure: Brindle will buy its chemicals arm for $2 billion."},
		{"en", "Veltraco under pressure: Brindle snaps up its chemicals arm for $2 billion."},
		{"de", "Veltraco unter Druck: Brindle erwirbt die Chemiesparte für 2 Milliarden Euro."},
		{"de", "Veltraco unter Druck: Brindle will die Chemiesparte für 2 Milliarden Euro übernehmen."},
		{"fr", "Veltraco sous pression: Brindle rachète sa division chimie pour 2 milliards d'euros."},
		{"it", "Veltraco sotto pressione: Brindle acquisisce la divisione chimica per 2 miliardi di euro."},
		{"es", "Veltraco bajo presión: Brindle comprará su división química por 2.000 millones de euros."},
	}, boughtBy("Brindle"), "Brindle the buyer")
}

// exercised (kinds.go) dropped the present forms: "is exercising an
// option", "esercita l'opzione" are read as an option for later, so the
// stake as no control. 6376ab2 read an acquisition.
func TestPresentExerciseStillGivesControl(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Veltraco bought a 40 percent stake in Brindle and is exercising an option to raise it to 100 percent."},
		{"it", "Veltraco ha comprato il 40% di Brindle ed esercita l'opzione per salire al 100%."},
	}, ofType(model.Acquisition), "an acquisition")
}

// laterOption now looks eight words past a right for a raising word, and
// "increase" / "take" are raising words: a right to appoint the chief
// executive "and to increase the dividend" becomes a right to buy more.
// 6376ab2 read an acquisition.
func TestRightOfAnotherKindThenARaisingWord(t *testing.T) {
	text := "Veltraco bought 49% of Brindle, with the right to appoint the chief executive and to increase the dividend, giving it control."
	got := Find(sentence(text, "Veltraco", "Brindle"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%q: %+v, want an acquisition", text, got)
	}
}

// withGoingTo adds a sale at "geht"/"ging" even when the sentence already
// tells a deal: "für <Preis>" of that deal and any later "an" ("an die
// Grenze", "an seine Grenzen") make the verb of going the sale's word, and
// the purchase becomes a divestiture with no buyer. 6376ab2 read Veltraco
// buying Quorvex.
func TestGoingBesideAPurchase(t *testing.T) {
	for _, text := range []string{
		"Veltraco geht mit der Übernahme von Quorvex für 2 Milliarden Euro an die Grenze seiner Möglichkeiten.",
		"Veltraco ging bei der Übernahme von Quorvex für 2 Milliarden Euro an seine Grenzen.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex"), "de", "2023-01-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || got[0].Buyer != "Veltraco" {
			t.Errorf("%q: %+v, want Veltraco buying Quorvex", text, got)
		}
	}
}

// withGoingTo takes any "für" + number before any "an" as a price and a
// buyer: a listing ("an die Börse", "an den Kapitalmarkt", a price "je
// Aktie"), "an der Börse" after a price of another deal, a contract
// awarded, and "für zehn Jahre" (a duration; "zehn", "zwei", "drei",
// even "eine" are germanNumbers) all become sales. 6376ab2 found no sale in
// any.
func TestGoingIsNoSale(t *testing.T) {
	for _, c := range []struct {
		text      string
		companies []string
	}{
		{"Veltraco ging im März für 12 Euro je Aktie an die Börse.", []string{"Veltraco"}},
		{"Veltraco geht für 20 Millionen Euro an den Kapitalmarkt.", []string{"Veltraco"}},
		{"Die Aktie von Veltraco ging nach der Übernahme von Quorvex für 2 Milliarden Euro an der Börse um 5 Prozent nach oben.", []string{"Veltraco", "Quorvex"}},
		{"Der Auftrag ging für 500 Millionen Euro an Veltraco.", []string{"Veltraco"}},
		{"Der Zuschlag ging für 5 Milliarden Euro an Veltraco.", []string{"Veltraco"}},
		{"Die Hälfte des Gewinns von Quorvex ging für zehn Jahre an Veltraco.", []string{"Veltraco", "Quorvex"}},
		{"Die Förderung über 20 Millionen Euro ging für drei Jahre an Veltraco.", []string{"Veltraco"}},
		{"Das Geld geht für zwei Jahre an Veltraco.", []string{"Veltraco"}},
	} {
		got := Find(sentence(c.text, c.companies...), "de", "2023-01-23")
		if slices.ContainsFunc(got, func(f Found) bool { return f.Type == model.Divestiture }) {
			t.Errorf("%q: %+v, want no sale", c.text, got)
		}
	}
}

// A stake that "went to" a buyer is an investment by it: 6376ab2 read an
// investment; withGoingTo makes it a divestiture of Quorvex.
func TestStakeGoingToABuyer(t *testing.T) {
	text := "Die Beteiligung an Quorvex ging 2019 für 300 Millionen Euro an Veltraco."
	got := Find(sentence(text, "Veltraco", "Quorvex"), "de", "2023-01-23")
	if len(got) != 1 || got[0].Type != model.Investment {
		t.Errorf("%q: %+v, want an investment in Quorvex", text, got)
	}
}
