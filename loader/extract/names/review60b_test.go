package names

import "testing"

// Review 60b: texts the changes d8eec748 (a name shortened by its place)
// and b8bab52c (a German people after die/den/der) misread.

// A UK article on the NatWest bid shortens Royal Bank of Scotland to
// "Royal Bank" (the very wording d8eec748 was written for); another
// article of the same corpus tells of Royal Bank of Canada, which
// Canadian news also calls "Royal Bank". Both banks are listed, apart.
// The new place rule merges "Royal Bank" into "Royal Bank of Canada" (the
// first key in order) and then, for "Royal Bank of Scotland", regroups
// the whole of RBC's group into RBS: "Royal Bank of Canada" and even
// "RBC" are read as Royal Bank of Scotland. Right: RBC stays RBC.
func TestReview60bRoyalBankShortMergesRBCIntoRBS(t *testing.T) {
	for _, canadian := range []string{
		"Royal Bank of Canada agreed to buy HSBC's Canadian unit for C$13.5 billion. RBC said the deal would close next year.",
		"Royal Bank of Canada agreed to buy HSBC's Canadian unit for C$13.5 billion. Royal Bank said the deal would close next year.",
	} {
		r := recognizeLang(t, "en",
			"Royal Bank of Scotland launched a hostile bid for NatWest on Monday. "+
				"NatWest's board, which rebuffed a friendly approach from Royal Bank at the weekend, said the offer was inadequate.",
			canadian)
		wantMentionsOf(t, r, 1, "Royal Bank of Canada", "RBC")
		wantMentionsOf(t, r, 1, "RBC", "RBC")
		noCompanyOf(t, r, 1, "Royal Bank of Scotland")
	}
}

// "National Bank" is what Greek news calls National Bank of Greece (and
// Canadian news National Bank of Canada). In a corpus that also tells of
// National Bank of Canada and National Bank of Kuwait, three listed
// banks, the one short name chains them: "National Bank" joins the first
// "National Bank of ..." and each later one regroups the lot, so all three
// come out as National Bank of Kuwait. Right: each is its own bank.
func TestReview60bNationalBankChainsThreeListedBanks(t *testing.T) {
	r := recognizeLang(t, "en",
		"National Bank of Greece agreed to sell its stake in Finansbank to Qatar National Bank. National Bank said the deal closes in June.",
		"National Bank of Canada agreed to buy Canadian Western Bank for C$5 billion. The Montreal-based lender said the deal would close next year.",
		"National Bank of Kuwait agreed to buy a stake in Quorvex Capital. The Kuwaiti lender said the deal closes in May.")
	wantMentionsOf(t, r, 0, "National Bank of Greece", "National Bank of Greece")
	wantMentionsOf(t, r, 1, "National Bank of Canada", "National Bank of Canada")
	wantMentionsOf(t, r, 2, "National Bank of Kuwait", "National Bank of Kuwait")
}

// First Bank (the St. Louis lender) and First Bank of Nigeria (FirstBank,
// listed) are two unrelated banks. An article on the American one's
// purchase, in a corpus with an article on the Nigerian one, has the new
// rule read "First Bank" as First Bank of Nigeria. Right: First Bank is a
// company of its own, and the Nigerian bank is not in that article.
func TestReview60bFirstBankIsNoFirstBankOfNigeria(t *testing.T) {
	r := recognizeLang(t, "en",
		"First Bank of Nigeria agreed to buy Quorvex Microfinance for 20 billion naira. FirstBank said the deal would close in June.",
		"St. Louis-based First Bank agreed to acquire Brindle Bancorp for $300 million in cash. First Bank said the deal closes in the fourth quarter.")
	wantMentionsOf(t, r, 1, "First Bank", "First Bank")
	noCompanyOf(t, r, 1, "First Bank of Nigeria")
}

// German genitive of the company: "Die Aktien der Iren stiegen in
// Mailand um 3 Prozent" ("Iren's shares rose 3 percent in Milan"), in an
// article on Iren, the Reggio Emilia utility, buying Quorvex. The share
// move is the evidence that makes the listed (needs-context) Iren a
// company; b8bab52c refuses "Iren" after "der" because "Iren" is also the
// German for the Irish, and Iren is lost. Right: Iren is a company.
func TestReview60bGenitiveDerIrenIsTheUtility(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "Der Versorger aus Reggio Emilia übernimmt Quorvex für 200 Millionen Euro. "+
		"Die Aktien der Iren stiegen in Mailand um 3 Prozent.")
	wantCompanyIn(t, r, 0, "Iren")
}

// German news writes airlines with the feminine article: "die Norwegian",
// "der Norwegian" (Norwegian Air Shuttle, listed, needs context), as "die
// Swiss", "die Lufthansa". "IAG will die Norwegian übernehmen. Die Aktien
// der Norwegian stiegen in Oslo um 12 Prozent." "Norwegian" is an English
// demonym in the lexicon, so b8bab52c refuses both mentions after
// die/der (no German writes "die Norwegian" of the Norwegians) and the
// airline is lost. Right: Norwegian is a company.
func TestReview60bDieNorwegianIsTheAirline(t *testing.T) {
	r := recognizeWithDealWords(t, "de", "IAG will die Norwegian für 1,4 Milliarden Kronen übernehmen. "+
		"Die Aktien der Norwegian stiegen in Oslo um 12 Prozent.")
	wantCompanyIn(t, r, 0, "Norwegian")
}
