package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// A name ending in a word of its industry is a company's, even named
// once, known to no list and opening with a given name ("Severin Cables",
// "Gustav Verlag"): the industries of companywords.txt's name
// words, in the five languages.
func TestNameEndingInItsIndustryIsACompany(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Falkenrath AG bought Severin Cables for €210 million.", "Severin Cables"},
		{"en", "Falkenrath AG bought Elena Coatings for €210 million.", "Elena Coatings"},
		{"it", "Falkenrath AG ha comprato Bruno Meccanica per 210 milioni di euro.", "Bruno Meccanica"},
		{"es", "Falkenrath AG compró Marisol Bebidas por 210 millones de euros.", "Marisol Bebidas"},
		{"de", "Die Falkenrath AG kauft den Gustav Verlag für 210 Millionen Euro.", "Gustav Verlag"},
		{"fr", "Falkenrath AG a racheté Simone Peintures pour 210 millions d'euros.", "Simone Peintures"},
	} {
		cs, _ := extractAll(t, c.lang, c.text)
		names := companyNames(cs)
		if !slices.Contains(names, c.want) {
			t.Errorf("%s %q: want %s among the companies, got %v", c.lang, c.text, c.want, names)
		}
	}
}

// companyNames are the names of cs, in order.
func companyNames(cs []model.Company) []string {
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	return names
}
