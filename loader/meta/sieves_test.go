package meta

import (
	"strings"
	"testing"
)

// sieveLines are headlines and header lines of the shapes the patterns'
// cheap pre-tests must tell right: with and without tags, brackets, hashes
// and white space of every kind.
var sieveLines = []string{
	"", "#", "# ", "#  ", "# A", "#\tA", "#A", "## A", "# A #", "#\u00a0A", "# \n", "# a\nb", "#\n", "#\nA", "#\v A",
	"Acme buys Widget", "Acme buys Widget (UPDATE 2)", "Acme buys Widget [CORRECTED]", "Acme buys Widget (Updated)",
	"Acme buys Widget (updates)", "Acme (UPDATE)", "Acme buys Widget(update 3)", "Acme buys Widget (UPDATE 2) ",
	"EXCLUSIVE: Acme buys Widget for cash", "UPDATE 2-Acme buys Widget for cash", "Exclusive - Acme buys Widget now",
	"BREAKING — Acme buys Widget for cash", "ROUNDUP – Acme buys the Widget group", "Breaking: Acme buys Widget",
	"EXCLUSIF -- Acme rachète Widget pour rien", "Última hora: Acme compra Widget hoy", "Acme: buys Widget",
	"UPDATE 2 Acme buys Widget for cash", "EXCLUSIVE Acme buys Widget for cash", "exclusive:\nAcme buys Widget now",
}

func TestMarkdownTitleShapedIsThePattern(t *testing.T) {
	for _, l := range sieveLines {
		for _, line := range []string{l, strings.ToUpper(l), l + " #", l + "  "} {
			if got, want := isMarkdownTitle(line), markdownTitle.MatchString(line); got != want {
				t.Errorf("isMarkdownTitle(%q) = %v, the pattern says %v", line, got, want)
			}
		}
	}
}

func TestWireTagSievesKeepEveryMatch(t *testing.T) {
	for _, l := range sieveLines {
		for _, line := range []string{l, strings.ToUpper(l), strings.ToLower(l)} {
			if wireTagAfter.MatchString(line) && !mayEndWithWireTag(line) {
				t.Errorf("mayEndWithWireTag(%q) is false, but wireTagAfter matches", line)
			}
			if wireTag.MatchString(line) && !mayOpenWithWireTag(line) {
				t.Errorf("mayOpenWithWireTag(%q) is false, but wireTag matches", line)
			}
		}
	}
}

// skipLink tells a line too long before lower-casing it: no character may
// lower to fewer than a maxLowerShrink-th of its bytes.
func TestLowerShrinksNoMoreThanMaxLowerShrink(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		s := string(r)
		if l := strings.ToLower(s); len(l)*maxLowerShrink < len(s) {
			t.Fatalf("%U (%d bytes) lowers to %q (%d bytes): more than %d times shorter", r, len(s), l, len(l), maxLowerShrink)
		}
	}
	for _, line := range []string{"Skip to main content", "[Skip to content](#main)", "  Zum Inhalt springen  ", strings.Repeat("\u212a", 14), strings.Repeat("\u212a", 13) + "Skip to"} {
		long := line + strings.Repeat(" word", 30)
		if skipLink(long) {
			t.Errorf("skipLink(%q) is true", long)
		}
	}
}

// countWords reads as it did character by character with isSpace.
func TestCountWordsReadsAsByRune(t *testing.T) {
	byRune := func(s string, limit int) int {
		n, inWord := 0, false
		for _, r := range s {
			if isSpace(r) {
				inWord = false
			} else if !inWord {
				inWord = true
				if n++; n == limit {
					return n
				}
			}
		}
		return n
	}
	for _, s := range []string{"", " ", "a", "a b", " a\tb\nc\rd\ve\ff ", "é\u00a0ü\u2003x\u3000y", "\xff \xfe\xc2", "\u0085a\u0085", "one  two   three"} {
		for _, limit := range []int{-1, 1, 2, 3, 10} {
			if got, want := countWords(s, limit), byRune(s, limit); got != want {
				t.Errorf("countWords(%q, %d) = %d, by rune %d", s, limit, got, want)
			}
		}
		for _, c := range []byte{' ', '\t', '\n', '\r', '\f', '\v', 'a', 0x85, 0xa0} {
			if got, want := asciiSpace(c), c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; got != want {
				t.Errorf("asciiSpace(%q) = %v, want %v", c, got, want)
			}
		}
	}
}
