package extract

// Cases from the review of 7bf3de8 and 734d36a; each failed before its fix.

import (
	"slices"
	"testing"

	"dealwire/model"
)

// review49aHas: d names p among its parties.
func review49aHas(d *model.Deal, p string) bool {
	return d != nil && slices.Contains(d.Parties, p)
}

// 7bf3de8: an "as" clause after an apposition is often a time clause
// ("shares fell as X agreed to buy Y"), not what the company before the
// apposition is chosen as: the company before stays out of the deal.
func TestReview49aAsClauseAfterAppositionIsNoChoice(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Investors dumped Quorvex, the Swiss drugmaker, as Veltraco agreed to acquire its rival, Brindle."},
		{"en", "The news hit shares of Quorvex, the Swiss drugmaker, as Veltraco agreed to buy its rival, Brindle."},
		{"fr", "C'est un revers pour Quorvex, le groupe suisse, comme Veltraco va racheter son rival, Brindle."},
		{"es", "Es un golpe para Quorvex, el grupo suizo, como Veltraco comprará a su rival, Brindle."},
		{"it", "È un colpo per Quorvex, il gruppo svizzero, come Veltraco acquisterà il rivale, Brindle."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		found := false
		for i := range ds {
			if review49aHas(&ds[i], "Veltraco") && review49aHas(&ds[i], "Brindle") {
				found = true
				if review49aHas(&ds[i], "Quorvex") {
					t.Errorf("%s %q: Quorvex is no party: %+v", c.lang, c.text, ds[i])
				}
			}
		}
		if !found {
			t.Errorf("%s %q: want Veltraco buying Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// 734d36a: the venture "the two" form is the article's only deal; a
// customer or rival named in the sentence before does not make "the two"
// other companies.
func TestReview49aVentureKeptWhenSentenceBeforeNamesACustomer(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Veltraco and Brindle said on Monday they would work together in China. Veltraco is based in Munich. Brindle, which supplies Quorvex, is based in Milan. The two companies will set up a joint venture in Shanghai to make batteries."},
		{"fr", "Veltraco et Brindle vont travailler ensemble en Chine. Veltraco est basé à Munich. Brindle, qui fournit Quorvex, est basé à Milan. Les deux groupes vont créer une coentreprise à Shanghai pour fabriquer des batteries."},
		{"it", "Veltraco e Brindle lavoreranno insieme in Cina. Veltraco ha sede a Monaco. Brindle, che fornisce Quorvex, ha sede a Milano. Le due società costituiranno una joint venture a Shanghai per produrre batterie."},
		{"es", "Veltraco y Brindle trabajarán juntos en China. Veltraco tiene su sede en Múnich. Brindle, proveedor de Quorvex, tiene su sede en Milán. Las dos empresas crearán una empresa conjunta en Shanghái para fabricar baterías."},
		{"de", "Veltraco und Brindle wollen in China zusammenarbeiten. Veltraco hat seinen Sitz in München. Brindle, ein Zulieferer von Quorvex, sitzt in Mailand. Die beiden Unternehmen wollen in Shanghai ein Gemeinschaftsunternehmen für Batterien gründen."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Quorvex", "Brindle")
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d == nil {
			t.Errorf("%s %q: want the venture of Veltraco and Brindle, got %+v", c.lang, c.text, ds)
		}
	}
}

// 734d36a: beside a purchase, a venture "the two" dropped, scrapped,
// rejected or only talked of is no deal; nor is one of two other
// companies the article named earlier.
func TestReview49aNoVentureBesideAPurchaseWhenItFailedOrIsOthers(t *testing.T) {
	en := "Veltraco agreed to buy Brindle for $2 billion. Veltraco is based in Munich. Brindle is based in Milan. "
	for _, c := range []struct{ lang, text string }{
		{"en", en + "The two companies abandoned plans for a joint venture last month."},
		{"en", en + "The two companies scrapped a planned joint venture in March."},
		{"en", en + "The two companies rejected a joint venture in March."},
		{"en", en + "Talks on a joint venture between the two collapsed in March."},
		{"en", en + "The two companies tried to form a joint venture in 2019 but the talks failed."},
		{"fr", "Veltraco a accepté de racheter Brindle pour 2 milliards d'euros. Veltraco est basé à Munich. Brindle est basé à Milan. Les deux groupes avaient renoncé en mars à leur projet de coentreprise."},
		{"es", "Veltraco acordó comprar Brindle por 2.000 millones de euros. Veltraco tiene su sede en Múnich. Brindle tiene su sede en Milán. Las dos empresas abandonaron en marzo el proyecto de una empresa conjunta."},
		{"en", en + "Quorvex and Daxmoor, its main rivals, are also in talks. The two are based in France. The two companies formed a joint venture in March."},
		{"en", en + "Rivals Quorvex and Daxmoor are expected to respond. Both are based in France. Last month the two companies formed a joint venture to cut costs."},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle", "Quorvex", "Daxmoor")
		if dealOf(ds, model.Acquisition, "Veltraco", "Brindle") == nil {
			t.Errorf("%s %q: want the purchase, got %+v", c.lang, c.text, ds)
		}
		if d := dealOf(ds, model.JointVenture, "Veltraco", "Brindle"); d != nil {
			t.Errorf("%s %q: no venture of Veltraco and Brindle, got %+v", c.lang, c.text, *d)
		}
	}
}

// 734d36a: a merger of two businesses retold as the venture it forms is
// one deal, not a merger and a venture.
func TestReview49aMergerRetoldAsItsVentureIsOneDeal(t *testing.T) {
	_, ds := extractAll(t, "en", "Veltraco and Brindle agreed to merge their chemicals businesses. Veltraco is based in Munich. Brindle is based in Milan. The two groups will each hold half of the new joint venture.", "Veltraco", "Brindle")
	if len(ds) != 1 {
		t.Errorf("want one deal, got %+v", ds)
	}
}
