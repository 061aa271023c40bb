package extract

import (
	"testing"

	"dealwire/model"
)

// A stake told as an investment by one outlet and as a sale by two others,
// at one price, is one deal of the class most outlets give (the investment
// read as the purchase, as its parties stand buyer first); the same two
// companies at another price stay another deal.
func TestOneTypeForOneDeal(t *testing.T) {
	arts := []model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	rs := []report{
		rep(0, model.Investment, "Gawcap", 938e6, "Gawcap", "Ihgro"),
		rep(1, model.Divestiture, "Gawcap", 938e6, "Ihgro", "Gawcap"),
		rep(2, model.Divestiture, "Gawcap", 9.35e8, "Ihgro", "Gawcap"),
		rep(3, model.Investment, "Gawcap", 120e6, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[0].Type != model.Acquisition || rs[3].Type != model.Investment {
		t.Fatalf("types %s, %s: want the stake at $938 million told as the purchase, the one at $120 million left", rs[0].Type, rs[3].Type)
	}
	got := cluster(arts, rs)
	if len(got) != 2 || len(got[0].Sources) != 3 || got[0].Parties[0] != "Ihgro" {
		t.Errorf("deals %+v: want the sale, seller first, told three times and the other stake", got)
	}
}

// Where most outlets tell an investment, the one that told a purchase at
// the same price is read as the investment; years apart link nothing.
func TestOneTypeForOneDealMajority(t *testing.T) {
	rs := []report{
		rep(0, model.Investment, "Gawcap", 5e8, "Gawcap", "Ihgro"),
		rep(1, model.Investment, "Gawcap", 5e8, "Gawcap", "Ihgro"),
		rep(2, model.Acquisition, "Gawcap", 5e8, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[2].Type != model.Investment {
		t.Errorf("type %s, want investment, as two of three outlets tell it", rs[2].Type)
	}
	rs = []report{
		rep(0, model.Investment, "Gawcap", 5e8, "Gawcap", "Ihgro"),
		rep(1, model.Acquisition, "Gawcap", 5e8, "Gawcap", "Ihgro"),
	}
	rs[0].Date, rs[1].Date = "2015", "2019"
	oneTypeForOneDeal(nil, rs)
	if rs[0].Type != model.Investment || rs[1].Type != model.Acquisition {
		t.Errorf("types %s, %s: want years apart left as told", rs[0].Type, rs[1].Type)
	}
}

// A joint venture told as a purchase by one outlet, at the price two
// others give the venture, is the venture; a venture and an investment at
// one price, each told once, are left as told (no class wins).
func TestOneTypeForOneDealOtherClasses(t *testing.T) {
	rs := []report{
		rep(0, model.JointVenture, "", 4e8, "Gawcap", "Ihgro"),
		rep(1, model.Acquisition, "Gawcap", 4e8, "Gawcap", "Ihgro"),
		rep(2, model.Partnership, "", 4e8, "Gawcap", "Ihgro"),
		rep(3, model.JointVenture, "", 4e8, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[1].Type != model.JointVenture || rs[2].Type != model.Partnership {
		t.Errorf("types %s, %s: want the purchase read as the venture, the partnership left (one class)", rs[1].Type, rs[2].Type)
	}
	rs = []report{
		rep(0, model.Investment, "", 4e8, "Gawcap", "Ihgro"),
		rep(1, model.JointVenture, "", 4e8, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[0].Type != model.Investment || rs[1].Type != model.JointVenture {
		t.Errorf("types %s, %s: want each as told", rs[0].Type, rs[1].Type)
	}
}

// Reports that name different buyers, linked through one that names none,
// or a sale by the buyer another report names, keep their types.
func TestOneTypeForOneDealOneBuyer(t *testing.T) {
	rs := []report{
		rep(0, model.Investment, "Gawcap", 4e8, "Gawcap", "Ihgro"),
		rep(1, model.Acquisition, "", 4e8, "Gawcap", "Ihgro"),
		rep(2, model.Investment, "Ihgro", 4e8, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[0].Type != model.Investment || rs[1].Type != model.Acquisition || rs[2].Type != model.Investment {
		t.Errorf("types %s, %s, %s: want each as told (two buyers)", rs[0].Type, rs[1].Type, rs[2].Type)
	}
	rs = []report{
		rep(0, model.Investment, "Gawcap", 4e8, "Gawcap", "Ihgro"),
		rep(1, model.Divestiture, "", 4e8, "Gawcap", "Ihgro"),
	}
	oneTypeForOneDeal(nil, rs)
	if rs[0].Type != model.Investment {
		t.Errorf("type %s: want the investment kept beside the buyer's own sale", rs[0].Type)
	}
}

// The third review's proofs: a retyped investment is no sale told the other
// way round; a merger naming no buyer does not link an investment to the
// purchase by the other side; outlets that give no price vote on the type.
func TestOneTypeForOneDealThirdReview(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       func([]model.Deal) bool
	}{
		{"the sale's direction",
			"Quorvex will invest $500 million in Brindle, the company said on Monday." + articleBreak +
				"Brindle will sell a stake to Quorvex for $500 million, the company said on Monday." + articleBreak +
				"Brindle agreed to sell a stake to Quorvex for $500 million on Monday.",
			func(ds []model.Deal) bool {
				sales := 0
				for _, d := range ds {
					if d.Type == model.Divestiture {
						if d.Parties[0] != "Brindle" {
							return false
						}
						sales++
					}
				}
				return sales > 0
			}},
		{"a merger and the other side's investment",
			"Veltraco and Brindle will merge in a $500 million deal, the companies said on Monday." + articleBreak +
				"Veltraco will acquire Brindle for $500 million, the company said on Monday." + articleBreak +
				"Brindle will invest $500 million in Veltraco, the company said on Monday.",
			func(ds []model.Deal) bool {
				for _, d := range ds {
					if d.Type == model.Investment {
						return true
					}
				}
				return false
			}},
		{"unpriced outlets vote",
			"Veltraco will acquire Brindle, the company said on Monday." + articleBreak +
				"Veltraco agreed to acquire Brindle, the companies said on Monday." + articleBreak +
				"Veltraco is buying Brindle, people familiar said on Monday." + articleBreak +
				"Veltraco will acquire Brindle for $500 million, the company said on Monday." + articleBreak +
				"Veltraco will invest $500 million in Brindle, the company said on Monday." + articleBreak +
				"Veltraco will take a $500 million stake in Brindle, the company said on Monday.",
			func(ds []model.Deal) bool {
				purchases := 0
				for _, d := range ds {
					if d.Type == model.Acquisition {
						if d.Value == nil || d.Value.Value != 5e8 {
							return false
						}
						purchases++
					}
				}
				return purchases > 0
			}},
	} {
		_, ds := extractAll(t, "en", c.body, "Veltraco", "Brindle", "Quorvex")
		if !c.want(ds) {
			t.Errorf("%s: %+v", c.name, ds)
		}
	}
}

// The fourth review's proofs: an unpriced report naming the other side as
// buyer does not vote through a linked merger that names none, and an
// unpriced venture does not vote a class no linked report gives.
func TestOneTypeForOneDealVoters(t *testing.T) {
	_, ds := extractAll(t, "en",
		"Veltraco will acquire Brindle for $400 million, the company said on Monday."+articleBreak+
			"Veltraco and Brindle will merge in a $400 million deal, the companies said on Monday."+articleBreak+
			"Veltraco will invest $400 million in Brindle, the company said on Monday."+articleBreak+
			"Brindle will invest in Veltraco, the company said on Monday."+articleBreak+
			"Brindle will take a stake in Veltraco, the company said on Monday.",
		"Veltraco", "Brindle")
	brindleInvests := false
	for _, d := range ds {
		brindleInvests = brindleInvests || d.Type == model.Investment && d.Parties[0] == "Brindle"
	}
	if !brindleInvests {
		t.Errorf("%+v: want Brindle's investment in Veltraco kept apart", ds)
	}
	_, ds = extractAll(t, "en",
		"Veltraco will acquire Brindle for $400 million, the company said on Monday."+articleBreak+
			"Veltraco will invest $400 million in Brindle, the company said on Monday."+articleBreak+
			"Veltraco and Brindle will form a joint venture, the companies said on Monday.",
		"Veltraco", "Brindle")
	if types := typesOf(ds); len(ds) != 2 || types[model.JointVenture] != 1 || ds[0].Type != model.JointVenture && len(ds[0].Sources) != 2 ||
		ds[1].Type != model.JointVenture && len(ds[1].Sources) != 2 {
		t.Errorf("%+v: want the purchase and the stake at one price as one deal, the venture apart", ds)
	}
}
