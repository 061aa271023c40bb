package deals

import (
	"slices"
	"testing"
)

// Review of 6dd1752 (analystsFirm): the seller after "vom" and two
// capitalised words is no analyst's firm just because the sentence holds
// a quotation mark or "Portfolio" comes before it.
func TestStop35ReviewSellerAfterTwoCapitalisedWordsIsNoAnalystsFirm(t *testing.T) {
	for _, c := range []struct {
		text      string
		companies []string
	}{
		{"Veltraco übernimmt die Marke Ostravel vom Münchner Chemiekonzern Daxmoor, wie das „Handelsblatt“ berichtet.", []string{"Veltraco", "Ostravel", "Daxmoor"}},
		{"Veltraco erwirbt das Werk Leipzig vom Stuttgarter Autozulieferer Daxmoor für 80 Millionen Euro, sagte ein Sprecher der „Automobilwoche“.", []string{"Veltraco", "Daxmoor"}},
		{"Der Finanzinvestor Veltraco übernimmt die Tochter Quorvex vom Hamburger Konzern Daxmoor, wie das „Manager Magazin“ berichtet.", []string{"Veltraco", "Quorvex", "Daxmoor"}},
		{"Veltraco kauft das Portfolio vom Berliner Immobilienkonzern Daxmoor.", []string{"Veltraco", "Daxmoor"}},
	} {
		got := Find(sentence(c.text, c.companies...), "de", "")
		if !slices.ContainsFunc(got, func(f Found) bool { return slices.Contains(f.Parties, "Daxmoor") }) {
			t.Errorf("%q: %+v: want Daxmoor, the seller, a side", c.text, got)
		}
	}
}

// Review of 6dd1752 (verbSecondIt): "es" right after the verb, before a
// noun subject, is the object: who buys is the subject after it.
func TestStop35ReviewEsBeforeANounSubjectIsTheObject(t *testing.T) {
	for _, text := range []string{
		"2018 übernahm es der Konkurrent Daxmoor für 40 Millionen Euro.",
		"Später kaufte es der Investor Daxmoor.",
	} {
		for _, f := range Find(sentence(text, "Daxmoor"), "de", "2024-05-01") {
			if f.Anaphor && f.Buyer != "Daxmoor" {
				t.Errorf("%q: %+v: the article's company is what Daxmoor buys, not the buyer", text, f)
			}
		}
	}
	// "hat es ... gegeben": there have been talks; Daxmoor stays the buyer
	text := "Laut Insidern hat es bereits Gespräche über eine Übernahme von Quorvex durch Daxmoor gegeben."
	for _, f := range Find(sentence(text, "Quorvex", "Daxmoor"), "de", "") {
		if f.Anaphor || f.Buyer != "Daxmoor" {
			t.Errorf("%q: %+v: Daxmoor buys, no company is \"es\"", text, f)
		}
	}
}
