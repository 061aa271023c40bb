package deals

import "testing"

// A shareholder's rights are no rights of use ("voting rights", "droits de
// vote", "a rights issue"): no licence is told by them.
func TestShareholdersRightsAreNoLicence(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"La famille Coutu, qui détient quelque 92 % des droits de vote grâce à ses actions à vote multiple, appuie la transaction.", false},
		{"It plans a €40 million rights issue once the deal closes, expected in May 2013, and aims to break even by 2015.", false},
		{"The family holds 60% of the voting rights and backs the agreement, the company said.", false},
		{"The family holds 70% of the voting and economic rights of the group, the company said.", false},
		{"It will fund the purchase with a rights offering of 500 million dollars, the company said.", false},
		{"I soci potranno esercitare i diritti di opzione fino a venerdì, secondo il calendario della società.", false},
		{"Per la società, che già a luglio aveva girato a Boehringer Ingelheim i diritti sull'antitumorale olmutinib in un'intesa da 730 milioni di dollari.", true},
	} {
		s := sentence(c.text)
		_, ws := s.words()
		if got := rightsTransferred(ws, clause{0, len(ws.w)}); got != c.want {
			t.Errorf("%q: rights transferred %v, want %v", c.text, got, c.want)
		}
	}
}
