package extract

import (
	"slices"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/model"
)

// A sentence that tells again, misread, the deal its article and another
// outlet tell is no deal of its own: here "Quorvex must announce a firm
// intention to make an offer ... or walk away" reads Brindle as buying
// Quorvex (toldAgain).
func TestDealToldAgainByItsArticleIsOneDeal(t *testing.T) {
	body := "Quorvex to buy Brindle\n\n" +
		"Quorvex agreed to buy Brindle for 2.2 billion pounds on Wednesday. " +
		"Under British takeover rules Quorvex must announce a firm intention to make an offer by June 15 or walk away, and it still has to complete due diligence on its target." +
		articleBreak + "Quorvex rachète Brindle\n\n" +
		"Quorvex va racheter Brindle pour 2,2 milliards de livres, a annoncé mercredi le groupe."
	_, ds := extractAll(t, "en", body, "Quorvex", "Brindle")
	var between []model.Deal
	for _, d := range ds {
		if slices.Contains(d.Parties, "Quorvex") && slices.Contains(d.Parties, "Brindle") {
			between = append(between, d)
		}
	}
	if len(between) != 1 || len(between[0].Sources) != 2 {
		for _, d := range between {
			t.Logf("deal %s %v, %d sources: %s", d.Type, d.Parties, len(d.Sources), d.Sources[0].Evidence)
		}
		t.Fatalf("%d deals between Quorvex and Brindle, want one told by both articles", len(between))
	}
}

// What sets a sentence's deal apart from its article's deal of several
// outlets keeps it a deal of its own: a company that deal lacks (a sale
// to a third company to ease competition concerns), a year of its own (the
// purchase, years before, of what is now sold), a price of its own.
func TestDealSetApartFromItsArticlesDealStaysADeal(t *testing.T) {
	for _, c := range []struct {
		name, second string
		want         []string
	}{
		{"a company more", "Quorvex would sell Brindle's French water operations to Daxmoor next year to ease competition concerns.", []string{"Quorvex", "Brindle", "Daxmoor"}},
		{"a company more", "Brindle agreed in March to buy the pump maker Daxmoor, a purchase Quorvex will complete.", []string{"Brindle", "Daxmoor"}},
		{"a year of its own", "Brindle had bought Quorvex in 2007, its largest purchase then.", []string{"Brindle", "Quorvex"}},
		{"a year of its own", "Brindle had bought Quorvex in 2007 for 400 million pounds, its largest purchase then.", []string{"Brindle", "Quorvex"}},
		{"a price of its own", "Brindle had bought Quorvex for 400 million pounds, its largest purchase then.", []string{"Brindle", "Quorvex"}},
	} {
		body := "Quorvex to buy Brindle\n\n" +
			"Quorvex agreed to buy Brindle for 2.2 billion pounds. " + c.second +
			articleBreak + "Quorvex rachète Brindle\n\n" +
			"Quorvex va racheter Brindle pour 2,2 milliards de livres, a annoncé le groupe."
		_, ds := extractAll(t, "en", body, "Quorvex", "Brindle", "Daxmoor")
		found := false
		for _, d := range ds {
			for _, s := range d.Sources {
				found = found || s.Evidence == c.second && slices.Equal(d.Parties, c.want)
			}
		}
		if !found {
			for _, d := range ds {
				t.Logf("%s: deal %s %v: %q", c.name, d.Type, d.Parties, d.Sources[0].Evidence)
			}
			t.Errorf("%s: no deal %v told by %q", c.name, c.want, c.second)
		}
	}
}

// An alliance the article tells again with "the two" ("Los dos mayores
// fabricantes crearán una empresa conjunta") retells the venture of its
// group though the article's own report of it lacks a partner another
// outlet gives: "the two" are the article's pair, not a partner more. An
// alliance naming a partner the article's report lacks stays apart.
func TestVentureOfTheTwoRetellsItsGroupsVenture(t *testing.T) {
	jv := func(article int, pair bool, parties ...string) report {
		return report{Found: deals.Found{Type: model.JointVenture, Parties: parties, Pair: pair, Status: model.Announced}, article: article}
	}
	rs := []report{
		jv(0, false, "Brindle", "Quorvex Fuel"),
		jv(1, false, "Veltraco", "Brindle", "Quorvex Fuel"),
		jv(0, true, "Veltraco", "Brindle"),
		jv(0, false, "Veltraco", "Brindle"),
	}
	g := &group{members: []int{0, 1}}
	if !retells(&rs[2], g, rs) {
		t.Error(`"the two" venture beside its group's venture: want it told again`)
	}
	if retells(&rs[3], g, rs) {
		t.Error("a venture naming a partner its article's report lacks: want it a deal of its own")
	}
}
