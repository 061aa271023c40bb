package extract

import (
	"math"
	"testing"

	"dealwire/model"
)

type rv50gCase struct {
	name, lang, text string
	typ              string
	parties          []string
	value            float64 // 0: not checked
	companies        []string
	notCompany       string
}

func rv50gRun(t *testing.T, cases []rv50gCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs, ds := extractAll(t, c.lang, c.text, c.companies...)
			if c.notCompany != "" {
				for _, co := range cs {
					if co.Name == c.notCompany {
						t.Errorf("%q read as a company", c.notCompany)
					}
				}
			}
			if c.typ == "" {
				return
			}
			d := dealOf(ds, c.typ, c.parties...)
			if d == nil {
				t.Errorf("%s %q: want %s %v, got %+v", c.lang, c.text, c.typ, c.parties, ds)
				return
			}
			if c.value > 0 && (d.Value == nil || math.Abs(d.Value.Value-c.value) > 1) {
				t.Errorf("%s %q: want value %v, got %+v", c.lang, c.text, c.value, d.Value)
			}
		})
	}
}

var vb = []string{"Veltraco", "Brindle"}

func TestReview50gTaxWordsElsewhereKeepThePrice(t *testing.T) {
	A, D := model.Acquisition, model.Divestiture
	_ = D
	rv50gRun(t, []rv50gCase{
		{"en1", "en", "Including tax benefits, Veltraco will pay $1.2 billion for Brindle.", A, vb, 1.2e9, vb, ""},
		{"en2", "en", "Helped by a tax credit, Veltraco buys Brindle for $1.2 billion.", A, vb, 1.2e9, vb, ""},
		{"en3", "en", "Veltraco, citing tax benefits, agreed to buy Brindle for $1.2 billion.", A, vb, 1.2e9, vb, ""},
		{"en4", "en", "Brindle, which holds tax credits, was bought by Veltraco for $1.2 billion.", A, vb, 1.2e9, vb, ""},
		{"en6", "en", "Veltraco, which expects tax benefits, pays $1.2 billion for Brindle.", A, vb, 1.2e9, vb, ""},
		{"en7", "en", "Veltraco will buy tax credit specialist Brindle for $1.2 billion.", A, vb, 1.2e9, vb, ""},
		{"en8", "en", "Veltraco buys Brindle, a tax credit adviser, for $1.2 billion.", A, vb, 1.2e9, vb, ""},
		{"fr1", "fr", "Grâce à des avantages fiscaux, Veltraco paiera 1,2 milliard d'euros pour Brindle.", A, vb, 1.2e9, vb, ""},
		{"fr2", "fr", "Veltraco rachète Brindle, spécialiste du crédit d'impôt, pour 1,2 milliard d'euros.", A, vb, 1.2e9, vb, ""},
		{"fr3", "fr", "Veltraco, qui vise un avantage fiscal, rachète Brindle pour 1,2 milliard d'euros.", A, vb, 1.2e9, vb, ""},
		{"de1", "de", "Veltraco übernimmt den Steuervorteil-Spezialisten Brindle für 1,2 Milliarden Euro.", A, vb, 1.2e9, vb, ""},
		{"es1", "es", "Con beneficios fiscales, Veltraco pagará 1.200 millones de euros por Brindle.", A, vb, 1.2e9, vb, ""},
		{"es2", "es", "Veltraco compra Brindle, que tiene beneficios fiscales, por 1.200 millones de euros.", A, vb, 1.2e9, vb, ""},
		{"it1", "it", "Grazie ai benefici fiscali, Veltraco pagherà 1,2 miliardi di euro per Brindle.", A, vb, 1.2e9, vb, ""},
		{"it2", "it", "Veltraco acquista Brindle, che vanta benefici fiscali, per 1,2 miliardi di euro.", A, vb, 1.2e9, vb, ""},
	})
}

// 105db84: names after "a", "à", "to", "fino a" that continue a brand list
// not opened by from/de/da are no longer vetoed.
func TestReview50gBrandListsToRetailersAndRanges(t *testing.T) {
	for _, c := range []struct{ lang, text, notParty string }{
		// distribution to retailers becomes a sale
		{"en", "Veltraco sells the brands Green Giant and Le Sueur to Walmart and Target.", "Walmart"},
		{"it", "Veltraco distribuisce i marchi Green Giant e Le Sueur a Walmart e Carrefour.", "Walmart"},
		// the last brand of an enumeration becomes the buyer
		{"it", "Stellantis, il costruttore di Fiat, Lancia e Alfa Romeo fino a Maserati, ha comprato Brindle per 765 milioni di euro.", "Maserati"},
		{"en", "Stellantis, with brands such as Fiat, Peugeot to Jeep, bought Brindle for $765 million.", "Jeep"},
	} {
		_, ds := extractAll(t, c.lang, c.text, "Veltraco", "Brindle", "Stellantis")
		for _, d := range ds {
			for _, p := range d.Parties {
				if p == c.notParty {
					t.Errorf("%s %q: %s, not a deal party, in %+v", c.lang, c.text, p, d)
				}
			}
		}
	}
}
