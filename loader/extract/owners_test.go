package extract

import (
	"slices"
	"testing"

	"dealwire/loader/extract/deals"
	"dealwire/model"
)

// "Daxmoor, which took control of the club in July 2018, ...": the seller
// of the article's deal bought, years before, what it now sells. A lone
// purchase by the buyer of the day is not read so, nor one of something
// told as one of a kind ("a Spanish rival").
func TestEarlierOwnerBoughtTheTarget(t *testing.T) {
	lead := "Veltraco Capital has agreed to buy the football club Quorvex Milano from Daxmoor Partners for 1.2 billion euros, the club said on Wednesday. "
	_, ds := extractAll(t, "en", lead+
		"Daxmoor, which took control of the club in July 2018 after the former owner defaulted on a loan, will keep a minority stake.",
		"Veltraco Capital", "Quorvex Milano", "Daxmoor Partners")
	if !slices.ContainsFunc(ds, func(d model.Deal) bool {
		return d.Type == model.Acquisition && d.Date == "2018-07" && slices.Equal(d.Parties, []string{"Daxmoor Partners", "Quorvex Milano"})
	}) {
		t.Errorf("deals %+v, want Daxmoor's purchase of Quorvex Milano in July 2018", ds)
	}
	for _, body := range []string{
		lead + "Veltraco bought the business in 2014 for $80 million and sold it three years later.",
		lead + "Daxmoor, which bought a Spanish rival in 2017 for $200 million, said the sale would cut its debt.",
		lead + "Daxmoor, che nel 2017 aveva comprato un concorrente spagnolo, ridurrà il debito.",
	} {
		_, ds = extractAll(t, "en", body, "Veltraco Capital", "Quorvex Milano", "Daxmoor Partners")
		for _, d := range ds {
			if len(d.Sources) == 1 && d.Sources[0].Evidence != ds[0].Sources[0].Evidence && slices.Contains(d.Parties, "Quorvex Milano") {
				t.Errorf("%q: deal %+v, want no earlier purchase of Quorvex Milano", body, d)
			}
		}
	}
}

// A buyer one outlet only guessed ("il" read as the wrong company) is left
// out of the deal where the other reports give another buyer more
// support; a guess against a guess, one each, keeps both.
func TestOutvotedGuessedBuyerIsNoParty(t *testing.T) {
	arts := []model.Article{{ID: "a0"}, {ID: "a1"}, {ID: "a2"}}
	guess := func(article int, buyer string) report {
		return report{Found: deals.Found{Type: model.Acquisition, Parties: []string{buyer, "Brindle"}, Buyer: buyer}, article: article, guessed: buyer}
	}
	priced := func(r report, v float64) report {
		r.Value = &model.Money{Value: v, Currency: "USD"}
		return r
	}
	named := report{Found: deals.Found{Type: model.Acquisition, Parties: []string{"Veltraco", "Brindle"}, Buyer: "Veltraco"}, article: 1}
	for _, c := range []struct {
		reps []report
		want []string
	}{
		{[]report{guess(0, "Veltraco"), guess(1, "Veltraco"), guess(2, "Quorvex")}, []string{"Veltraco", "Brindle"}},
		{[]report{guess(0, "Quorvex"), named}, []string{"Veltraco", "Brindle"}},
		{[]report{guess(0, "Quorvex"), guess(1, "Veltraco")}, []string{"Quorvex", "Brindle", "Veltraco"}},
		// a rival bid at a price of its own, clustered with the deal it tops
		{[]report{priced(guess(0, "Kelmora"), 550e6), priced(named, 500e6)}, []string{"Kelmora", "Brindle", "Veltraco"}},
	} {
		d := toDeal(arts, c.reps)
		if len(d.Parties) != len(c.want) || overlap(d.Parties, c.want) != len(c.want) {
			t.Errorf("parties %v, want %v", d.Parties, c.want)
		}
	}
}
