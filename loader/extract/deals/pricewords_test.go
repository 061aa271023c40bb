package deals

import (
	"strings"
	"testing"
)

// The texts before an amount that dealValuing and fundingRound read,
// with their phrases at the start, the end and inside other words.
var beforeAmounts = []string{
	"", "round", "round of ", "a round ", "series b round of ", "funding-round of ", "around ", "ground of ",
	"in a deal valuing the business at ", "deal valuing ", "an offer that values quorvex at ", "the bid values it at ",
	"takeover which values ", "transaction values ", "values ", "valuing ", "deal values", "the deal, valuing ",
	"una ronda de ", "finanzierungsrunde von ", "un tour de table de ", "une levée de fonds de ", "una levata di fondi di ",
}

func TestPriceWordTestsReadAsTheirPhrases(t *testing.T) {
	valuing := func(before string) bool {
		for _, noun := range []string{"deal", "offer", "bid", "transaction", "takeover"} {
			for _, verb := range []string{" valuing ", " that values ", " which values ", " values "} {
				if strings.Contains(before, noun+verb) {
					return true
				}
			}
		}
		return false
	}
	round := func(before string) bool {
		before = " " + before
		for _, w := range []string{" round", "-round", "ronda", "runde", "tour de table", "levée de fonds", "levata di fondi"} {
			if strings.Contains(before, w) {
				return true
			}
		}
		return false
	}
	for _, b := range beforeAmounts {
		if got, want := dealValuing(b), valuing(b); got != want {
			t.Errorf("dealValuing(%q) = %v, the phrases say %v", b, got, want)
		}
		if got, want := fundingRound(b), round(b); got != want {
			t.Errorf("fundingRound(%q) = %v, the phrases say %v", b, got, want)
		}
	}
}
