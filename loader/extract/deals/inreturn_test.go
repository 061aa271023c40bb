package deals

import (
	"strings"
	"testing"
)

// inReturn skips a word inReturnOpeners refuses: no such word opens a
// phrase of inReturnWords, alone or joined to the next.
func TestInReturnOpenersHoldEveryOpening(t *testing.T) {
	words := []string{"", "in", "return", "the", "a", "en", "im", "in return", "cambio"}
	for p := range inReturnWords {
		words = append(words, strings.Fields(p)...)
		words = append(words, p)
	}
	for _, a := range words {
		for _, b := range words {
			if (inReturnWords[a+" "+b] || inReturnWords[a]) && !inReturnOpeners.Has(a) {
				t.Errorf("%q opens a phrase (before %q), but inReturnOpeners refuses it", a, b)
			}
		}
	}
}
