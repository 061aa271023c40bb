package extract

import (
	"testing"

	"dealwire/model"
)

var review51dKnown = []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor", "Halvorsen", "Trelawny"}

// Review of 4420881 (A): "nata/née/nacida/born in" right before a year
// dropped the year as a founding date even where the company was born of
// the deal the sentence tells (a merger, an alliance, a spin-off), and
// "nato " matched a lower-cased NATO. Each case failed at 1f33b56 and
// passed with figures.go at 1730641; the commit is undone.
func TestReview51dABornOfTheDealKeepsItsDate(t *testing.T) {
	for _, c := range []struct {
		lang, text, typ string
		parties         []string
		date            string
	}{
		{"it", "Veltraco, nata nel 2015 dalla fusione tra Quorvex e Brindle, ha chiuso l'anno in utile.", model.Merger, []string{"Quorvex", "Brindle"}, "2015"},
		{"it", "Il gruppo Veltraco è nato nel 2015 dalla fusione tra Quorvex e Brindle.", model.Merger, []string{"Quorvex", "Brindle"}, "2015"},
		{"fr", "Veltraco, née en 2011 de la fusion de Quorvex et Brindle, emploie 3 000 personnes.", model.Merger, []string{"Quorvex", "Brindle"}, "2011"},
		{"en", "Veltraco, born in 2011 from the merger of Quorvex and Brindle, employs 3,000 people.", model.Merger, []string{"Quorvex", "Brindle"}, "2011"},
		{"es", "Veltraco, nacida en 2011 de la fusión de Quorvex y Brindle, emplea a 3.000 personas.", model.Merger, []string{"Quorvex", "Brindle"}, "2011"},
		{"it", "La partnership tra Veltraco e Quorvex, nata nel 2019, è stata rinnovata.", model.Partnership, []string{"Veltraco", "Quorvex"}, "2019"},
		{"it", "L'alleanza nata nel 2019 tra Veltraco e Quorvex è stata rinnovata per altri cinque anni.", model.Partnership, []string{"Veltraco", "Quorvex"}, "2019"},
		{"fr", "L'alliance née en 2019 entre Veltraco et Quorvex a été prolongée.", model.Partnership, []string{"Veltraco", "Quorvex"}, "2019"},
		{"en", "Quorvex, which was born in 2019 as a spin-off of Veltraco, was sold to Brindle last year.", model.Divestiture, []string{"Quorvex", "Veltraco"}, "2019"},
		{"en", "Veltraco sold its NATO defence business to Quorvex in March 2019.", model.Divestiture, []string{"Veltraco", "Quorvex"}, "2019-03"},
		{"en", "Veltraco bought Quorvex's NATO unit in 2019.", model.Acquisition, []string{"Veltraco", "Quorvex"}, "2019"},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51dKnown...)
		if d := dealOf(ds, c.typ, c.parties...); d == nil || d.Date != c.date {
			t.Errorf("%s %q: want a %s of %v dated %s, got %+v", c.lang, c.text, c.typ, c.parties, c.date, ds)
		}
	}
}

// Review of f3a5aed/9a3e233 (B): a "whose ... offer" clause after a company
// whose bid was for the buyer itself (fended off a year before) was read
// as a bid for what the buyer buys. Each case failed at 1f33b56 and
// passed with deals.go at 8afc5b5.
func TestReview51dBWhoseOfferForTheBuyerItself(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, a year after fending off Brindle, whose $5 billion hostile offer was allowed to lapse in March."},
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, a year after it fended off Brindle, whose $5 billion hostile offer was allowed to lapse."},
		{"en", "Veltraco agreed to buy Quorvex for $1.2 billion, its first deal since shareholders rebuffed Brindle, whose $5 billion offer for the group was allowed to lapse."},
		{"es", "Veltraco compra Quorvex por 1.200 millones de euros, un año después de rechazar a Brindle, cuya oferta hostil de 5.000 millones de euros caducó en marzo."},
		{"fr", "Veltraco rachète Quorvex pour 1,2 milliard d'euros, un an après avoir repoussé Brindle, dont l'offre hostile de 5 milliards d'euros a expiré en mars."},
	} {
		_, ds := extractAll(t, c.lang, c.text, review51dKnown...)
		if dealOf(ds, model.Acquisition, "Brindle", "Quorvex") != nil || dealOf(ds, model.Acquisition, "Brindle", "Veltraco") == nil {
			t.Errorf("%s %q: want Brindle's bid for Veltraco, not for Quorvex, got %+v", c.lang, c.text, ds)
		}
	}
}
