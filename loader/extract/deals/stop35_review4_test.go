package deals

// Rule 2 (cab9efa, recipientNamed): a minority sold to a buyer the sentence
// names, but not within "to"+5 words nor after a listed preposition, is
// the buyer's investment. Each case passed at 6311819 and failed at
// dc0eb43 as first written; stop 45 wrote "a 16% stake" for "its 16%
// stake" in three of them (the seller's own stake, all it held, is now its
// divestiture), so those three say so of the indefinite stake only.

import (
	"testing"

	"dealwire/model"
)

func TestStop35Review4MinoritySoldToANamedBuyerIsAnInvestment(t *testing.T) {
	wantOne(t, model.Investment, []langText{
		{"en", "Veltraco sold Daxmoor a 16% stake in Quorvex for 1.2 billion euros on Monday."},
		{"en", "Veltraco sold a 16% stake in Quorvex to the Abu Dhabi sovereign wealth fund Daxmoor for 1.2 billion euros."},
		{"en", "Veltraco sold a 16% stake in Quorvex to a consortium of investors led by Daxmoor for 1.2 billion euros."},
		{"it", "Veltraco ha ceduto il 35% di Quorvex ai cinesi di Daxmoor per 400 milioni di euro."},
		{"it", "Veltraco ha ceduto il 35% di Quorvex agli americani di Daxmoor per 400 milioni di euro."},
	}, "Veltraco", "Quorvex", "Daxmoor")
}
