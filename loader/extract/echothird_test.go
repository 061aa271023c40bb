package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dealwire/model"
)

// extractKnownLangs runs the extraction on one article per "lang|body",
// the companies listed as known.
func extractKnownLangs(t *testing.T, companies []string, bodies ...string) []model.Deal {
	t.Helper()
	var arts []model.Article
	for i, b := range bodies {
		lang, body, _ := strings.Cut(b, "|")
		arts = append(arts, model.Article{ID: fmt.Sprint("a", i), Language: lang, Published: "2020-10-29", Body: body})
	}
	return extractListed(t, companies, arts)
}

// extractListed runs the extraction on arts, the companies listed as
// known.
func extractListed(t *testing.T, companies []string, arts []model.Article) []model.Deal {
	t.Helper()
	list := filepath.Join(t.TempDir(), "companies.tsv")
	if err := os.WriteFile(list, []byte(strings.Join(companies, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, ds, err := Extract(arts, Options{CompaniesFile: list})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// A sentence another outlet tells a deal in, which the reading missed
// ("in 2011 it sold ... Quorvex to Daxmoor Capital and Halvorsen
// Partners"), joins the deal the other outlets tell though it names a
// third company, when that company is the deal's too (a second buyer, a
// seller); not when the sentence tells another year.
func TestEchoNamesTheDealsOtherParties(t *testing.T) {
	known := []string{"Veltraco", "Brindle", "Quorvex", "Daxmoor Capital", "Halvorsen Partners"}
	es := "es|Veltraco compra Brindle. Y en 2011 vendió la agencia de viajes en línea Quorvex a Daxmoor Capital y Halvorsen Partners por 450 millones de euros."
	fr := "fr|Veltraco rachète Brindle. À l'inverse, il avait vendu en 2011 l'agence de voyages en ligne Quorvex à Daxmoor Capital et Halvorsen Partners pour 450 millions d'euros."
	for _, c := range []struct {
		year    string
		sources int
	}{{"2011", 3}, {"2009", 2}} {
		en := "en|Veltraco agreed to buy Brindle on Monday. It has also trimmed its portfolio: in " + c.year + " it sold online travel agency Quorvex to Daxmoor Capital and Halvorsen Partners for 450 million euros."
		ds := extractKnownLangs(t, known, es, fr, en)
		d := dealOf(ds, model.Divestiture, "Quorvex", "Daxmoor Capital")
		if d == nil {
			t.Fatalf("want the sale of Quorvex, got %+v", ds)
		}
		if len(d.Sources) != c.sources {
			t.Errorf("English sentence of %s: want %d sources of the 2011 sale, got %d: %+v", c.year, c.sources, len(d.Sources), d.Sources)
		}
	}
}
