package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dealwire/loader/extract/segment"
	"dealwire/model"
)

// A deal told only as "a second deal" with a company is of the kind of the
// article's deal before it that shares a side; the parent named in an
// apposition after the company ("a unit of San Diego-based Daxmoor") is no
// side of it.
func TestSecondDealIsOfTheFirstsKind(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle", "Daxmoor"}
	for _, body := range []string{
		"en|Veltraco signed a 20-year LNG supply deal with Quorvex. The Polish group also signed a second 20-year deal at the conference, with Brindle, a unit of San Diego-based Daxmoor, for a further 2 million tonnes a year.",
		"it|Veltraco ha firmato un contratto di fornitura di GNL di 20 anni con Quorvex. Il gruppo polacco ha firmato anche un secondo accordo con Brindle.",
	} {
		ds := extractKnownLangs(t, known, body)
		d := dealOf(ds, model.Supply, "Veltraco", "Brindle")
		if d == nil || d.Type != model.Supply {
			t.Errorf("%.2s: want a second supply deal with Brindle, got %+v", body, ds)
			continue
		}
		if slices.Contains(d.Parties, "Daxmoor") {
			t.Errorf("%.2s: the parent named after 'a unit of' is no side: %+v", body, d)
		}
	}
	// with no deal of its sides before, "a second deal" says no kind
	ds := extractKnownLangs(t, known, "en|Veltraco signed a second deal with Brindle on Monday.")
	if d := dealOf(ds, model.Supply, "Veltraco", "Brindle"); d != nil {
		t.Errorf("want no typed deal, got %+v", d)
	}
}

// A sale whose seller the sentence leaves unsaid is no sale by the one
// company the sentence before named where that sentence told of another
// company by what it is ("sicherten sich die Hamburger die Anteile an
// Quorvex. Der Verkauf der Walzproduktsparte an Brindle scheiterte"): the
// unit is the Hamburg group's.
func TestUnsaidSellerIsNotTheObjectBefore(t *testing.T) {
	known := []string{"Veltraco", "Quorvex", "Brindle"}
	ds := extractKnownLangs(t, known, "de|Die Hamburger Veltraco kauft den Recyclingspezialisten Daxmoor. Im vergangenen Juli übernahmen die Hamburger zwar die restlichen Anteile am Drahthersteller Quorvex. Der Verkauf der Walzproduktsparte an den Ulmer Konkurrenten Brindle scheiterte dagegen im Februar am Veto der EU-Kommission.")
	if d := dealOf(ds, model.Divestiture, "Quorvex", "Brindle"); d != nil {
		t.Errorf("Quorvex sold nothing to Brindle: %+v", d)
	}
}

// The German "er" stands for one company, never for a plural nation the
// sentence before opened with ("Für die Argentinier ... Gewachsen ist der
// Konzern: 1999 übernahm er Carma"); "sie" may ("Für die Inder ... Bereits
// 2005 hatten sie ... übernommen"). The article of dealdev19 that read
// Arcor for Barry Callebaut is read whole.
func TestGermanErIsNoPluralNation(t *testing.T) {
	toks := segment.Tokens
	if !pluralNation(toks("Für die Argentinier ist es ein Stück Arbeitsteilung."), description{"argentinier"}) {
		t.Error("'die Argentinier' is a plural")
	}
	if pluralNation(toks("Der Argentinier hat es gesagt."), description{"argentinier"}) {
		t.Error("'der Argentinier' is no plural")
	}
	if !singularPronoun(toks("1999 übernahm er den Hersteller Carma.")) || singularPronoun(toks("Bereits 2005 hatten sie Brindle übernommen.")) {
		t.Error("'er' is singular, 'sie' is not")
	}
	body, err := os.ReadFile(filepath.Join("..", "testdata", "dealdev19", "1908_callebaut_arcor_de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, ds, err := Extract([]model.Article{{ID: "a0", Language: "de", Published: "2012-10-02", Body: string(body)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := dealOf(ds, model.Acquisition, "Arcor", "Carma"); d != nil {
		t.Errorf("'er' read as the Argentines: %+v", d)
	}
}
