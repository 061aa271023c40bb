package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dealwire/model"
)

// Review of stop 62 (joinedLoneOutlets): two different real-world deals
// joined into one row because one of them is told by one outlet alone,
// at the other's (round) price, in its year, sharing one company.

// review62aKnown are the companies the end-to-end tests list as known.
var review62aKnown = []string{"Veltraco", "Quorvex", "Daxmoor", "Kallomar Capital", "Brindle", "Ostravel"}

// review62aRows is ds one line a deal (for failure messages).
func review62aRows(ds []model.Deal) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "\n  %s %q %v %v sources=%d", d.Type, d.Date, d.Parties, d.Value, len(d.Sources))
	}
	return b.String()
}

// Hazard: a company selling two units at one round price in one year. Two
// outlets tell Veltraco's sale of Quorvex to Brindle for $1 billion in
// March; a third, alone, its sale of Daxmoor to Ostravel for $1 billion
// "in 2020". Two sales by one seller: the Daxmoor sale must not become a
// source of the Quorvex sale (sharing only the seller).
func TestReview62aSellerTwoUnitsAtOneRoundPrice(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Veltraco agreed to sell Quorvex to Brindle for $1 billion in March 2020.",
		"en|Veltraco sold Quorvex to Brindle for $1 billion in March 2020.",
		"en|Veltraco sold Daxmoor to Ostravel for $1 billion in 2020.",
	)
	if dealWith(ds, "Quorvex", "Daxmoor") != nil || dealWith(ds, "Daxmoor", "Ostravel") == nil {
		t.Errorf("want Veltraco's two sales apart (Quorvex to Brindle, Daxmoor to Ostravel), got:%s", review62aRows(ds))
	}
}

// Hazard: "$1 billion partnerships" of one company (a cloud or chip maker
// signs several in a year). Veltraco's $1 billion joint venture with
// Brindle in March (two outlets) and its $1 billion partnership with
// Ostravel in 2020 (one outlet) are two alliances, not one of three.
func TestReview62aTwoAlliancesOfOneCompany(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Veltraco and Brindle formed a $1 billion joint venture in March 2020.",
		"en|Veltraco and Brindle set up a $1 billion joint venture in March 2020.",
		"en|Veltraco and Ostravel signed a $1 billion partnership in 2020.",
	)
	if dealWith(ds, "Brindle", "Ostravel") != nil || dealWith(ds, "Veltraco", "Ostravel") == nil {
		t.Errorf("want Veltraco's venture with Brindle and its partnership with Ostravel apart, got:%s", review62aRows(ds))
	}
}

// Hazard: wrong date taken and a deal lost. Two outlets tell today's
// takeover of Quorvex for $1 billion without a date (the common case for
// a story's own deal); a third recalls Veltraco's $1 billion stake in
// Daxmoor of 2015. "One may be undated": the 2015 stake joins, and the
// takeover, keeping its type, takes the stake's year, 2015. The stake is
// lost and the takeover misdated by five years.
func TestReview62aUndatedTakeoverTakesAnOldStakesYear(t *testing.T) {
	ds := extractKnownLangs(t, review62aKnown,
		"en|Veltraco agreed to buy Quorvex for $1 billion.",
		"en|Veltraco will acquire Quorvex for $1 billion in cash.",
		"en|Veltraco took a $1 billion stake in Daxmoor in 2015.",
	)
	takeover := dealOf(ds, model.Acquisition, "Veltraco", "Quorvex")
	if takeover == nil || takeover.Date == "2015" || dealWith(ds, "Quorvex", "Daxmoor") != nil {
		t.Errorf("want the undated takeover of Quorvex apart from the 2015 stake in Daxmoor, got:%s", review62aRows(ds))
	}
}

// Hazard: order dependence. One outlet tells Veltraco's undated purchase
// of Quorvex for $1 billion, another its $1 billion stake in Daxmoor of
// 2015. Both told by one article in its first sentence, the keeper is the
// one listed first: the row is an acquisition or an investment by the
// order the articles come in. The rows must not depend on that order
// (and ought to be two deals).
func TestReview62aOldStakeAndNewPurchaseIndependentOfArticleOrder(t *testing.T) {
	purchase := "en|Veltraco agreed to buy Quorvex for $1 billion in cash. The deal is expected to close in the first quarter."
	stake := "en|Veltraco took a $1 billion stake in Daxmoor in 2015. Daxmoor makes brakes."
	first := extractKnownLangs(t, review62aKnown, purchase, stake)
	second := extractKnownLangs(t, review62aKnown, stake, purchase)
	if a, b := dealSignature(first), dealSignature(second); !slices.Equal(a, b) {
		t.Errorf("rows depend on the order of the articles:\n purchase first: %q\n stake first:    %q", a, b)
	}
	if len(first) != 2 {
		t.Errorf("want two deals (a purchase and a 2015 stake), got:%s", review62aRows(first))
	}
}

// Hazard: a lone report bridges two deals that share no company. The
// set's members need only agree on dates and sources (agreeAcross), not
// share a company, so a chain joins: Veltraco's purchase of Quorvex (two
// outlets, March 2020); one outlet reading it as Veltraco's $1 billion
// stake in Quorvex's owner Kallomar (undated: fine, that may be the same
// deal); and one outlet's Kallomar investing $1 billion in Ostravel in
// 2020, which shares only Kallomar with the lone reading. Ostravel's deal
// must not become a source of the Quorvex purchase.
func TestReview62aLoneReportBridgesDealsSharingNoCompany(t *testing.T) {
	got := clusterNaming(4, []report{
		dated(rep(0, model.Acquisition, "Veltraco", 1e9, "Veltraco", "Quorvex"), "2020-03"),
		dated(rep(1, model.Acquisition, "Veltraco", 1e9, "Veltraco", "Quorvex"), "2020-03"),
		rep(2, model.Investment, "Veltraco", 1e9, "Veltraco", "Kallomar"),
		dated(rep(3, model.Investment, "Kallomar", 1e9, "Kallomar", "Ostravel"), "2020"),
	}, true)
	if dealWith(got, "Quorvex", "Ostravel") != nil || dealWith(got, "Kallomar", "Ostravel") == nil {
		t.Errorf("want Kallomar's investment in Ostravel apart from Veltraco's purchase of Quorvex, got:%s", review62aRows(got))
	}
}
