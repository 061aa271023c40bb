package extract

import (
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
