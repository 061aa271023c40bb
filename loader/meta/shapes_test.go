package meta

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// isSpace answers as unicode.IsSpace does, its ASCII shortcut included.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%q) = %v", r, isSpace(r))
		}
	}
}

// fieldsUpTo gives the first words strings.Fields gives, no more than
// asked for.
func TestFieldsUpToAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "Anna", "Anna Bianchi", "  Anna\tBianchi \u00a0Rossi\n", "a b c d e f g", "Jean-Luc  de\u2003la Tour", "x\u0085y z"} {
		all := strings.Fields(s)
		for n := 0; n <= 6; n++ {
			want := all[:min(n, len(all))]
			if got := fieldsUpTo(nil, s, n); !slices.Equal(got, want) {
				t.Errorf("%q, %d: %q, want %q", s, n, got, want)
			}
		}
	}
}
