package names

import (
	"slices"
	"testing"
)

// A place's name with a group's word after it ("Crete Group", "Tuscany
// Holding") is a company's name, even in a corpus that writes "group" and
// "holding" in lower case, which makes other such pairs everyday words.
func TestPlaceAndGroupWordNameACompany(t *testing.T) {
	r := recognize(t,
		"* The ferry group gets the island routes",
		"In March it agreed to pay Crete Group 310 million euros for three ferries.",
		"The holding company said Tuscany Holding would sell its hotels to Veltraco.")
	if got := companiesOf(r, 1); !slices.Contains(got, "Crete") && !slices.Contains(got, "Crete Group") {
		t.Errorf("companies of the second article = %q, want Crete Group", got)
	}
	if got := companiesOf(r, 2); !slices.Contains(got, "Tuscany") && !slices.Contains(got, "Tuscany Holding") {
		t.Errorf("companies of the third article = %q, want Tuscany Holding", got)
	}
}

// A place alone, or with a word that is no group's, stays no company.
func TestPlaceAndEverydayWordStayNoCompany(t *testing.T) {
	r := recognize(t,
		"The ferry group gets the island routes and the central bank is pleased.",
		"In March the ferries moved to Crete Central, and Veltraco agreed to buy Quorvex.")
	if got := companiesOf(r, 1); slices.ContainsFunc(got, func(c string) bool { return c == "Crete Central" || c == "Crete" }) {
		t.Errorf("companies = %q, want no Crete", got)
	}
}
