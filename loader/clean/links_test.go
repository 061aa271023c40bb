package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// Only ſ and the Kelvin sign fold to ASCII letters from outside ASCII, so
// patternFrom may lower-case every other text by its ASCII capitals alone.
func TestOnlyLongSAndKelvinFoldToASCIILetters(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && r != 'ſ' && r != '\u212a' {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
}

// footerLinks started at patternFrom matches as often (up to two) as over
// the whole text, and promoWords and secondPerson match as they do there.
func TestLinksFromLosesNoFooterLink(t *testing.T) {
	texts := []string{"Privacy Policy | Terms of Use", "PRIVACY POLICY · CONTACT US", "About us and careers", "We advertise careers",
		"coo\u212aie policy and about us", "Privacy policy only", "privacypolicy termsofuse", "Share on X, follow us on Y",
		"All Rights Reserved. Do Not Sell", "xall rights reserved, do not sell", "the terms of service", "", "é all rights reserved; careers",
		"Kall rights reserved — careers", "ßall rights reserved — careers", "_all rights reserved, careers", "9 all rights reserved; careers",
		"a long line of text, then Follow us on X Follow us on Y", "terms of uses and careers", "advertisement careers advertise",
		"Sign up for our newsletter", "Download the app: our best", "xyou, and then YOUR inbox", "_us we", "Subscribe now. WE", "ſubscribe, uſ",
		"thus we", "bus us", "Our Sponsored", "busy yous", "download our free app", "all rights reserved"}
	files, _ := filepath.Glob("../testdata/news/*")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	for _, p := range texts {
		from := patternFrom(p, linkWords, len("all "))
		want := len(footerLinks.FindAllStringIndex(p, 2))
		if got := len(footerLinks.FindAllStringIndex(p[from:], 2)); got != want {
			t.Errorf("from %d of %q: %d matches, want %d", from, p, got, want)
		}
		if from := patternFrom(p, promoWordList, len("all ")); promoWords.MatchString(p[from:]) != promoWords.MatchString(p) {
			t.Errorf("promoWords from %d of %q: not as in the whole", from, p)
		}
		if from := patternFrom(p, personWords, 0); secondPerson.MatchString(p[from:]) != secondPerson.MatchString(p) {
			t.Errorf("secondPerson from %d of %q: not as in the whole", from, p)
		}
	}
}
