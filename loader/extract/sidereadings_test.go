package extract

import (
	"testing"

	"dealwire/model"
)

// A deal one article tells with neither a price nor a date is not listed
// beside a firmer deal of that article when its sentence does not name
// one of its sides, or when it is a purchase, sale, merger, stake, supply
// or licence not told as done; it is when it is an alliance its sentence
// names both sides of, when the article tells nothing firmer, when the
// headline tells it or it is the article's first deal, or when it has a
// figure or a year of its own.
func TestBareReadingsFromAnaphorsBesideAFirmerDeal(t *testing.T) {
	firm := "Veltraco agreed to buy Quorvex for $2 billion on Monday. "
	for _, c := range []struct{ lang, text, kind, a, b string }{
		{"en", "# Veltraco buys Quorvex phones\n\nVeltraco agreed to buy the phone business of Quorvex for $7.2 billion. " +
			"The deal also included the licensing of a large number of patents.", model.Licensing, "Veltraco", "Quorvex"},
		{"en", firm + "The company also renewed the supply agreement with Brindle until 2030.", model.Supply, "Veltraco", "Brindle"},
		{"en", firm + "Veltraco makes shoes. It reached a partnership with Brindle.", model.Partnership, "Veltraco", "Brindle"},
		// a purchase, a sale, a stake or a supply told in passing with
		// neither a figure nor a year, and not as done
		{"en", firm + "Quorvex agreed to buy the pump maker Kelmora.", model.Acquisition, "Quorvex", "Kelmora"},
		{"en", firm + "Separately, Brindle agreed to acquire Kelmora.", model.Acquisition, "Brindle", "Kelmora"},
		{"en", firm + "Under the deal, Quorvex will also supply Veltraco with chips for ten years.", model.Supply, "Quorvex", "Veltraco"},
		{"en", firm + "In return, Quorvex will take a 5% stake in Veltraco.", model.Investment, "Quorvex", "Veltraco"},
	} {
		ds := extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle", "Kelmora")
		if d := dealOf(ds, c.kind, c.a, c.b); d != nil {
			t.Errorf("%q: %+v listed, want the bare reading left out", c.text, d)
		}
		wantDealOf(t, ds, model.Acquisition, "Veltraco", "Quorvex")
	}
	for _, c := range []struct{ lang, text, kind, a, b string }{
		// the sentence names both sides: a deal in passing
		{"en", firm + "Veltraco also signed a partnership with Brindle.", model.Partnership, "Veltraco", "Brindle"},
		// nothing firmer in the article
		{"en", "Veltraco makes shoes. It reached a partnership with Brindle.", model.Partnership, "Veltraco", "Brindle"},
		// a year of its own
		{"en", firm + "Veltraco makes shoes. It reached a partnership with Brindle in 2016.", model.Partnership, "Veltraco", "Brindle"},
		// a purchase told as done
		{"en", firm + "Quorvex completed its purchase of the pump maker Kelmora.", model.Acquisition, "Quorvex", "Kelmora"},
		// the article's first deal, before a firmer one it recalls
		{"en", "Veltraco agreed to buy Brindle. Veltraco had bought Quorvex for $500 million.", model.Acquisition, "Veltraco", "Brindle"},
		// the headline names both sides
		{"en", "# Veltraco to buy Quorvex\n\nVeltraco reported a rise in quarterly profit. It also agreed to acquire Quorvex. " +
			"Separately, Veltraco sold its stake in Brindle for $1 billion on Monday.", model.Acquisition, "Veltraco", "Quorvex"},
		// a later sentence of the same deal names both sides
		{"en", firm + "Veltraco makes chips. The company agreed to form a joint venture with Brindle. " +
			"Veltraco and Brindle will each hold half of the joint venture.", model.JointVenture, "Veltraco", "Brindle"},
		// the only firmer deal is one of years before, told in passing
		{"en", "Veltraco reported a rise in quarterly profit. It also agreed to acquire Quorvex. Veltraco bought Brindle in 2019.",
			model.Acquisition, "Veltraco", "Quorvex"},
	} {
		wantDealOf(t, extractTextIn(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle", "Kelmora"), c.kind, c.a, c.b)
	}
}

// withoutSideReadings reads the firmer deals across outlets: a deal told
// by two articles is firm even with no figure, and makes its articles'
// bare anaphoric readings side readings.
func TestSideReadingsBesideADealOfTwoOutlets(t *testing.T) {
	told := model.Deal{ID: "told", Sources: []model.Source{{Article: "a"}, {Article: "b"}}}
	bare := model.Deal{ID: "bare", Sources: []model.Source{{Article: "b"}}}
	elsewhere := model.Deal{ID: "elsewhere", Sources: []model.Source{{Article: "c"}}}
	named := model.Deal{ID: "named", Sources: []model.Source{{Article: "a"}}}
	got := withoutSideReadings(nil, []model.Deal{told, bare, elsewhere, named}, []reading{{article: -1}, {unnamed: true, article: 1, first: 3}, {unnamed: true, article: 2, first: 3}, {article: 0, first: 2}})
	var ids []string
	for _, d := range got {
		ids = append(ids, d.ID)
	}
	if len(ids) != 3 || ids[0] != "told" || ids[1] != "elsewhere" || ids[2] != "named" {
		t.Errorf("deals %v, want told, elsewhere and named", ids)
	}
}
