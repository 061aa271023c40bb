package names

import "testing"

// "Royal Bank of Scotland" is listed apart from "Bank of Scotland": the
// royal title before a name leaves the company only where the whole name
// is no listed company of its own (dealdev236, where the two banks bid
// against each other for NatWest).
func TestRoyalBankIsNoBankOfScotland(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Royal Bank of Scotland launched a hostile bid for NatWest on Monday. Bank of Scotland had bid first in September.")
	wantMentionsOf(t, r, 0, "Royal Bank of Scotland", "Royal Bank of Scotland")
	wantMentionsOf(t, r, 0, "Bank of Scotland", "Bank of Scotland")
}

// A name shortened by the place its full name ends on is the company of
// the full name: "Royal Bank" after "Royal Bank of Scotland".
func TestNameShortenedByItsPlace(t *testing.T) {
	r := recognizeWithDealWords(t, "en", "Royal Bank of Scotland launched a hostile bid for NatWest on Monday. "+
		"NatWest's board, which rebuffed a friendly approach from Royal Bank at the weekend, said the offer was inadequate.")
	wantMentionsOf(t, r, 0, "Royal Bank", "Royal Bank of Scotland")
	wantCompanyIn(t, r, 0, "Royal Bank of Scotland")
}
