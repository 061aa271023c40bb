package extract

import (
	"slices"
	"testing"

	"dealwire/model"
)

// German puts the verb last: a rival named as the object of a deal verb
// that closes the clause is the company bought or merged with, not a
// bystander, as "bought rival Quorvex" is in English.
func TestGermanRivalBeforeClosingVerbIsASide(t *testing.T) {
	for _, text := range []string{
		"Croda übernimmt Uniqema. Der Konzern hatte 1998 den Wettbewerber Westbrook Lanolin gekauft.",
		"Croda übernimmt Uniqema. Croda hat 2015 den Wettbewerber Westbrook Lanolin für 200 Millionen Euro erworben.",
		"Croda übernimmt Uniqema. Croda will mit dem Wettbewerber Westbrook Lanolin fusionieren.",
	} {
		_, ds := extractAll(t, "de", text, "Croda", "Uniqema", "Westbrook Lanolin")
		if dealOf(ds, model.Acquisition, "Croda", "Westbrook Lanolin") == nil && dealOf(ds, model.Merger, "Croda", "Westbrook Lanolin") == nil {
			t.Errorf("%q: want a deal of Croda and Westbrook Lanolin, got %+v", text, ds)
		}
	}
}

// A rival named beside a deal noun, or in the plural, stays a bystander.
func TestGermanRivalBesideADealNounIsNoSide(t *testing.T) {
	for _, text := range []string{
		"Croda übernimmt Uniqema. Croda hat den Wettbewerber Westbrook Lanolin bei der Übernahme ausgestochen.",
		"Croda übernimmt Uniqema. Die Übernahme hat den Wettbewerber Westbrook Lanolin überrascht.",
	} {
		_, ds := extractAll(t, "de", text, "Croda", "Uniqema", "Westbrook Lanolin")
		for _, d := range ds {
			if slices.Contains(d.Parties, "Westbrook Lanolin") {
				t.Errorf("%q: Westbrook Lanolin is only a rival, got %+v", text, ds)
			}
		}
	}
}

// A year before an unknown name of two words dates the deal; it counts
// no noun ("2000 Filialen"): the name is kept whole.
func TestGermanYearBeforeANameKeepsTheName(t *testing.T) {
	for _, text := range []string{
		"Croda übernimmt Uniqema. Der Konzern hatte 1998 Westbrook Lanolin übernommen.",
		"Croda übernimmt Uniqema. Der Konzern übernahm 1998 Westbrook Lanolin.",
	} {
		cs, _ := extractAll(t, "de", text, "Croda", "Uniqema")
		if !slices.ContainsFunc(cs, func(c model.Company) bool { return c.Name == "Westbrook Lanolin" }) {
			t.Errorf("%q: want Westbrook Lanolin among %+v", text, cs)
		}
	}
}
