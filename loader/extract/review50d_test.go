package extract

import (
	"strings"
	"testing"

	"dealwire/model"
)

// Review of 589d2f1: after a capitalised preposition the articles set also
// holds ("A" in Italian/Spanish is "in/to"), "St." glues the place to the
// company that follows; and a hotel after its article becomes a company.
func TestReview50dSaintAfterArticle(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		known      []string
	}{
		{"it", "A St. Moritz Brindle ha acquisito Quorvex per 70 milioni di euro.", nil},
		{"fr", "Le St. Regis de Rome a été vendu par Brindle à Quorvex pour 70 millions d'euros.", nil},
	} {
		cs, _ := extractAll(t, c.lang, c.text, c.known...)
		for _, co := range cs {
			if strings.HasPrefix(co.Name, "St. ") {
				t.Errorf("%s %q: false company %q", c.lang, c.text, co.Name)
			}
		}
	}
}

// Review of 018af64: a sentence telling the same sale, same price, is no
// longer an echo because it names another year (the target's founding, a
// fiscal year).
func TestReview50dEchoOtherYear(t *testing.T) {
	known := []string{"Veltraco", "Brindle", "Quorvex", "Daxmoor Capital"}
	es := "es|Veltraco compra Brindle. Y en 2011 vendió la agencia de viajes en línea Quorvex a Daxmoor Capital por 450 millones de euros."
	fr := "fr|Veltraco rachète Brindle. À l'inverse, il avait vendu en 2011 l'agence de voyages en ligne Quorvex à Daxmoor Capital pour 450 millions d'euros."
	for _, en := range []string{
		"en|Veltraco agreed to buy Brindle on Monday. It has also trimmed its portfolio: it sold online travel agency Quorvex, founded in 1999, to Daxmoor Capital for 450 million euros.",
		"en|Veltraco agreed to buy Brindle on Monday. It has also trimmed its portfolio: in fiscal 2012 it sold online travel agency Quorvex to Daxmoor Capital for 450 million euros.",
	} {
		ds := extractKnownLangs(t, known, es, fr, en)
		d := dealOf(ds, model.Divestiture, "Quorvex", "Daxmoor Capital")
		if d == nil {
			t.Fatalf("want the sale of Quorvex, got %+v", ds)
		}
		if len(d.Sources) != 3 {
			t.Errorf("%q: want 3 sources, got %d: %+v", en, len(d.Sources), d.Sources)
		}
	}
}
