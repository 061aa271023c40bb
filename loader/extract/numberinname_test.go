package extract

import "testing"

// A number inside a name that goes on to a company word is the name's
// ("Food 4 Less Holdings"), not where it breaks; a day after a month is
// no part of the name after it.
func TestNumberInsideAName(t *testing.T) {
	cs := companiesIn(t, "en", "Veltraco agreed to buy Food 4 Less Holdings for $3.1 billion in March. Food 4 Less Holdings owns the Ralphs chain.", "Veltraco")
	wantCompany(t, cs, "Food 4 Less") // shown without its legal word, which its aliases keep
	noCompany(t, cs, "Less Holdings", "Less")
	// (a name the article knows, which the date stands before)
	cs = companiesIn(t, "en", "Veltraco agreed to buy Daxmoor Holdings for $3.1 billion. On March 4 Daxmoor Holdings said the deal would close in May.", "Veltraco")
	noCompany(t, cs, "March 4 Daxmoor", "4 Daxmoor")
}
