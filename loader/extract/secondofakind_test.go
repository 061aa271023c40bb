package extract

import (
	"slices"
	"testing"

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
