package extract

import (
	"testing"

	"dealwire/model"
)

// misreadRows are the rows the join sees: a stake two outlets tell
// (Pisto, Brindle Bank and Lombard Capital took a third of Quorvex in
// January 2010) and the deal a third outlet made of the same news, with
// its own third company (dealdev156: Antin Infrastructure named for BNP
// Paribas, its backer).
func misreadRows() []model.Deal {
	return []model.Deal{
		{ID: "d1", Type: model.Investment, Parties: []string{"Pisto", "Brindle Bank", "Lombard Capital"}, Date: "2010-01",
			Sources: []model.Source{{Article: "a"}, {Article: "b"}}},
		{ID: "d2", Type: model.Investment, Parties: []string{"Antin", "Pisto", "Lombard Capital"}, Date: "2010",
			Sources: []model.Source{{Article: "c"}}},
	}
}

// A deal one outlet alone tells, unpriced, of two companies of a deal
// other outlets tell in the same month, is that deal read otherwise: one
// deal of three sources, kept as the two outlets tell it, the third
// outlet's company added.
func TestMisreadingJoinsTheDealOthersTell(t *testing.T) {
	got := joinedMisreadings(misreadRows(), map[string]int{})
	if len(got) != 1 || got[0].ID != "d1" || len(got[0].Sources) != 3 || got[0].Date != "2010-01" || got[0].Type != model.Investment ||
		dealWith(got, "Pisto", "Brindle Bank", "Lombard Capital", "Antin") == nil {
		t.Fatalf("%+v: want one stake of January 2010 told by three outlets", got)
	}
}

// The same through the clustering, from the reports: the two groups it
// keeps apart are one deal.
func TestMisreadingJoinsReportsTheClusteringKeptApart(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Investment, "Pisto", 0, "Pisto", "Brindle Bank", "Lombard Capital"), "2010-01"),
		dated(rep(1, model.Investment, "Pisto", 0, "Pisto", "Brindle Bank", "Lombard Capital"), "2010-01-12"),
		dated(rep(2, model.Investment, "Antin", 0, "Antin", "Pisto", "Lombard Capital"), "2010"),
	}
	got := clusterNaming(3, rs, true)
	if len(got) != 1 || len(got[0].Sources) != 3 {
		t.Fatalf("%+v: want one stake told by three outlets", got)
	}
}

// What keeps a lone deal apart from the deal of others that shares two of
// its companies: another month or year, an undated lone deal, prices more
// than a tenth apart or in other currencies, one failed and one not,
// another class or direction, an article telling both, a lone deal whose
// companies are only some of the other's (one outlet's two purchases read
// as one, beside another's purchase of one of them: review 53d), and a
// single company shared (a rival's bid: review 62b).
func TestMisreadingStaysApart(t *testing.T) {
	for what, change := range map[string]func(host, lone *model.Deal){
		"another month": func(_, lone *model.Deal) { lone.Date = "2010-03" },
		"another year":  func(_, lone *model.Deal) { lone.Date = "2011" },
		"undated":       func(_, lone *model.Deal) { lone.Date = "" },
		"prices apart":  func(host, lone *model.Deal) { host.Value, lone.Value = usd(100e6), usd(120e6) },
		"currencies": func(host, lone *model.Deal) {
			host.Value, lone.Value = usd(100e6), &model.Money{Value: 100e6, Currency: "EUR"}
		},
		"one failed":     func(_, lone *model.Deal) { lone.Status = model.Failed },
		"another class":  func(_, lone *model.Deal) { lone.Type = model.JointVenture },
		"one article":    func(_, lone *model.Deal) { lone.Sources[0].Article = "b" },
		"some companies": func(_, lone *model.Deal) { lone.Parties = []string{"Pisto", "Lombard Capital"} },
		"one company":    func(_, lone *model.Deal) { lone.Parties = []string{"Antin", "Pisto", "Kallomar"} },
		"the other way": func(host, lone *model.Deal) {
			host.Type, host.Parties = model.Acquisition, []string{"Pisto", "Brindle Bank"}
			lone.Type, lone.Parties = model.Investment, []string{"Brindle Bank", "Pisto"}
		},
	} {
		rows := misreadRows()
		change(&rows[0], &rows[1])
		if got := joinedMisreadings(rows, map[string]int{}); len(got) != 2 {
			t.Errorf("%s: %+v: want two deals", what, got)
		}
	}
}

// Prices within a tenth of each other, in one currency, are one deal's
// (outlets round); one priced and one not say nothing against it.
func TestMisreadingAtNearPrices(t *testing.T) {
	for what, change := range map[string]func(host, lone *model.Deal){
		"near prices": func(host, lone *model.Deal) { host.Value, lone.Value = usd(100e6), usd(105e6) },
		"one priced":  func(_, lone *model.Deal) { lone.Value = usd(100e6) },
	} {
		rows := misreadRows()
		change(&rows[0], &rows[1])
		if got := joinedMisreadings(rows, map[string]int{}); len(got) != 1 {
			t.Errorf("%s: %+v: want one deal", what, got)
		}
	}
}

// A lone deal two deals of others could be joins neither; two lone deals
// of one article that could join one deal are that article's two deals,
// and join neither.
func TestMisreadingOnlyOneToOne(t *testing.T) {
	rows := misreadRows()
	second := rows[0]
	second.ID, second.Sources = "d3", []model.Source{{Article: "d"}, {Article: "e"}}
	if got := joinedMisreadings(append(rows, second), map[string]int{}); len(got) != 3 {
		t.Errorf("%+v: want the lone deal apart from both", got)
	}
	rows = misreadRows()
	other := rows[1]
	other.ID, other.Parties = "d4", []string{"Kallomar", "Pisto", "Lombard Capital"}
	if got := joinedMisreadings(append(rows, other), map[string]int{}); len(got) != 3 {
		t.Errorf("%+v: want the article's two deals apart", got)
	}
}

func usd(v float64) *model.Money { return &model.Money{Value: v, Currency: "USD"} }
