package extract

import (
	"testing"

	"dealwire/model"
)

// A sentence of a third outlet that names one side of a deal the other
// outlets tell, the other by what it is ("die Belgier"), joins that deal
// where it states the deal's year; not where it states another year, nor
// where it states none.
func TestDatedEchoNamesOneSide(t *testing.T) {
	known := []string{"Veltraco", "Brindle", "Quorvex"}
	en := "en|Veltraco agreed to buy Brindle on Monday. Veltraco bought Quorvex for 3.4 billion euros in 2011."
	it := "it|Veltraco compra Brindle. Nel 2011 Veltraco aveva rilevato Quorvex per 3,4 miliardi di euro."
	for _, c := range []struct {
		when    string
		sources int
	}{{"2011", 3}, {"2009", 2}, {"damals", 2}} {
		de := "de|Veltraco übernimmt Brindle. Der Chef kam " + c.when + " dazu, als die Belgier den französischen Konkurrenten Quorvex übernahmen. Veltraco ist heute größer."
		ds := extractKnownLangs(t, known, en, it, de)
		d := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
		if d == nil {
			t.Fatalf("want the purchase of Quorvex, got %+v", ds)
		}
		if len(d.Sources) != c.sources {
			t.Errorf("German sentence told %q: want %d sources of the 2011 purchase, got %d: %+v", c.when, c.sources, len(d.Sources), d.Sources)
		}
	}
}
