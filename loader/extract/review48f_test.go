package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 122e03e: "and" no longer joins a long name ending in a
// company word when the run opens with a given name (or the word after a
// sentence's opener is one). Company names open with such words too: a
// founder's name ("William Grant and Sons Distillers", "Heinrich Meyer und
// Söhne GmbH", "Giovanni Bianchi e Figli Spa", "Marie Brizard et Roger
// International"), a partner's ("Morgan Lewis and Bockius LLP", "Mason
// Hayes and Curran LLP") or a place that is also an Asian surname or given
// name in the list ("Hong Kong and Shanghai Banking Corporation").

// TestReview48fHongKongAndShanghai: "Hong" is in givennames.txt, so the
// bank and the hotel group lose their first half ("Shanghai Banking").
func TestReview48fHongKongAndShanghai(t *testing.T) {
	for _, c := range []struct{ body, want, wrong string }{
		{"The Hong Kong and Shanghai Banking Corporation said on Tuesday it agreed to buy Quorvex Holdings for 200 million dollars.", "Hong Kong and Shanghai Banking", "Shanghai Banking"},
		{"Hong Kong and Shanghai Hotels Limited said on Tuesday it agreed to buy Quorvex Holdings for 200 million dollars. The deal is expected to close in June.", "Hong Kong and Shanghai Hotels", "Shanghai Hotels"},
	} {
		cs := companiesIn(t, "en", c.body)
		wantCompany(t, cs, c.want)
		noCompany(t, cs, c.wrong)
	}
}

// TestReview48fFounderAndSons: a family firm named for its founder and
// his sons is one company, in every language's "and".
func TestReview48fFounderAndSons(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "William Grant and Sons Distillers Ltd, the maker of Glenfiddich whisky, has agreed to buy Quorvex Holdings for 200 million pounds. The deal is expected to close in June.", "William Grant and Sons Distillers"},
		{"de", "Die Heinrich Meyer und Söhne GmbH übernimmt den Konkurrenten Quorvex für 200 Millionen Euro.", "Heinrich Meyer und Söhne"},
		{"it", "Il gruppo Veltraco ha acquisito Giovanni Bianchi e Figli Spa per 200 milioni di euro.", "Giovanni Bianchi e Figli"},
		{"fr", "Le groupe Veltraco rachète Marie Brizard et Roger International pour 200 millions d'euros. La transaction doit être finalisée en juin.", "Marie Brizard et Roger International"},
	} {
		cs := companiesIn(t, c.lang, c.body)
		if !hasCompany(cs, c.want) {
			t.Errorf("%s: companies %+v, want %s", c.lang, cs, c.want)
		}
	}
	noCompany(t, companiesIn(t, "en", "William Grant and Sons Distillers Ltd, the maker of Glenfiddich whisky, has agreed to buy Quorvex Holdings for 200 million pounds."), "Sons Distillers")
	noCompany(t, companiesIn(t, "fr", "Le groupe Veltraco rachète Marie Brizard et Roger International pour 200 millions d'euros."), "Marie Brizard", "Roger International")
}

// TestReview48fFounderAndSonsDeal: the deal keeps its buyer (not "Sons
// Distillers", and in German and Italian the buyer is not lost).
func TestReview48fFounderAndSonsDeal(t *testing.T) {
	for _, c := range []struct{ lang, body, buyer string }{
		{"en", "William Grant and Sons Distillers Ltd, the maker of Glenfiddich whisky, has agreed to buy Quorvex Holdings for 200 million pounds.", "William Grant and Sons Distillers"},
		{"de", "Heinrich Meyer und Söhne GmbH übernimmt den Konkurrenten Quorvex für 200 Millionen Euro.", "Heinrich Meyer und Söhne"},
		{"it", "Giovanni Bianchi e Figli Spa ha acquisito Quorvex per 200 milioni di euro.", "Giovanni Bianchi e Figli"},
	} {
		if d := dealOf(extractTextIn(t, c.lang, c.body), model.Acquisition, c.buyer, "Quorvex"); d == nil || d.Parties[0] != c.buyer {
			t.Errorf("%s: no purchase of Quorvex by %s: %+v", c.lang, c.buyer, d)
		}
	}
}

// TestReview48fPartnersFirm: a law firm named for its partners, the first
// a given name, is one firm, and the side of its merger.
func TestReview48fPartnersFirm(t *testing.T) {
	for _, c := range []struct{ body, want, wrong string }{
		{"Mason Hayes and Curran LLP has agreed to merge with Quorvex Legal in a deal worth 20 million euros.", "Mason Hayes and Curran", "Curran"},
		{"Morgan Lewis and Bockius LLP has agreed to merge with Quorvex Legal in a deal worth 20 million dollars.", "Morgan Lewis and Bockius", "Bockius"},
	} {
		cs, ds := extractAll(t, "en", c.body)
		wantCompany(t, cs, c.want)
		noCompany(t, cs, c.wrong)
		if d := dealOf(ds, model.Merger, c.want, "Quorvex Legal"); d == nil {
			t.Errorf("no merger of %s and Quorvex Legal: %+v", c.want, ds)
		}
	}
}
