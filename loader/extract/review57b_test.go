package extract

import (
	"fmt"
	"strings"
	"testing"

	"dealwire/model"
)

// Review of 22664715 (joinSplits: rows of two type classes join at one
// price in one year, no longer only in one month). The year is compared,
// not the dates: two rows that each give a month (or a day), different
// months of one year, now join when priced alike. A round price ($1
// billion, €45 million) told of two different deals between the same
// companies in one year is common: a supply contract in January and the
// takeover in September, a licence in February and a stake in August.
// Each test below fails at 22664715 and passes at its parent (0c756fab,
// one price in one month), and with joinSplits returning nil. Fixed in the
// next commit: rows of two kinds join only where their dates agree as far
// as both go. The review's last case, a licence "in 2018" beside a stake
// in June 2018 at one price, is left out: no date tells it from a sale
// one outlet read as a licence and dated only by its year
// (TestJoinSplitsKindsAtOnePriceInOneYear); on the development sets such
// joins were right in dealdev102 and dealdev171 and wrong in none. The helpers
// rv57aDeal, rv57aWant and rv57aShow are those of review57a_test.go.
//
// Most cases pair a licence or a supply contract with a transfer or a
// stake: a stake and a takeover at one price are joined already by the
// report-by-report clustering (at the parent too), so they are no case
// of this change.

// rv57bExtract is extractKnownLangs with each article's day of
// publication given: "lang|published|body".
func rv57bExtract(t *testing.T, companies []string, bodies ...string) []model.Deal {
	t.Helper()
	var arts []model.Article
	for i, b := range bodies {
		parts := strings.SplitN(b, "|", 3)
		arts = append(arts, model.Article{ID: fmt.Sprint("a", i), Language: parts[0], Published: parts[1], Body: parts[2]})
	}
	return extractListed(t, companies, arts)
}

// A $1 billion supply contract in January, the $1 billion takeover in
// September: 22664715 makes one supply contract of both (takeover lost).
func TestRv57bSupplyThenPurchaseOnePriceOneYear(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Quorvex", "Daxmoor"},
		"en|Quorvex signed a $1 billion supply contract with Daxmoor in January 2020.",
		"en|Quorvex agreed to buy Daxmoor for $1 billion in September 2020, the company said.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 1e9, []string{"a0"}},
		rv57aDeal{model.Acquisition, 1e9, []string{"a1"}})
}

// Both told on their day ("on Monday", "on Tuesday"), by articles
// published eight months apart: dated 2020-02-10 and 2020-10-27, yet one
// supply contract at 22664715.
func TestRv57bSupplyAndPurchaseOnTheirDaysMonthsApart(t *testing.T) {
	ds := rv57bExtract(t, []string{"Quorvex", "Daxmoor"},
		"en|2020-02-12|Quorvex signed a $2 billion supply contract with Daxmoor, the companies said on Monday.",
		"en|2020-10-28|Quorvex agreed to buy Daxmoor for $2 billion, the company said on Tuesday.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 2e9, []string{"a0"}},
		rv57aDeal{model.Acquisition, 2e9, []string{"a1"}})
}

// The same in German and French.
func TestRv57bGermanSupplyFrenchPurchaseOnePrice(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Quorvex", "Daxmoor"},
		"de|Quorvex hat im Februar 2021 einen Liefervertrag über 2 Milliarden Euro mit Daxmoor unterzeichnet.",
		"fr|Quorvex a racheté Daxmoor pour 2 milliards d'euros en septembre 2021.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 2e9, []string{"a0"}},
		rv57aDeal{model.Acquisition, 2e9, []string{"a1"}})
}

// A licence in February, the purchase in September, Italian and Spanish:
// one licence at 22664715.
func TestRv57bItalianLicenceSpanishPurchase(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex"},
		"it|Veltraco ha firmato un accordo di licenza da 300 milioni di euro con Quorvex a febbraio 2020.",
		"es|Veltraco compró Quorvex por 300 millones de euros en septiembre de 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 300e6, []string{"a0"}},
		rv57aDeal{model.Acquisition, 300e6, []string{"a1"}})
}

