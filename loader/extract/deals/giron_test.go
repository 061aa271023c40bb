package deals

import (
	"reflect"
	"testing"

	"dealwire/model"
)

// A company that passes into another's fold ("passé dans le giron de
// Veltraco") is bought by it; into its own subject's ("dans son giron"),
// by the company the article is about; into the state's, by no company.
// ("Entré dans le giron de" is said of people and stock indices as often:
// see review65b_test.go.)
func TestPassingIntoAFold(t *testing.T) {
	for _, text := range []string{
		"Quorvex est passé dans le giron de Veltraco en 2008 pour 8,8 milliards de dollars.",
		"En 2008, Quorvex était passée dans le giron de Veltraco pour 2 milliards d'euros.",
	} {
		got := Find(sentence(text, "Quorvex", "Veltraco"), "fr", "2020-07-23")
		if len(got) != 1 || got[0].Type != model.Acquisition || !reflect.DeepEqual(sidesOf(got[0]), []string{"Quorvex", "Veltraco"}) && !reflect.DeepEqual(sidesOf(got[0]), []string{"Veltraco", "Quorvex"}) {
			t.Errorf("%q: %+v, want Veltraco buying Quorvex", text, got)
		}
	}
	text := "Trois ans plus tôt, Quorvex, spécialiste américain du cancer, était passé dans son giron pour 8,8 milliards de dollars."
	if got := Find(sentence(text, "Quorvex"), "fr", "2020-07-23"); len(got) != 1 || got[0].Type != model.Acquisition || !reflect.DeepEqual(got[0].Parties, []string{"Quorvex"}) {
		t.Errorf("%q: %+v, want Quorvex bought by the one its fold is", text, got)
	}
	text = "Quorvex est passé dans le giron de l'État en 2008."
	if got := Find(sentence(text, "Quorvex"), "fr", "2020-07-23"); len(got) != 0 {
		t.Errorf("%q: %+v, want no deal", text, got)
	}
}
