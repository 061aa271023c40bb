package extract

import (
	"testing"

	"dealwire/model"
)

// toldTwiceRows are two rows of one purchase that article "a" tells twice,
// once beside article "b", once beside "c", the second with the given
// type, price and date.
func toldTwiceRows(typ string, value float64, date string) []model.Deal {
	first := model.Deal{ID: "d1", Type: model.Acquisition, Parties: []string{"Veltraco", "Quorvex"},
		Value: &model.Money{Value: 4.6e9, Currency: "CHF"}, Date: "2019-04-01",
		Sources: []model.Source{{Article: "a"}, {Article: "b"}}}
	second := model.Deal{ID: "d2", Type: typ, Parties: []string{"Veltraco", "Quorvex", "Daxmoor"}, Date: date,
		Sources: []model.Source{{Article: "a"}, {Article: "c"}}}
	if value > 0 {
		second.Value = &model.Money{Value: value, Currency: "CHF"}
	}
	return []model.Deal{first, second}
}

// One purchase an article tells twice, once at its price and once by its
// terms, each telling joining another outlet's (DSV's purchase of
// Panalpina, dealdev159): one row of three articles, the first kept.
func TestToldTwiceJoinsTheTwoRows(t *testing.T) {
	for _, rows := range [][]model.Deal{
		toldTwiceRows(model.Acquisition, 0, "2019-04"),
		toldTwiceRows(model.Merger, 4.55e9, ""),
	} {
		got := joinedToldTwice(rows, map[string]int{})
		if len(got) != 1 || got[0].ID != "d1" || len(got[0].Sources) != 4 || len(got[0].Parties) != 3 || got[0].Date != "2019-04-01" {
			t.Errorf("%+v: want one purchase of 1 April 2019 told by three articles", got)
		}
	}
}

// Two rows of two companies an article tells, each beside another
// outlet's, stay two where their prices are apart, their years or months
// are, one is a venture, they go opposite ways, or no other article
// tells one of them; and two undated rows stay two.
func TestToldTwiceRowsThatAreTwo(t *testing.T) {
	reversed := toldTwiceRows(model.Investment, 0, "2019-04")
	reversed[1].Parties = []string{"Quorvex", "Veltraco"}
	reversed[1].Type = model.Investment
	reversed[0].Type = model.Investment
	sameArticles := toldTwiceRows(model.Acquisition, 0, "2019-04")
	sameArticles[1].Sources = sameArticles[0].Sources
	undated := toldTwiceRows(model.Acquisition, 0, "")
	undated[0].Date = ""
	oneCompany := toldTwiceRows(model.Acquisition, 0, "2019-04")
	oneCompany[1].Parties = []string{"Veltraco", "Daxmoor"}
	for name, rows := range map[string][]model.Deal{
		"prices apart":        toldTwiceRows(model.Acquisition, 2e9, "2019"),
		"years apart":         toldTwiceRows(model.Acquisition, 0, "2014"),
		"months apart":        toldTwiceRows(model.Acquisition, 0, "2019-09"),
		"a venture":           toldTwiceRows(model.JointVenture, 0, "2019-04"),
		"opposite ways":       reversed,
		"told by one article": sameArticles,
		"both undated":        undated,
		"one company alike":   oneCompany,
	} {
		if got := joinedToldTwice(rows, map[string]int{}); len(got) != 2 {
			t.Errorf("%s: %+v: want two rows", name, got)
		}
	}
}
