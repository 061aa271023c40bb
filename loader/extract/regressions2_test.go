package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// Regressions a second review proved in 9a811ed and d872a06, read right by
// 20694e9 and right again now.

// As first written, segment.ShortenedName (9a811ed): a vowelless capitalised word no longer
// ends its sentence, so the next sentence's company joins the deal before
// it. "Bhd" (Malaysian Berhad) closes most Malaysian company names; "Elf"
// opens with a capital vowel the vowel test does not see; "Grand Est" is
// a French region.
func TestVowellessWordEndingASentence(t *testing.T) {
	for _, c := range []struct {
		lang, text   string
		companies    []string
		first, other [2]string
	}{
		{"en", "Veltraco agreed to buy Quorvex Bhd. Kelmora said it would sell its stake in Ostravel.",
			[]string{"Veltraco", "Quorvex Bhd", "Kelmora", "Ostravel"}, [2]string{"Veltraco", "Quorvex Bhd"}, [2]string{"Kelmora", "Ostravel"}},
		{"en", "Veltraco took over Elf. Kelmora agreed to buy Brindle.",
			[]string{"Veltraco", "Elf", "Kelmora", "Brindle"}, [2]string{"Veltraco", "Elf"}, [2]string{"Kelmora", "Brindle"}},
		{"fr", "Veltraco a racheté une usine de Quorvex dans le Grand Est. Le groupe allemand Kelmora a annoncé l'acquisition de Brindle.",
			[]string{"Veltraco", "Quorvex", "Kelmora", "Brindle"}, [2]string{"Veltraco", "Quorvex"}, [2]string{"Kelmora", "Brindle"}},
	} {
		ds := extractTextIn(t, c.lang, c.text, c.companies...)
		for _, d := range ds {
			if slices.Contains(d.Parties, c.first[0]) && slices.Contains(d.Parties, c.other[0]) {
				t.Errorf("%q: deal %+v joins two sentences' deals", c.text, d)
			}
		}
		if !slices.ContainsFunc(ds, func(d model.Deal) bool {
			return len(d.Parties) > 1 && d.Parties[0] == c.first[0] && d.Parties[1] == c.first[1]
		}) {
			t.Errorf("%q: deals %+v, want %s and %s", c.text, ds, c.first[0], c.first[1])
		}
	}
}

// As first written, describedAt (d872a06) stops at "and", also inside a description: "Italian
// oil and gas group Veltraco" is now only a "gas group", so "the Italian
// group" later goes to the company named last, Brindle.
func TestDescriptionWithAnAndInside(t *testing.T) {
	for _, text := range []string{
		"Italian oil and gas group Veltraco agreed to buy Quorvex from German utility Brindle for $2 billion. Brindle's shares rose. " +
			"The Italian group bought Kelmora in 2019 for $300 million.",
		"US aerospace and defence group Veltraco agreed to buy Quorvex from German utility Brindle for $2 billion. Brindle's shares rose. " +
			"The US group bought Kelmora in 2019 for $300 million.",
	} {
		ds := extractTextIn(t, "en", text, "Veltraco", "Quorvex", "Brindle", "Kelmora")
		if !hasDeal(ds, model.Acquisition, "Veltraco", "Kelmora") {
			t.Errorf("%q: deals %+v, want Veltraco buying Kelmora", text, ds)
		}
	}
}

// As first written, roleSide (d872a06) no longer reads "the target" of a purchase whose buyer
// no word marked: "Brindle sera racheté" (passive, no agent) after
// "Veltraco fait ses emplettes" - "la cible" is Brindle, and what "elle"
// bought is Brindle's purchase, not Veltraco's.
func TestTargetOfAnUnmarkedPurchase(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Veltraco fait ses emplettes: Brindle sera racheté pour 2 milliards d'euros. Veltraco paiera en numéraire. " +
			"La cible n'est pas novice, puisqu'elle avait racheté Kelmora en 2015 pour 300 millions d'euros."},
		{"en", "Veltraco goes shopping: Brindle to be acquired for $2 billion. Veltraco's shares rose 3 percent. " +
			"The target has itself been acquisitive: in 2015 it bought Kelmora for $300 million."},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Brindle", "Kelmora")
		if !hasDeal(ds, model.Acquisition, "Brindle", "Kelmora") {
			t.Errorf("%s: deals %+v, want Brindle buying Kelmora", c.lang, ds)
		}
	}
}

// As first written, roleSide (d872a06) prefers a marked buyer anywhere among the reports: a
// purchase recalled in passing ("In 2015 Kelmora bought Ostravel") then
// wins over the article's own deal, and "the buyer" is Kelmora.
func TestBuyerIsTheArticlesNotARecalledOne(t *testing.T) {
	text := "Veltraco goes shopping: Brindle to be acquired for $2 billion. In 2015 Kelmora bought Ostravel for $100 million. " +
		"The buyer has mostly grown through smaller purchases; in 1998 it bought Daxmoor for $50 million."
	ds := extractTextIn(t, "en", text, "Veltraco", "Brindle", "Kelmora", "Ostravel", "Daxmoor")
	if !hasDeal(ds, model.Acquisition, "Veltraco", "Daxmoor") {
		t.Errorf("deals %+v, want Veltraco buying Daxmoor", ds)
	}
}
