package extract

import (
	"slices"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/model"
)

// A report whose one side was only referred to ("2017 folgte der
// Zusammenschluss mit Evidensia", read as the article's investor merging)
// tells the deal another outlet names in full in the same year; not one of
// another year or type, nor one whose guessed side the other names too.
func TestGuessedSideSharedJoinsOneDeal(t *testing.T) {
	rep := func(typ, guessed string, parties ...string) *report {
		return &report{Found: deals.Found{Type: typ, Parties: parties}, guessed: guessed}
	}
	guessed := rep(model.Merger, "Mubadala", "Mubadala", "Evidensia")
	named := rep(model.Merger, "", "Independent Vetcare", "Evidensia")
	if !guessedSideShared(guessed, named, 2017, 2017) || !guessedSideShared(named, guessed, 2017, 2017) {
		t.Error("the guessed merger and the named one are not joined")
	}
	for _, c := range []struct {
		name   string
		a, b   *report
		ya, yb int
	}{
		{"years apart", guessed, named, 2014, 2017},
		{"undated", guessed, named, 0, 0},
		{"types apart", guessed, rep(model.Acquisition, "", "Independent Vetcare", "Evidensia"), 2017, 2017},
		{"nothing guessed", rep(model.Merger, "", "Mubadala", "Evidensia"), named, 2017, 2017},
		{"guessed side named too", guessed, rep(model.Merger, "", "Mubadala", "Evidensia", "Brindle"), 2017, 2017},
	} {
		if guessedSideShared(c.a, c.b, c.ya, c.yb) {
			t.Errorf("%s: joined", c.name)
		}
	}
}

// Deals alike in type, parties, date, price and the articles telling them
// are one; a deal of other articles, or undated, stays apart.
func TestJoinedTwins(t *testing.T) {
	src := func(as ...string) []model.Source {
		var ss []model.Source
		for _, a := range as {
			ss = append(ss, model.Source{Article: a})
		}
		return ss
	}
	price := &model.Money{Value: 3.9e9, Currency: "USD"}
	deal := func(id, date string, parties []string, as ...string) model.Deal {
		return model.Deal{ID: id, Type: model.Merger, Parties: parties, Date: date, Value: price, Sources: src(as...)}
	}
	out := joinedTwins([]model.Deal{
		deal("a", "2019-11-04", []string{"First Horizon", "IBERIABANK", "First Horizon National"}, "a0", "a1", "a2"),
		deal("b", "2019-11-04", []string{"First Horizon National", "IBERIABANK", "First Horizon"}, "a2", "a1", "a0"),
		deal("c", "2019-11-04", []string{"First Horizon National", "IBERIABANK", "First Horizon"}, "a0"),
		deal("d", "", []string{"Quorvex", "Brindle"}, "a0"),
		deal("e", "", []string{"Quorvex", "Brindle"}, "a0"),
	}, map[string]int{})
	var ids []string
	for _, d := range out {
		ids = append(ids, d.ID)
	}
	if !slices.Equal(ids, []string{"a", "c", "d", "e"}) {
		t.Errorf("deals %v, want b joined to a and the rest apart", ids)
	}
}