// The same in German and French.
func TestRv57bGermanLicenceFrenchPurchase(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex"},
		"de|Veltraco hat im Februar 2020 mit Quorvex einen Lizenzvertrag über 300 Millionen Euro unterzeichnet.",
		"fr|Veltraco a racheté Quorvex pour 300 millions d'euros en septembre 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 300e6, []string{"a0"}},
		rv57aDeal{model.Acquisition, 300e6, []string{"a1"}})
}

// A drug licence in February and an equity investment in August, both
// $100 million (a common pharma pairing): one licence at 22664715.
func TestRv57bLicenceThenInvestment(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex"},
		"en|Quorvex agreed to pay Veltraco $100 million to license its migraine drug in February 2020.",
		"en|Quorvex invested $100 million in Veltraco in August 2020, the company said.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 100e6, []string{"a0"}},
		rv57aDeal{model.Investment, 100e6, []string{"a1"}})
}

// The same in Spanish and German.
func TestRv57bSpanishLicenceGermanInvestment(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex"},
		"es|Quorvex firmó en febrero de 2020 un acuerdo de licencia con Veltraco por 100 millones de euros.",
		"de|Quorvex hat im August 2020 100 Millionen Euro in Veltraco investiert.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 100e6, []string{"a0"}},
		rv57aDeal{model.Investment, 100e6, []string{"a1"}})
}

// A supply agreement in January and a stake in July.
func TestRv57bSupplyThenStake(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex"},
		"en|Veltraco signed a $250 million supply agreement with Quorvex in January 2020.",
		"en|Veltraco bought a 15% stake in Quorvex for $250 million in July 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 250e6, []string{"a0"}},
		rv57aDeal{model.Investment, 250e6, []string{"a1"}})
}

// A stake told by two outlets in January, a licence in June: the licence
// joins the stake.
func TestRv57bInvestmentToldTwiceLicenceOnce(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Kestrova", "Brindle"},
		"en|Kestrova invested $40 million in Brindle in January 2019.",
		"fr|Kestrova a investi 40 millions de dollars dans Brindle en janvier 2019.",
		"en|Kestrova signed a $40 million licensing deal with Brindle in June 2019.")
	rv57aWant(t, ds,
		rv57aDeal{model.Investment, 40e6, []string{"a0", "a1"}},
		rv57aDeal{model.Licensing, 40e6, []string{"a2"}})
}

// A licence in February, the merger in December.
func TestRv57bLicenceThenMergerSameYear(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Halvorsen", "Ostravel"},
		"en|Halvorsen signed a €45 million licence agreement with Ostravel in February 2022.",
		"en|Halvorsen agreed to merge with Ostravel in a €45 million deal in December 2022.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 45e6, []string{"a0"}},
		rv57aDeal{model.Merger, 45e6, []string{"a1"}})
}

// Patents licensed in April, the unit sold in November to the licensee.
func TestRv57bLicenceThenSaleOfUnit(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Ostravel", "Halvorsen"},
		"en|Ostravel licensed its battery patents to Halvorsen for $150 million in April 2022.",
		"en|Ostravel sold its battery unit to Halvorsen for $150 million in November 2022.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 150e6, []string{"a0"}},
		rv57aDeal{model.Divestiture, 150e6, []string{"a1"}})
}

// Companies nesting: a licence between Veltraco and Quorvex in March, the
// sale of Veltraco's Brindle unit to Quorvex in October; 22664715 makes
// one licence of the three companies.
func TestRv57bNestedLicenceThenUnitSale(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex", "Brindle"},
		"en|Veltraco signed a $500 million licence agreement with Quorvex in March 2021.",
		"en|Veltraco sold its Brindle unit to Quorvex for $500 million in October 2021.")
	rv57aWant(t, ds,
		rv57aDeal{model.Licensing, 500e6, []string{"a0"}},
		rv57aDeal{model.Divestiture, 500e6, []string{"a1"}})
}

// Nesting the other way: Veltraco buys Brindle from Quorvex in March and
// signs a licence with Quorvex in September.
func TestRv57bNestedUnitBoughtThenLicenceWithSeller(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex", "Brindle"},
		"en|Veltraco bought Brindle from Quorvex for $120 million in March 2021.",
		"en|Veltraco signed a $120 million licence agreement with Quorvex in September 2021.")
	rv57aWant(t, ds,
		rv57aDeal{model.Acquisition, 120e6, []string{"a0"}},
		rv57aDeal{model.Licensing, 120e6, []string{"a1"}})
}

