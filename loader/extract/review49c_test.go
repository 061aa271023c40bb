package extract

import (
	"testing"

	"dealwire/model"
)

// Review of 10d0fad: each case failed after it and passed before.

// 10d0fad: "titoli", "titres", "títulos", "Titel" are shares in market
// reports ("in Borsa salgono titoli come ..."); the companies listed after
// them are refused, in every sentence of the article, and their deals go.
func TestReview49cSharesListedAfterTitoliAreCompanies(t *testing.T) {
	for _, c := range []struct {
		lang, body, buyer, bought string
		known                     []string
	}{
		{"it", "A Piazza Affari corrono titoli come Daxmoor e Brindle.\n\nDaxmoor ha comprato Trelawny per 200 milioni di euro.", "Daxmoor", "Trelawny", []string{"Trelawny"}},
		{"it", "Daxmoor ha comprato Trelawny per 200 milioni di euro. In Borsa sono saliti titoli come Daxmoor e Brindle.", "Daxmoor", "Trelawny", []string{"Trelawny"}},
		{"it", "Veltraco compra Quorvex per 500 milioni di euro. Sono saliti titoli come Brindle o Daxmoor, che ha comprato Trelawny per 20 milioni.", "Daxmoor", "Trelawny", nil},
		{"fr", "Daxmoor a racheté Trelawny pour 200 millions d'euros. À Paris, des titres comme Daxmoor ou Brindle ont progressé.", "Daxmoor", "Trelawny", nil},
		{"fr", "Des titres comme Veltraco ou Brindle ont bondi après que Veltraco a racheté Brindle pour 500 millions d'euros.", "Veltraco", "Brindle", nil},
		{"es", "En el Ibex subieron títulos como Brindle y Daxmoor, después de que Daxmoor comprara Trelawny por 200 millones de euros.", "Daxmoor", "Trelawny", nil},
	} {
		_, ds := extractAll(t, c.lang, c.body, c.known...)
		if dealOf(ds, model.Acquisition, c.buyer, c.bought) == nil {
			t.Errorf("%s %q: want %s buying %s, got %+v", c.lang, c.body, c.buyer, c.bought, ds)
		}
	}
}

// 10d0fad: a company right after "creator of" is often one a person (or
// its parents) founded, not a product: "Mario Rossi, il creatore di
// Quorvex, ha venduto l'azienda a Veltraco".
func TestReview49cCompanyAfterCreatorOfIsNoProduct(t *testing.T) {
	for _, c := range []struct {
		lang, body, buyer, bought string
		known                     []string
	}{
		{"it", "Mario Rossi, il creatore di Quorvex, ha venduto l'azienda a Veltraco per 500 milioni di euro.", "Veltraco", "Quorvex", []string{"Veltraco"}},
		{"es", "Juan Pérez, el creador de Quorvex, ha vendido la empresa a Veltraco por 500 millones de euros.", "Veltraco", "Quorvex", nil},
		{"en", "Jane Smith, the creator of Quorvex, sold it to Veltraco for $500 million.", "Veltraco", "Quorvex", nil},
		{"en", "Quorvex and Daxmoor, the creators of Brindle, agreed to sell it to Veltraco for $50 million.", "Veltraco", "Brindle", []string{"Veltraco"}},
	} {
		_, ds := extractAll(t, c.lang, c.body, c.known...)
		if dealOf(ds, model.Acquisition, c.buyer, c.bought) == nil {
			t.Errorf("%s %q: want %s buying %s, got %+v", c.lang, c.body, c.buyer, c.bought, ds)
		}
	}
}
