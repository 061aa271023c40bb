package extract

import (
	"testing"

	"dealwire/model"
)

// One sale told by three outlets, one naming the seller by its later
// name, at one price in one year (Boise Cascade's sale of its office
// products business to Madison Dearborn, told by one outlet as
// OfficeMax's, dealdev226): the two rows the clustering made are one,
// the row of two outlets kept with its date, the lone outlet's seller
// added.
func TestSamePriceJoinsAnOutletReadingAnotherSide(t *testing.T) {
	price := &model.Money{Value: 3.7e9, Currency: "USD"}
	rows := []model.Deal{
		{ID: "d1", Type: model.Divestiture, Parties: []string{"Veltraco", "Kallomar"}, Value: price, Date: "2003",
			Sources: []model.Source{{Article: "a"}, {Article: "b"}}},
		{ID: "d2", Type: model.Divestiture, Parties: []string{"Quorvex", "Kallomar"}, Value: price,
			Sources: []model.Source{{Article: "c"}}},
	}
	got := joinedLoneOutlets(rows, map[string]int{})
	if len(got) != 1 || got[0].ID != "d1" || len(got[0].Sources) != 3 || got[0].Date != "2003" || dealWith(got, "Veltraco", "Quorvex", "Kallomar") == nil {
		t.Fatalf("%+v: want one sale of 2003 told by three outlets", got)
	}
}

// One outlet's sale at the price of another outlet's, of another company
// sold to another buyer by the same seller, is another sale: the seller's
// sales of Quorvex to Brindle and of Daxmoor to Ostravel, each for $1
// billion in 2020 (review 62a).
func TestSamePriceSalesOfOneSellerToOthersStayApart(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Divestiture, "", 1e9, "Veltraco", "Quorvex", "Brindle"), "2020-03"),
		dated(rep(1, model.Divestiture, "", 1e9, "Veltraco", "Quorvex", "Brindle"), "2020-03"),
		dated(rep(2, model.Divestiture, "", 1e9, "Veltraco", "Daxmoor", "Ostravel"), "2020"),
	}
	if got := clusterNaming(3, rs, true); len(got) != 2 {
		t.Fatalf("%+v: want the two sales apart", got)
	}
}

// A stake told by one outlet and the same deal read by another as a
// purchase, undated, at one price: one deal, dated as the dated outlet
// tells it, of the kind the outlets telling it more give.
func TestSamePriceJoinsAnotherKindAndTakesTheDate(t *testing.T) {
	rs := []report{
		dated(rep(0, model.Investment, "", 8e8, "Kallomar", "Brindle"), "2017-10"),
		dated(rep(1, model.Investment, "", 8e8, "Kallomar", "Brindle"), "2017-10"),
		rep(2, model.Acquisition, "", 8e8, "Brindle", "Daxmoor"),
	}
	got := clusterNaming(3, rs, true)
	if len(got) != 1 || len(got[0].Sources) != 3 || got[0].Date != "2017-10" || got[0].Type != model.Investment {
		t.Fatalf("%+v: want one investment of October 2017 told by three outlets", got)
	}
}

// Deals of one price that are not one: years apart, in other currencies,
// of companies none shares, told by one article (a $2 billion stake and a
// $2 billion mandate), in opposite directions, a
// company's stake beside its sale, or of other classes.
func TestSamePriceDealsThatAreTwo(t *testing.T) {
	inEuros := rep(1, model.Acquisition, "", 3e8, "Veltraco", "Daxmoor")
	inEuros.Value.Currency = "EUR"
	cases := map[string][]report{
		"years apart": {
			dated(rep(0, model.Acquisition, "", 3e8, "Veltraco", "Quorvex"), "2018"),
			dated(rep(1, model.Acquisition, "", 3e8, "Veltraco", "Daxmoor"), "2019"),
		},
		"other currencies": {
			rep(0, model.Acquisition, "", 3e8, "Veltraco", "Quorvex"),
			inEuros,
		},
		"no company shared": {
			rep(0, model.Acquisition, "", 3e8, "Veltraco", "Quorvex"),
			rep(1, model.Acquisition, "", 3e8, "Kallomar", "Daxmoor"),
		},
		"prices apart": {
			rep(0, model.Acquisition, "", 3e8, "Veltraco", "Quorvex"),
			rep(1, model.Acquisition, "", 3.1e8, "Veltraco", "Daxmoor"),
		},
		"one article tells both": {
			rep(0, model.Investment, "", 2e9, "Veltraco", "Quorvex"),
			rep(1, model.Investment, "", 2e9, "Veltraco", "Quorvex"),
			dated(rep(0, model.Investment, "", 2e9, "Kallomar", "Daxmoor", "Quorvex"), "2020"),
		},
		"opposite directions": {
			dated(rep(0, model.Acquisition, "Veltraco", 2e9, "Veltraco", "Brindle"), "2020-10-26"),
			dated(rep(1, model.Investment, "Brindle", 2e9, "Brindle", "Veltraco"), "2020-10-26"),
		},
		"a stake and its sale": {
			dated(rep(0, model.Investment, "Brindle", 5e8, "Brindle", "Veltraco"), "2020-10-26"),
			dated(rep(1, model.Divestiture, "", 5e8, "Brindle", "Veltraco"), "2020-10-26"),
		},
		"a venture and a purchase": {
			dated(rep(0, model.JointVenture, "", 5e8, "Veltraco", "Brindle"), "2020-10-26"),
			dated(rep(1, model.Acquisition, "Veltraco", 5e8, "Veltraco", "Brindle"), "2020-10-26"),
		},
	}
	for name, rs := range cases {
		if got := clusterNaming(4, rs, true); len(got) != 2 {
			t.Errorf("%s: %+v: want two deals", name, got)
		}
	}
}

// Two deals at one price may be one only in one month where both name it,
// in one year where one names only the year, or where one is undated.
func TestOneDealDates(t *testing.T) {
	for _, c := range []struct {
		a, b string
		one  bool
	}{
		{"2019-03", "2019-09", false},
		{"2019-03-02", "2019-03-28", true},
		{"2019", "2019-09-01", true},
		{"2018-12", "2019", false},
		{"", "2019-09", true},
		{"", "", false},
	} {
		if got := oneDealDates(c.a, c.b); got != c.one {
			t.Errorf("%q beside %q: one deal %v, want %v", c.a, c.b, got, c.one)
		}
	}
}