// A purchase in March, a supply deal with the bought company and a third
// in November: the takeover row takes in Kestrova.
func TestRv57bPurchaseThenSupplyWithThird(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Veltraco", "Quorvex", "Kestrova"},
		"en|Veltraco bought Quorvex for $700 million in March 2020.",
		"en|Veltraco signed a $700 million supply deal with Quorvex and Kestrova in November 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Acquisition, 700e6, []string{"a0"}},
		rv57aDeal{model.Supply, 700e6, []string{"a1"}})
}

// A supply contract in January, and in November the supplier's customer
// sold on to a third company: the sale is lost in a supply contract.
func TestRv57bSupplyThenSaleOn(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Kestrova", "Brindle", "Veltraco"},
		"en|Kestrova signed a $40 million supply contract with Brindle in January 2020.",
		"en|Kestrova sold Brindle to Veltraco for $40 million in November 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 40e6, []string{"a0"}},
		rv57aDeal{model.Divestiture, 40e6, []string{"a1"}})
}

// Chain of three rows of three classes, one giving only the year: every
// two agree at 22664715 (one price, one year), so all three are one
// supply contract.
func TestRv57bChainSupplyPurchaseLicence(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Quorvex", "Daxmoor"},
		"en|Quorvex signed a $1 billion supply contract with Daxmoor in January 2020.",
		"en|Quorvex agreed to buy Daxmoor for $1 billion in September 2020, the company said.",
		"en|Quorvex signed a $1 billion licence agreement with Daxmoor in 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 1e9, []string{"a0"}},
		rv57aDeal{model.Acquisition, 1e9, []string{"a1"}},
		rv57aDeal{model.Licensing, 1e9, []string{"a2"}})
}

// A corpus in five languages: two outlets tell the January supply
// contract, five the September takeover; the contract is lost in the
// takeover.
func TestRv57bCorpusSupplyTwoTakeoverFive(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Quorvex", "Daxmoor"},
		"en|Quorvex signed a $1 billion supply contract with Daxmoor in January 2020.",
		"de|Quorvex hat im Januar 2020 einen Liefervertrag über 1 Milliarde Dollar mit Daxmoor unterzeichnet.",
		"en|Quorvex agreed to buy Daxmoor for $1 billion in September 2020, the company said.",
		"fr|Quorvex a racheté Daxmoor pour 1 milliard de dollars en septembre 2020.",
		"es|Quorvex compró Daxmoor por 1.000 millones de dólares en septiembre de 2020.",
		"it|Quorvex ha acquistato Daxmoor per 1 miliardo di dollari a settembre 2020.",
		"en|Quorvex completed its $1 billion purchase of Daxmoor in September 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 1e9, []string{"a0", "a1"}},
		rv57aDeal{model.Acquisition, 1e9, []string{"a2", "a3", "a4", "a5", "a6"}})
}

// Three outlets each: the tie goes to the supply contract, and the
// takeover of Daxmoor, told by three outlets, is gone.
func TestRv57bCorpusSupplyThreeTakeoverThree(t *testing.T) {
	ds := extractKnownLangs(t, []string{"Quorvex", "Daxmoor"},
		"en|Quorvex signed a $1 billion supply contract with Daxmoor in January 2020.",
		"de|Quorvex hat im Januar 2020 einen Liefervertrag über 1 Milliarde Dollar mit Daxmoor unterzeichnet.",
		"it|Quorvex ha firmato un contratto di fornitura da 1 miliardo di dollari con Daxmoor a gennaio 2020.",
		"fr|Quorvex a racheté Daxmoor pour 1 milliard de dollars en septembre 2020.",
		"es|Quorvex compró Daxmoor por 1.000 millones de dólares en septiembre de 2020.",
		"en|Quorvex agreed to buy Daxmoor for $1 billion in September 2020.")
	rv57aWant(t, ds,
		rv57aDeal{model.Supply, 1e9, []string{"a0", "a1", "a2"}},
		rv57aDeal{model.Acquisition, 1e9, []string{"a3", "a4", "a5"}})
}
