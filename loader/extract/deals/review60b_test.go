package deals

import (
	"slices"
	"testing"
)

// Review 60b: sentences 67789681's withoutParentsOfUnits misreads.

// The parent named glued to "-Tochter" before the unit it sells is the
// seller, a side of the deal (as "Ostravel übernimmt von Veltraco die
// Tochter Quorvex" and "the division of Kelmora" are read): "Brindle
// übernimmt die Veltraco-Tochter Quorvex", "Die Veltraco-Tochter Quorvex
// geht für 300 Millionen Euro an Brindle", "Der Verkauf der
// Veltraco-Tochter Quorvex an Brindle", "Ostravel kauft die
// Veltraco-Töchter Quorvex und Brindle". parentOfUnits drops Veltraco
// because a mention follows "-Tochter", so the sale has no seller. Without
// the rule, Veltraco is among the parties.
func TestReview60bParentOfTheTochterSoldIsTheSeller(t *testing.T) {
	for _, text := range []string{
		"Brindle übernimmt die Veltraco-Tochter Quorvex für 300 Millionen Euro.",
		"Die Veltraco-Tochter Quorvex geht für 300 Millionen Euro an Brindle.",
		"Der Verkauf der Veltraco-Tochter Quorvex an Brindle ist abgeschlossen.",
		"Ostravel kauft die Veltraco-Töchter Quorvex und Brindle.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle", "Ostravel"), "de", "2020-07-05")
		if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") {
			t.Errorf("%q: %+v, want Veltraco, the seller, among the parties", text, got)
		}
	}
}

// The same in English: "Ostravel agreed to buy Veltraco's subsidiaries
// Quorvex and Brindle for $1.2 billion", "Veltraco's units Quorvex and
// Brindle were sold to Ostravel for $500 million". The owner of the units
// sold is the seller; parentOfUnits drops the possessive Veltraco before
// "units"/"subsidiaries" and a name. Without the rule, Veltraco is a
// party.
func TestReview60bPossessiveParentOfUnitsSoldIsTheSeller(t *testing.T) {
	for _, text := range []string{
		"Ostravel agreed to buy Veltraco's subsidiaries Quorvex and Brindle for $1.2 billion.",
		"Veltraco's units Quorvex and Brindle were sold to Ostravel for $500 million.",
	} {
		got := Find(sentence(text, "Veltraco", "Quorvex", "Brindle", "Ostravel"), "en", "2020-07-05")
		if len(got) != 1 || !slices.Contains(got[0].Parties, "Veltraco") || got[0].Buyer != "Ostravel" {
			t.Errorf("%q: %+v, want Ostravel buying, Veltraco the seller among the parties", text, got)
		}
	}
}
