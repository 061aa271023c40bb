package extract

import (
	"fmt"
	"strings"
	"testing"

	"dealwire/model"
)

// extractLangs runs the extraction on one article per body, each body
// opening with its language and "|".
func extractLangs(t *testing.T, bodies ...string) ([]model.Company, []model.Deal) {
	t.Helper()
	var arts []model.Article
	for i, b := range bodies {
		lang, body, _ := strings.Cut(b, "|")
		arts = append(arts, model.Article{ID: fmt.Sprint("a", i), Language: lang, Published: "2020-10-29", Body: body})
	}
	cs, ds, err := Extract(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return cs, ds
}

// Review of e6a06bd: a word after a noun of any company is no name in
// lower case, however many languages write it so ("il gruppo leader di
// mercato", "la compagnia low-cost,", "la banca online di"); nor is a
// word after a kind of company in articles of no language told.
func TestStop47Review5CommonWordsAfterACompanyNounAreNoNames(t *testing.T) {
	for _, bodies := range [][]string{
		{"it|Veltraco compra Brindle per 500 milioni di euro. Il gruppo leader di mercato cresce.",
			"fr|Veltraco rachète Brindle pour 500 millions d'euros. Le groupe leader de la distribution grandit."},
		{"it|Veltraco compra Brindle per 500 milioni di euro. La compagnia low-cost, che vola in Europa, cresce.",
			"fr|Veltraco rachète Brindle pour 500 millions d'euros. La compagnie low-cost, basée à Paris, grandit."},
		{"it|Veltraco compra la banca online di Quorvex per 500 milioni di euro. Il gruppo leader di mercato cresce.",
			"es|Brindle compra el banco online de Quorvex por 300 millones de euros. El grupo leader de Quorvex crece."},
		{"it|Veltraco compra Brindle per 500 milioni di euro. La banca dati, aggiornata ogni giorno, cresce.",
			"|Veltraco compra Brindle per 500 milioni di euro. La banca dati, aggiornata ogni giorno, cresce."},
	} {
		cs, _ := extractLangs(t, bodies...)
		noCompany(t, cs, "leader", "low-cost", "online di Quorvex", "online de Quorvex", "leader de Quorvex", "dati")
	}
}

// Review of e6a06bd: a lower-case name ending as a Romance adjective does
// is still learned before its legal form ("quorvica Inc").
func TestStop47Review5LowerNameWithAnAdjectiveEnding(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed to buy quorvica Inc for 500 million dollars. The deal values quorvica Inc at twice its sales.", "Veltraco")
	if !hasCompany(cs, "quorvica") && !hasCompany(cs, "quorvica Inc") {
		t.Errorf("companies %+v, want quorvica", cs)
	}
}

// Review of e95a725: a web address where something is read or done, or a
// government's, is no company ("a filing on gov.uk", "log in at
// example.com").
func TestStop47Review5WebPlacesAreNoCompanies(t *testing.T) {
	for _, text := range []string{
		"Veltraco agreed to buy Brindle for 500 million pounds, according to a filing on gov.uk on Monday. The notice on gov.uk says the deal closes in May.",
		"Veltraco agreed to buy Brindle for 500 million pounds. Customers of Brindle who log in at example.com will be moved; example.com will close next year.",
	} {
		noCompany(t, companiesIn(t, "en", text, "Veltraco", "Brindle"), "gov.uk", "example.com")
	}
}

// Review of a3bc379: "Ex" opening a sentence may open a name ("Ex
// Libris").
func TestStop47Review5ExOpensAName(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed to buy Brindle for 500 million pounds. Ex Libris was sold to Quorvex in 2015.", "Veltraco", "Brindle")
	wantCompany(t, cs, "Ex Libris")
}
