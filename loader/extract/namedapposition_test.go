package extract

import (
	"testing"

	"dealwire/model"
)

// A subject told by what it is, then named in commas ("the holding
// company, Edizione, bought"), is the named company: the buyer, even where
// the clause names the two other sides itself.
func TestNameInCommasAfterADescriptionIsTheSubject(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Iliad sells its towers to Cellnex. Last year the Benetton family's holding company, Edizione, bought a 29.9% stake in Cellnex from Abertis, the toll-road group that once owned it, for €1.49 billion."},
		{"en", "Iliad sells its towers to Cellnex. The company, Edizione, bought a stake in Cellnex from Abertis."},
		{"it", "Iliad cede le sue torri a Cellnex. L'anno scorso la holding della famiglia Benetton, Edizione, ha rilevato il 29,9% di Cellnex da Abertis."},
		{"es", "Iliad vende sus torres a Cellnex. El año pasado el holding de la familia Benetton, Edizione, compró el 29,9% de Cellnex a Abertis."},
		{"fr", "Iliad cède ses tours à Cellnex. L'an dernier, la holding de la famille Benetton, Edizione, a racheté 29,9 % de Cellnex à Abertis."},
		{"de", "Iliad verkauft seine Türme an Cellnex. Im vergangenen Jahr hatte die Holding der Familie Benetton, Edizione, 29,9 Prozent an Cellnex von Abertis gekauft."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Iliad", "Cellnex", "Abertis", "Edizione")
		if dealOf(ds, model.Investment, "Edizione", "Cellnex") == nil {
			t.Errorf("%s: want Edizione's stake in Cellnex, got %+v", c.lang, ds)
		}
	}
}

// A clause that opens with a name is not a description: the company in
// commas after it is another side or an aside, not the subject renamed.
func TestNameInCommasAfterANameIsNoSubject(t *testing.T) {
	_, ds := extractAll(t, "en", "Iliad sells its towers to Cellnex. Abertis and its owner, Edizione, were not part of the talks, which Cellnex led.", "Iliad", "Cellnex", "Abertis", "Edizione")
	for _, d := range ds {
		if d.Type == model.Investment || d.Type == model.Acquisition && len(d.Parties) > 0 && d.Parties[0] == "Edizione" {
			t.Errorf("want no purchase by Edizione, got %+v", ds)
		}
	}
}
