package names

import (
	"strings"
	"testing"

	"dealwire/loader/extract/segment"
)

// TestRenamedBetweenIsJoin holds renamedBetween, which joins the words in
// a buffer, to joining them as strings: every range of tokens after a
// comma in the test news and in sentences that say a company was renamed.
func TestRenamedBetweenIsJoin(t *testing.T) {
	joined := func(toks []segment.Token, from, to int) string {
		if to-from < 3 || to-from > 10 || toks[from].Text() != "," {
			return ""
		}
		var words []string
		for _, t := range toks[max(from+1, to-3):to] {
			words = append(words, t.Folded())
		}
		for n := len(words); n >= 1; n-- {
			if link := strings.Join(words[len(words)-n:], " "); renameLinks[link] {
				return link
			}
		}
		return ""
	}
	sentences := append(newsSentences(),
		"Acme bought Initech, the Winnipeg specialist that now trades as Initech Technologies.",
		"Acme compró Globex, que hoy opera como Globex Energía, y Hooli, ahora llamada Hooli Labs.",
		"Acme ha comprato Umbrella, oggi si chiama Umbrella Italia, e Stark, ora si chiama Stark SpA.",
		"Acme a racheté Wonka, désormais appelée Wonka France, and Tyrell, since renamed Tyrell Corp.",
		"Acme bought Soylent, renamed, and Vandelay, now known as, and Monarch, now called Monarch Group.",
		"Acme bought a stake in Globex Lodging, the Shanghai operator also known as Hooli.")
	asked, renamed := 0, 0
	for si, toks := range segment.SentenceTokens(sentences) {
		for from := range toks {
			for to := from; to <= len(toks) && to <= from+11; to++ {
				got, want := renamedBetween(toks, from, to), joined(toks, from, to)
				if got != want {
					t.Fatalf("tokens %d..%d of %q: %q, joined as strings %q", from, to, sentences[si], got, want)
				}
				asked++
				if got != "" {
					renamed++
				}
			}
		}
	}
	if renamed < 8 || asked < 1000 {
		t.Fatalf("only %d ranges asked, %d renamed", asked, renamed)
	}
}
