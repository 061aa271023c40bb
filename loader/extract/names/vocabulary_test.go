package names

import (
	"dealwire/loader/extract/lexicon"
	"testing"
	"unicode"
	"unicode/utf8"

	"dealwire/loader/extract/segment"
)

// nameStart's ASCII path answers as decoding the first two runes does.
func TestNameStartASCIIAsDecoded(t *testing.T) {
	decoded := func(tok segment.Token) bool {
		if tok.Cap() {
			return true
		}
		first, w0 := utf8.DecodeRuneInString(tok.Text())
		second, w1 := utf8.DecodeRuneInString(tok.Text()[w0:])
		if len(tok.Text()) > w0+w1 && unicode.IsLower(first) && unicode.IsUpper(second) {
			return true
		}
		// an ASCII word of letters, five or more, a capital after its
		// first two: "senseFly"
		s := tok.Text()
		if len(s) < 5 || !unicode.IsLower(first) || first >= utf8.RuneSelf {
			return false
		}
		upper := false
		for _, r := range s {
			if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
				return false
			}
			upper = upper || unicode.IsUpper(r)
		}
		return upper
	}
	for _, s := range []string{"eBay", "iRobot", "eB", "ebay", "e", "", "a1X", "aÉb", "éBay", "ßX", "x-Y", "zZz", "ab", "aB", "mRNA", "3M", "7bn", "Acme",
		"senseFly", "redBus", "abcD", "abcdE", "abc1De", "sensé-Fly"} {
		for _, tok := range segment.Tokens(s) {
			if got, want := nameStart(tok), decoded(tok); got != want {
				t.Errorf("nameStart(%q) = %v, want %v", tok.Text(), got, want)
			}
		}
	}
}

// lowerVocabulary's cache of words just added leaves the set every
// lower-case word makes, words sharing a slot included.
func TestLowerVocabularyIsEveryLowerWord(t *testing.T) {
	text := []string{"the deal and the price of the deal", "der Kauf und der Preis", "eBay bought the shop and the shop sold",
		"the tea then the ten toe tie", "a an as at a an as at", "Zürich über öl und über öl"}
	docs := []Doc{{Tokens: segment.SentenceTokens(text)}, {Tokens: segment.SentenceTokens(text[2:])}}
	want := map[string]bool{}
	for _, d := range docs {
		for _, toks := range d.Tokens {
			for _, tok := range toks {
				if !tok.Punct() && !tok.Cap() && !nameStart(tok) {
					want[tok.Folded()] = true
				}
			}
		}
	}
	lex, err := lexicon.New("")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := lowerVocabulary(docs, lex, nil)
	if len(got) != len(want) {
		t.Errorf("lowerVocabulary has %d words, want %d", len(got), len(want))
	}
	for w := range want {
		if !got[w] {
			t.Errorf("lowerVocabulary lacks %q", w)
		}
	}
}
