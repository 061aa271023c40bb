package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// shortLineRunes counts as RuneCountInString does a line of 90 characters
// or fewer, and gives above 90 for every longer one.
func TestShortLineRunesTellsShortLines(t *testing.T) {
	for _, unit := range []string{"a", "é", "€", "😀", "\xff"} {
		for n := 0; n <= 400; n++ {
			l := strings.Repeat(unit, n)
			got, want := shortLineRunes(l), utf8.RuneCountInString(l)
			if want <= 90 && got != want || want > 90 && got <= 90 {
				t.Fatalf("shortLineRunes of %d × %q = %d, RuneCountInString %d", n, unit, got, want)
			}
		}
	}
}

// squeezeByRune is squeeze as it read a line before its table of byte
// classes.
func squeezeByRune(l string) string {
	l = strings.TrimSpace(l)
	prevSpace := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(l[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(l), " ")
			}
			i += size - 1
			prevSpace = false
			continue
		}
		space := c == ' '
		if (space && prevSpace) || c == '\t' || c == '\v' || c == '\f' || c == '\n' || c == '\r' {
			return strings.Join(strings.Fields(l), " ")
		}
		prevSpace = space
	}
	return l
}

func TestSqueezeReadsAsByRune(t *testing.T) {
	parts := []string{"a", " ", "  ", "\t", "\v", "\f", "\r", "\n", "é", "\u00a0", "\u0085", "\u2003", "\u3000", "\u202f", "\xc2", "\xe2\x80", "\xff", "€", "x y"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				l := "w" + a + b + "v" + c + "z"
				if got, want := squeeze(l), squeezeByRune(l); got != want {
					t.Errorf("squeeze(%q) = %q, by rune %q", l, got, want)
				}
			}
		}
	}
}
