package deals

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Regressions a review proved in the first rules of stop 32 (66ff696 to
// 20694e9): each case was read right before them, wrong after, and is read
// right again.

// eachOneDeal fails t for each case that Find, Veltraco and Brindle named,
// reads as other than one deal for which ok holds; want says what was
// wanted.
func eachOneDeal(t *testing.T, cases []langText, ok func(Found) bool, want string) {
	t.Helper()
	for _, c := range cases {
		got := Find(sentence(c.text, "Veltraco", "Brindle"), c.lang, "")
		if len(got) != 1 || !ok(got[0]) {
			t.Errorf("%s %q: %+v, want %s", c.lang, c.text, got, want)
		}
	}
}

// boughtBy: a deal whose buyer is buyer.
func boughtBy(buyer string) func(Found) bool { return func(f Found) bool { return f.Buyer == buyer } }

// ofType: a deal of type typ.
func ofType(typ string) func(Found) bool { return func(f Found) bool { return f.Type == typ } }

// mentionBefore as first written (34b92d7) started the clause after a colon
// whenever a company was named between the colon and the deal word. After a colon the
// company named is as often what is bought as who buys: a passive, or a
// German object put first, leaves the buyer before the colon.
func TestColonOpensNoSubjectOfItsOwn(t *testing.T) {
	eachOneDeal(t, []langText{
		// passive: Brindle is bought
		{"de", "Veltraco greift zu: Brindle wird für zwei Milliarden Euro übernommen."},
		// a German object put first ("Den Konkurrenten Brindle"), the buyer
		// told as "der Konzern"
		{"de", "Veltraco hat ein neues Ziel: Den Konkurrenten Brindle will der Konzern für zwei Milliarden Euro übernehmen."},
		// what is bought, then a relative clause of its buyer
		{"en", "Veltraco has a new target: Brindle is the company it agreed to buy for $2 billion."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// mentionBefore as first written (177f0ee) skipped any company right after "with/mit/con/
// avec". A sentence may open with that preposition before its buyer: "Mit
// Veltraco übernimmt erstmals ein chinesischer Konzern ..." (With Veltraco,
// for the first time a Chinese group takes over ...), "Con Veltraco che
// rileva Brindle ...".
func TestWithOpeningTheSentenceStillBuys(t *testing.T) {
	eachOneDeal(t, []langText{
		{"de", "Mit Veltraco kauft erstmals ein chinesischer Konzern den Maschinenbauer Brindle."},
		{"de", "Mit Veltraco übernimmt erstmals ein chinesischer Konzern einen deutschen Maschinenbauer, Brindle."},
		{"it", "Con Veltraco che rileva Brindle nasce il primo gruppo europeo."},
		{"fr", "Avec Veltraco qui rachète Brindle, le secteur se concentre."},
	}, boughtBy("Veltraco"), "Veltraco the buyer")
}

// control as first written (20694e9) stopped at the first option or right
// word once a stake or a percentage was named, whatever the verb: an option *exercised* buys
// now, and "the right to nominate the board" is no option to buy more.
func TestExercisedOptionStillGivesControl(t *testing.T) {
	eachOneDeal(t, []langText{
		{"en", "Veltraco bought 50% of Brindle and exercised its option on the remaining 50%, taking full ownership."},
		{"en", "Veltraco bought a 50% stake in Brindle in 2019 and exercised its option to acquire the remaining 50% this year."},
		{"es", "Veltraco compró el 50% de Brindle y ejerció su opción de compra sobre el 50% restante, con lo que se queda con el 100%."},
		{"it", "Veltraco ha acquistato il 50% di Brindle ed esercitato l'opzione sul restante 50%, salendo al 100%."},
	}, ofType(model.Acquisition), "an acquisition")
}

func TestRightOfAnotherKindKeepsControl(t *testing.T) {
	text := "Veltraco bought 49% of Brindle, with the right to nominate the majority of the board, giving it control."
	got := Find(sentence(text, "Veltraco", "Brindle"), "en", "")
	if len(got) != 1 || got[0].Type != model.Acquisition {
		t.Errorf("%q: %+v, want an acquisition: control is gained now", text, got)
	}
}

// subjectBefore as first written (34b92d7) gave up on the named subject when "the group",
// "der Konzern", "the company" stands anywhere before it — also inside an
// opening adverbial clause ("Wie der Konzern mitteilte," = as the group
// said), where it is no subject at all.
func TestDescribedWordInAnOpeningClauseLeavesTheSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Wie der Konzern mitteilte, hatte Veltraco 2012 Quorvex übernommen; im Januar folgte der Kauf von Brindle."},
		{"en", "Two years after the group was founded, Veltraco paid $2 billion for Quorvex, and in 2014 it bought Brindle for $500 million."},
		{"en", "As the company grew, Veltraco paid $2 billion for Quorvex in 2010, and in 2014 it bought Brindle."},
	} {
		got := Find(sentence(c.text, "Veltraco", "Quorvex", "Brindle"), c.lang, "")
		if !slices.ContainsFunc(got, func(f Found) bool {
			return slices.Contains(f.Parties, "Veltraco") && slices.Contains(f.Parties, "Brindle")
		}) {
			t.Errorf("%s %q: %+v, want Veltraco's purchase of Brindle", c.lang, c.text, got)
		}
	}
}
